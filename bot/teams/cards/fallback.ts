import type { Lang } from '../../domain/knowledge/types';
import { texts } from '../texts';
import { verbs } from '../card-actions';
import { ask, card, heading, text, type Card } from './adaptive';

/** Says plainly that the bot does not know, points to kanslienheten and offers help. */
export function fallbackCard(lang: Lang): Card {
  const t = texts[lang];
  return card(t.fallback.title, [heading(t.fallback.title), text(t.fallback.body)], [ask(t.fallback.help, t.helpCommand, verbs.ask)]);
}
