import type { Application } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { respond, type Reply } from '../../domain/knowledge/respond';
import { askData, parseCardData, verbs } from '../card-actions';
import type { TeamsDeps } from '../deps';
import { readInput } from '../input';
import { langOfLocale } from '../lang';
import { replyMessage } from '../reply';
import { startReport } from './reports/start';
import { texts } from '../texts';

/** Every other message is a question: the catch-all, registered last. */
export function registerQuestions(app: Application, deps: TeamsDeps): void {
  app.activity(ActivityTypes.Message, (context) => answerQuestion(context, deps, context.activity.text));
}

/** An example button pressed in a client without imBack sends the question as card data. */
export function registerAskAction(app: Application, deps: TeamsDeps): void {
  app.adaptiveCards.actionSubmit<unknown>(verbs.ask, (context, _state, raw) => answerQuestion(context, deps, parseCardData(askData, raw)?.question));
}

export async function answerQuestion(context: TurnContext, deps: TeamsDeps, text: string | undefined): Promise<void> {
  const input = readInput(text, (context.activity.attachments ?? []).map((a) => a.contentType));
  if (input.kind !== 'text') {
    const t = texts[langOfLocale(context.activity.locale)].input;
    await context.sendActivity(input.kind === 'attachments-only' ? t.attachmentsOnly : t.noWords);
    return;
  }
  const reply = respond(input.text, deps.knowledge.current());
  await recordUnanswered(reply, input.text, deps, context.activity.id);
  deps.logger.info({ activityId: context.activity.id, reply: reply.kind, topic: reply.understanding.topic, score: reply.understanding.score }, 'question answered');
  // "Någon hotade mig i telefon nyss" starts the report itself, when the bot takes reports.
  if (reply.kind === 'report' && deps.reports && (await startReport(context, deps.reports, reply.flow, reply.understanding.lang, deps))) return;
  await context.sendActivity(replyMessage(reply, input.text));
}

/** A lost log line must not cost the user the answer. */
async function recordUnanswered(reply: Reply, question: string, deps: TeamsDeps, activityId: string | undefined): Promise<void> {
  if (reply.kind !== 'fallback') return;
  try {
    const area = reply.understanding.notCovered;
    const where = area ? { reason: 'not-covered' as const, suggestions: [area] } : { reason: 'fallback' as const, suggestions: reply.understanding.suggestions };
    await deps.questionLog.recordUnanswered({ text: question, lang: reply.understanding.lang, ...where, at: deps.clock.now() });
  } catch (error) {
    deps.logger.error({ activityId, err: { message: (error as Error).message } }, 'could not record an unanswered question');
  }
}
