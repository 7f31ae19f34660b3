import type { Reply } from '../../domain/knowledge/respond';
import { texts } from '../texts';
import { verbs, type NoneOfTheseData, type TopicData } from '../card-actions';
import { actionSet, card, execute, heading, tapList, type Card } from './adaptive';

export type DidYouMeanReply = Extract<Reply, { kind: 'did-you-mean' }>;

/** "Menade du …?" with at most three topics and "Inget av dessa", which logs the question as unanswered. */
export function didYouMeanCard(reply: DidYouMeanReply, question: string): Card {
  const lang = reply.understanding.lang;
  const t = texts[lang].didYouMean;
  const options = reply.options.slice(0, 3);
  const choices = options.map((o) => ({ title: o.title, action: execute(o.title, verbs.topic, { topic: o.id, lang, via: 'choice' } satisfies TopicData) }));
  const none: NoneOfTheseData = { question, suggestions: options.map((o) => o.id), lang };
  return card(t.title, [heading(t.title), tapList(choices), actionSet([execute(t.noneOfThese, verbs.noneOfThese, none)], 'Medium')]);
}
