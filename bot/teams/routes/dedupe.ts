import type { Application } from '@microsoft/teams-ai';
import { ActivityTypes, type Activity } from 'botbuilder';
import type { TeamsDeps } from '../deps';

/** Teams delivers a message again when the bot is slow (about 15 s): the second delivery is dropped. */
export function registerDedupe(app: Application, deps: TeamsDeps): void {
  app.turn('beforeTurn', async (context) => isFirstDelivery(context.activity, deps));
}

/** Invokes are left alone: they must always get an answer, and their effects are idempotent themselves. */
const DEDUPED: ReadonlySet<string> = new Set([ActivityTypes.Message, ActivityTypes.ConversationUpdate]);

async function isFirstDelivery(activity: Activity, deps: TeamsDeps): Promise<boolean> {
  if (!DEDUPED.has(activity.type) || !activity.id || !activity.conversation?.id) return true;
  // Teams activity ids are unique only within a conversation.
  const first = await deps.dedupe.firstTime(`${activity.conversation.id}:${activity.id}`);
  if (!first) deps.logger.info({ activityId: activity.id }, 'repeated delivery ignored');
  return first;
}
