import type { Lang, SmalltalkKind } from '../../domain/knowledge/types';
import { texts } from '../texts';

/** Small talk gets a short plain-text reply, not a card. */
export function smalltalkText(kind: SmalltalkKind, lang: Lang): string {
  return texts[lang].smalltalk[kind];
}
