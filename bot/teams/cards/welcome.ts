import type { Lang } from '../../domain/knowledge/types';
import { texts } from '../texts';
import { verbs } from '../card-actions';
import { ask, card, heading, tapList, text, type Card } from './adaptive';

/** The first thing a new user sees: what the bot is for and example questions to tap. */
export function welcomeCard(lang: Lang): Card {
  const t = texts[lang];
  return card(t.welcome.title, [
    heading(t.welcome.title),
    text(t.welcome.intro),
    text(t.welcome.examplesHeading, { weight: 'Bolder', spacing: 'Medium' }),
    tapList(t.examples.map((q) => ({ title: q, action: ask(q, q, verbs.ask) }))),
    text(t.welcome.otherLanguage, { size: 'Small', isSubtle: true, spacing: 'Medium' }),
  ]);
}
