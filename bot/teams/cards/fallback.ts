import type { Lang } from '../../domain/knowledge/types';
import { texts } from '../texts';
import { verbs } from '../card-actions';
import { ask, card, heading, text, type Card } from './adaptive';

/**
 * Says plainly that the bot does not know, points to kanslienheten and offers help. With a `referral`
 * (a question kansliet knows the guideline does not cover), says so and tells where to turn instead.
 */
export function fallbackCard(lang: Lang, referral?: string): Card {
  const t = texts[lang];
  const { title, body } = referral ? t.notCovered : t.fallback;
  const lines = referral ? [text(body), text(referral)] : [text(body)];
  return card(title, [heading(title), ...lines], [ask(t.fallback.help, t.helpCommand, verbs.ask)]);
}
