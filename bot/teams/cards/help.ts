import type { Lang } from '../../domain/knowledge/types';
import { texts } from '../texts';
import { verbs } from '../card-actions';
import { ask, card, heading, tapList, text, type Card } from './adaptive';

/** What the bot can answer, how to report, where to turn otherwise, and examples to tap. */
export function helpCard(lang: Lang): Card {
  const t = texts[lang];
  return card(t.help.title, [
    heading(t.help.title),
    text(t.help.intro),
    text(t.help.areas),
    text(t.help.reports),
    text(t.help.unsure),
    text(t.help.examplesHeading, { weight: 'Bolder', spacing: 'Medium' }),
    tapList(t.examples.map((q) => ({ title: q, action: ask(q, q, verbs.ask) }))),
  ]);
}
