import type { Application } from '@microsoft/teams-ai';
import { TurnContext, type Activity } from 'botbuilder';
import { detectLanguage } from '../../../domain/knowledge/text/language';
import type { TeamsDeps } from '../../deps';
import { isPersonalChat } from './people';

/**
 * Remembers where each person's 1:1 chat with the bot is, from every activity they send, so a
 * manager card or a reporter update can reach them later. Registered first: a repeated delivery
 * that the dedupe drops still refreshes the reference. A failed write never costs the turn.
 */
export function registerReferenceCapture(app: Application, deps: TeamsDeps): void {
  const refs = deps.conversationRefs;
  if (!refs) return;
  // What this instance last stored per person: a chat's reference rarely changes, so most turns write nothing.
  const stored = new Map<string, string>();
  app.turn('beforeTurn', async (context) => {
    const a = context.activity;
    const id = a.from?.aadObjectId;
    if (!id || !isPersonalChat(a)) return true;
    try {
      const locale = await writtenLocale(a, async () => (await refs.get(id))?.locale);
      const { activityId: _activityId, ...reference } = TurnContext.getConversationReference(a);
      const json = JSON.stringify({ ...reference, locale });
      if (stored.get(id) === json) return true;
      await refs.upsert(id, { ...reference, locale });
      if (stored.size >= MAX_REMEMBERED) stored.clear();
      stored.set(id, json);
    } catch (error) {
      deps.logger.warn({ activityId: a.id, err: { name: (error as Error).name } }, 'could not store the conversation reference');
    }
    return true;
  });
}

const MAX_REMEMBERED = 10_000;

/**
 * The language a person writes to the bot in decides the language of the cards the bot later sends
 * them (a manager's case card, a reporter's update) — not the Teams client's own language, which is
 * often English in a Swedish workplace. Swedish until they write English; clicks keep what was known.
 */
async function writtenLocale(a: Activity, known: () => Promise<string | undefined>): Promise<string> {
  if (a.type === 'message' && a.text?.trim()) return detectLanguage(a.text) === 'en' ? 'en-US' : 'sv-SE';
  return (await known()) ?? 'sv-SE';
}
