import type { Lang } from '../types';
import { COMMON_WORD_FACTOR, COMMON_WORDS } from '../text/common-words';
import { isMistypedEverydayWord } from '../text/everyday-typos';
import { fold } from '../text/fold';
import type { SynonymMap } from '../text/synonyms';
import { tokenize, type Token } from '../text/terms';
import { splitCompound } from './compounds';
import { HEAD_SIM, HEAD_START, MODIFIER_SIM, type SearchIndex } from './index';

export interface Alternative {
  term: string;
  sim: number;
}

/** One meaningful word of the question and the index terms it may match. */
export interface Slot {
  surface: string;
  alts: Alternative[];
  weight: number;
  known: boolean;
}

const BOTH: Lang[] = ['sv', 'en'];

/** A question's words, read once for every index that shares the same synonyms. */
export interface ReadQuestion {
  tokens: Token[];
  abbreviated: ReadonlySet<string>;
}

export function readQuestion(text: string, synonyms: SynonymMap): ReadQuestion {
  return { tokens: tokenize(text, synonyms, BOTH), abbreviated: abbreviations(text) };
}

/** Reads a question into slots: known terms, else compound parts, else the closest term by spelling. */
export function analyzeQuery(question: string | ReadQuestion, index: SearchIndex): Slot[] {
  const { tokens: read, abbreviated } = typeof question === 'string' ? readQuestion(question, index.synonyms) : question;
  const tokens = joinSplitCompounds(read, index);
  const slots = tokens.map((t) => slotFor(t.surface, t.terms, index, abbreviated.has(t.surface)));
  return dedupe(slots).map((s) => (COMMON_WORDS.has(s.surface) ? { ...s, weight: s.weight * COMMON_WORD_FACTOR } : s));
}

function slotFor(surface: string, terms: string[], index: SearchIndex, abbreviated: boolean): Slot {
  const known = terms.filter((t) => index.idf.has(t)).map((term) => ({ term, sim: 1 }));
  const expanded = abbreviated ? index.fuzzy.expand(surface) : undefined;
  const long = expanded?.terms.map((term) => ({ term, sim: expanded.similarity })) ?? [];
  if (known.length + long.length > 0) return slot(surface, [...known, ...long], index);
  // An everyday word we do not know is just that: "helgen" is not "hel" + "genast".
  if (COMMON_WORDS.has(surface)) return { surface, alts: [], weight: index.unknownWeight, known: false };
  const together = phraseWrittenTogether(surface, index);
  if (together) return slot(surface, [{ term: together, sim: 1 }], index);
  // "signaturn" is "signatur" mistyped, not "sign" + "turn": a long word one letter off is read before a split.
  const near = surface.length >= NEAR_SPELLING_MIN ? index.fuzzy.oneTypo(surface) : undefined;
  if (near) return slot(surface, near.terms.map((term) => ({ term, sim: near.similarity })), index);
  const split = splitCompound(surface, (t) => index.idf.has(t), index.synonyms, BOTH, (head) => index.headStarts.has(head.slice(0, HEAD_START)));
  if (split) {
    const alts = [...split.head.map((term) => ({ term, sim: HEAD_SIM })), ...split.modifier.map((term) => ({ term, sim: MODIFIER_SIM }))];
    return slot(surface, alts, index);
  }
  const typo = index.fuzzy.closest(surface);
  if (typo) return slot(surface, typo.terms.map((term) => ({ term, sim: typo.similarity })), index);
  const weight = isMistypedEverydayWord(surface) || SAYS_LITTLE.test(surface) ? index.unknownWeight * COMMON_WORD_FACTOR : index.unknownWeight;
  return { surface, alts: [], weight, known: false };
}

const NEAR_SPELLING_MIN = 7;

/** A lone letter, a short number or a week we do not know ("v. 28-31", "v28", "3 dagar") tells little about the topic. */
const SAYS_LITTLE = /^(\p{L}|\d{1,3}|[vw]\d{1,2})$/u;

/** "allmänhandling" is the phrase "allmän handling" written as one word, when that phrase is a term we know. */
function phraseWrittenTogether(word: string, index: SearchIndex): string | undefined {
  for (let cut = MIN_PHRASE_PART; cut <= word.length - MIN_PHRASE_PART; cut++) {
    for (const lang of BOTH) {
      const term = index.synonyms.phrase([word.slice(0, cut), word.slice(cut)], lang);
      if (term && index.idf.has(term)) return term;
    }
  }
  return undefined;
}

const MIN_PHRASE_PART = 3;

/** A word weighs what its most common reading weighs: "ringa" read as English must not make it rare. */
function slot(surface: string, alts: Alternative[], index: SearchIndex): Slot {
  const weight = Math.min(...alts.map((a) => index.idf.get(a.term) ?? index.unknownWeight));
  return { surface, alts, weight, known: true };
}

/**
 * "röst brevlåda" typed apart is read as "röstbrevlåda" when that is a term we know, and "telefon boken"
 * as "telefonboken" even though "telefon" is a word of its own.
 */
function joinSplitCompounds(tokens: Token[], index: SearchIndex): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    const term = b && joinedTerm(a, b, index);
    if (b && term) {
      out.push({ surface: a.surface + b.surface, terms: [term] });
      i++;
    } else out.push(a);
  }
  return out;
}

const isSynonym = (t: Token) => t.terms.some((term) => term.startsWith('#'));

/** The term two words typed apart make together, if we know it. */
function joinedTerm(a: Token, b: Token, index: SearchIndex): string | undefined {
  // "answer phone" is two words with meanings of their own, not "answerphone"; "boken" in "telefon boken" has none.
  if (isSynonym(a) && isSynonym(b)) return undefined;
  const joined = index.synonyms.word(a.surface + b.surface, 'sv');
  const term = joined ?? (isSynonym(a) ? undefined : [...new Set(b.terms)].map((t) => a.surface + t).find((t) => index.idf.has(t)));
  return term && index.idf.has(term) ? term : undefined;
}

/** Words written with a full stop after them ("sign.", "tel."), folded. */
function abbreviations(text: string): Set<string> {
  // The Unicode pattern is costly and most questions have no full stop at all.
  if (!text.includes('.')) return new Set();
  return new Set([...text.matchAll(/(\p{L}{3,})\.(?=\s|$|[,;:!?)])/gu)].map((m) => fold(m[1]!)));
}

/** A word repeated in the question counts once. */
function dedupe(slots: Slot[]): Slot[] {
  const seen = new Set<string>();
  return slots.filter((s) => {
    const key = s.alts.length ? s.alts.map((a) => a.term).sort().join('|') : 'u:' + s.surface;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
