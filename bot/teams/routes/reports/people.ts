import type { Activity } from 'botbuilder';
import type { Person } from '../../../domain/directory/directory';
import type { Lang } from '../../../domain/knowledge/types';
import type { ConversationRefSink } from '../../deps';
import { langOfLocale } from '../../lang';

/** The person behind an activity, as Teams names them; null outside Teams (no AAD object id). */
export function personOf(activity: Partial<Activity>): Person | null {
  const id = activity.from?.aadObjectId;
  if (!id) return null;
  return { aadObjectId: id, name: activity.from?.name?.trim() || id };
}

/** Only a personal chat's reference is worth keeping: a manager's card must never land in a group. */
export function isPersonalChat(activity: Partial<Activity>): boolean {
  const c = activity.conversation;
  return !!c?.id && c.isGroup !== true && (c.conversationType ?? 'personal') === 'personal';
}

/**
 * The language to answer a card click in: the one the person last wrote to the bot in (kept with
 * their conversation reference), else their Teams client's. A click carries no text to judge by.
 */
export async function langOfViewer(activity: Partial<Activity>, refs: ConversationRefSink | undefined): Promise<Lang> {
  const id = activity.from?.aadObjectId;
  const written = id && refs ? (await refs.get(id).catch(() => null))?.locale : undefined;
  return langOfLocale(written ?? activity.locale);
}
