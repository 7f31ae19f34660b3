import type { Lang } from '../types';
import { fold, words } from './fold';
import { foldedStem } from './stem';
import { COMMON_WORDS } from './common-words';
import { isStopword } from './stopwords';
import type { SynonymMap } from './synonyms';

/** One meaningful word of a text, with the terms it can stand for in either language. */
export interface Token {
  surface: string;
  terms: string[];
}

/** Words -> synonym phrases and words -> stems, stop words left out. Index and query share this. */
export function tokenize(text: string, synonyms: SynonymMap, langs: Lang[]): Token[] {
  const ws = words(text);
  const out: Token[] = [];
  for (let i = 0; i < ws.length; ) {
    const phrase = matchPhrase(ws, i, synonyms, langs);
    if (phrase) {
      out.push({ surface: ws.slice(i, i + phrase.length).join(' '), terms: [phrase.term] });
      i += phrase.length;
      continue;
    }
    const w = ws[i++] as string;
    if (isStopword(w)) continue;
    out.push({ surface: fold(w), terms: termsOf(w, synonyms, langs) });
  }
  return out;
}

/** Not a stop word, an everyday word or a number. */
function namesSomething(word: string): boolean {
  return !isStopword(word) && !COMMON_WORDS.has(fold(word)) && !/^\d/.test(word);
}

/** "1234" or "0000" in a question about the phone is someone's code, not a year. */
const CODE_LIKE = /^(?!19\d\d$|20\d\d$)\d{4,6}$/;

export function termsOf(word: string, synonyms: SynonymMap, langs: Lang[]): string[] {
  if (CODE_LIKE.test(word)) return termsOf('kod', synonyms, langs);
  const terms = new Set<string>();
  for (const lang of langs) terms.add(synonyms.word(word, lang) ?? foldedStem(word, lang));
  return [...terms];
}

/**
 * Pronouns that split a particle verb: its object ("koppla dom vidare", "call them back") or, in a
 * Swedish question, its subject ("hur kopplar jag vidare samtalet?").
 */
const SPLITTING_PRONOUNS: ReadonlySet<string> = new Set(
  'dom dem de honom henne den det mig mej dig dej oss er them him her it me you us jag man du vi ni han hon hen'.split(' '),
);

interface PhraseMatch {
  term: string;
  length: number;
}

function matchPhrase(ws: string[], at: number, synonyms: SynonymMap, langs: Lang[]): PhraseMatch | undefined {
  const direct = matchPhraseAt(ws, at, synonyms, langs);
  if (direct || !SPLITTING_PRONOUNS.has(ws[at + 1] ?? '')) return direct;
  const withoutObject = [ws[at]!, ...ws.slice(at + 2, at + 1 + synonyms.maxPhraseWords)];
  const found = matchPhraseAt(withoutObject, 0, synonyms, langs);
  return found && { term: found.term, length: found.length + 1 };
}

function matchPhraseAt(ws: string[], at: number, synonyms: SynonymMap, langs: Lang[]): PhraseMatch | undefined {
  // Most words start no phrase: ruled out once here, not once per phrase length and language.
  if (!langs.some((lang) => synonyms.startsPhrase(ws[at]!, lang))) return undefined;
  for (let n = Math.min(synonyms.maxPhraseWords, ws.length - at); n >= 2; n--) {
    for (const lang of langs) {
      const term = synonyms.phrase(ws.slice(at, at + n), lang);
      if (term) return { term, length: n };
    }
  }
  const second = ws[at + 1];
  // "två vägar" is not "två dagar": a slip is only guessed after a word that names something.
  if (second === undefined || !namesSomething(ws[at]!)) return undefined;
  for (const lang of langs) {
    const term = synonyms.nearPair(ws[at]!, second, lang);
    if (term) return { term, length: 2 };
  }
  return undefined;
}
