import type { Lang } from '../types';
import type { SynonymMap } from '../text/synonyms';
import { COMMON_WORDS } from '../text/common-words';
import { fold } from '../text/fold';
import { isStopword } from '../text/stopwords';
import { termsOf } from '../text/terms';

const MIN_PART = 3;
const LINKS = ['', 's', 'e', 'a', 'o', 'u'];

/**
 * A Swedish compound read as modifier + head: "jobbmobilen" -> jobb + mobil. The head is the part
 * that carries the meaning: the last part, unless that is a generic word ("lösenordsregler" is about
 * lösenord), when the parts swap roles.
 */
export interface CompoundSplit {
  head: string[];
  modifier: string[];
}

const GENERIC_HEADS: ReadonlySet<string> = new Set(
  'regel regler reglerna rutin rutiner rutinen krav frågor fråga frågan info information grej grejer sak saker'.split(' ').map(fold),
);

/**
 * Splits a folded word into two parts that are both known terms, trying the longest head first,
 * since the head carries the meaning of a Swedish compound.
 */
export function splitCompound(
  word: string,
  isKnown: (term: string) => boolean,
  synonyms: SynonymMap,
  langs: Lang[],
  /** A cheap test that rules out most heads before they are stemmed. */
  plausibleHead: (head: string) => boolean = () => true,
): CompoundSplit | undefined {
  // The longest known head, even when its first part is unknown: a shorter head would cut it in two.
  let longestHead: string[] | undefined;
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    const headWord = word.slice(cut);
    if (!plausibleHead(headWord) || (isFiller(headWord) && !GENERIC_HEADS.has(headWord))) continue;
    const head = termsOf(headWord, synonyms, langs).filter(isKnown);
    if (head.length === 0) continue;
    const generic = GENERIC_HEADS.has(headWord);
    const parts = withoutLink(word.slice(0, cut));
    const modifier = modifierTerms(parts, isKnown, synonyms, langs);
    const whole = longestHead;
    if (modifier && whole && !generic) return { head: whole, modifier: modifier.filter((t) => !whole.includes(t)) };
    if (modifier) return generic ? { head: modifier, modifier: head } : { head, modifier };
    longestHead ??= generic ? undefined : head;
    // "morgonmötet": a first part that says nothing leaves the meaning to the head alone.
    if (!generic && parts.some(isFiller)) return { head, modifier: [] };
  }
  return undefined;
}

/** A compound's first part as it may stand alone: as written, or without a linking letter ("bords" -> "bord"). */
function withoutLink(prefix: string): string[] {
  return LINKS.filter((link) => prefix.endsWith(link)).map((link) => prefix.slice(0, prefix.length - link.length));
}

function modifierTerms(parts: string[], isKnown: (t: string) => boolean, synonyms: SynonymMap, langs: Lang[]): string[] | undefined {
  for (const stemPart of parts) {
    if (stemPart.length < MIN_PART || isFiller(stemPart)) continue;
    const known = termsOf(stemPart, synonyms, langs).filter(isKnown);
    if (known.length > 0) return known;
    if (isKnown(stemPart)) return [stemPart];
  }
  return undefined;
}

/** "tjatar" is not "tja" + "tar": a part that says nothing on its own is no part of a compound. */
function isFiller(part: string): boolean {
  return isStopword(part) || COMMON_WORDS.has(part);
}
