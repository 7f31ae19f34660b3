import type { Reply } from '../../domain/knowledge/respond';
import { texts } from '../texts';
import { verbs, type FeedbackData, type ReportStartData, type TopicData } from '../card-actions';
import { actionSet, card, execute, heading, tapList, text, type Card, type CardAction, type CardElement } from './adaptive';

export type AnswerReply = Extract<Reply, { kind: 'answer' }>;

/**
 * The answer to one topic: title, text, source, related topics, feedback and, for topics that can
 * start a report, a "Rapportera" button. After a vote the same card comes back with a thank-you
 * in place of the vote buttons, so the answer stays readable.
 */
export function answerCard(reply: AnswerReply, feedbackGiven = false): Card {
  const lang = reply.understanding.lang;
  const t = texts[lang].answer;
  const body: CardElement[] = [
    heading(reply.title),
    text(reply.text),
    text(t.source(reply.source), { size: 'Small', isSubtle: true, spacing: 'Medium' }),
    ...relatedSection(reply, lang),
    ...feedbackSection(reply, feedbackGiven),
  ];
  return card(reply.title, body, reportActions(reply));
}

function relatedSection(reply: AnswerReply, lang: AnswerReply['understanding']['lang']): CardElement[] {
  if (reply.related.length === 0) return [];
  const items = reply.related.map((r) => ({ title: r.title, action: execute(r.title, verbs.topic, { topic: r.id, lang, via: 'related' } satisfies TopicData) }));
  return [text(texts[lang].answer.related, { weight: 'Bolder', size: 'Small', spacing: 'Medium' }), tapList(items)];
}

function feedbackSection(reply: AnswerReply, feedbackGiven: boolean): CardElement[] {
  const lang = reply.understanding.lang;
  const t = texts[lang].answer;
  if (feedbackGiven) return [text(t.thanksForFeedback, { color: 'Good', spacing: 'Medium', separator: true })];
  const vote = (v: FeedbackData['vote']): FeedbackData => ({ topic: reply.entry.id, vote: v, lang });
  return [
    text(t.helpfulQuestion, { size: 'Small', spacing: 'Medium', separator: true }),
    actionSet([execute(t.voteUp, verbs.feedback, vote('up')), execute(t.voteDown, verbs.feedback, vote('down'))]),
  ];
}

function reportActions(reply: AnswerReply): CardAction[] {
  if (!reply.reportFlow) return [];
  const lang = reply.understanding.lang;
  const data: ReportStartData = { flow: reply.reportFlow, topic: reply.entry.id, lang };
  return [execute(texts[lang].answer.report, verbs.reportStart, data, 'positive')];
}
