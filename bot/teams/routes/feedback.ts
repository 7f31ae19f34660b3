import { createHash } from 'node:crypto';
import type { Application } from '@microsoft/teams-ai';
import type { Activity } from 'botbuilder';
import { answerTopic } from '../../domain/knowledge/respond';
import { feedbackData, verbs } from '../card-actions';
import { answerCard } from '../cards/answer';
import type { TeamsDeps } from '../deps';
import { texts } from '../texts';
import { registerCardAction } from './card-action';

/** 👍/👎: stored once per card and user, then the same answer comes back with a thank-you instead of the buttons. */
export function registerFeedback(app: Application, deps: TeamsDeps): void {
  registerCardAction(app, verbs.feedback, feedbackData, async (context, data) => {
    await deps.questionLog.recordFeedback({ ...data, at: deps.clock.now(), key: clickKey(context.activity) });
    const reply = answerTopic(data.topic, data.lang, deps.knowledge.current());
    const thanks = texts[data.lang].answer.thanksForFeedback;
    return reply.kind === 'answer' ? { kind: 'replace', card: answerCard(reply, true), submitText: thanks } : { kind: 'text', text: thanks };
  });
}

/** One key per (card, user); the user id is hashed so the log holds no identities. */
export function clickKey(activity: Partial<Activity>): string | undefined {
  const card = activity.replyToId;
  const user = activity.from?.aadObjectId ?? activity.from?.id;
  if (!card || !user || !activity.conversation?.id) return undefined;
  const userHash = createHash('sha256').update(user).digest('base64url').slice(0, 22);
  return `${activity.conversation.id}:${card}:${userHash}`;
}
