import type { Lang, SynonymGroup } from '../types';
import { COMMON_WORDS } from './common-words';
import { fold, words } from './fold';
import { editDistance } from './edit-distance';
import { foldedStem } from './stem';
import { isStopword } from './stopwords';

/** Maps every word and phrase of a synonym group, in any inflection we can derive, to one canonical term. */
export class SynonymMap {
  /** Words as written (folded), and the inflections listed or derived for them. */
  private readonly forms = new Map<string, string>();
  /**
   * Stems per language: a Swedish stem is only looked up for a word read as Swedish, so an English
   * stem ("diary" -> "diari") cannot give a Swedish word ("diariet") the wrong meaning.
   */
  private readonly stems: Record<Lang, Map<string, string>> = { sv: new Map(), en: new Map() };
  private readonly phraseToTerm = new Map<string, string>();
  /** First words of phrases, so most words are ruled out without stemming a whole n-gram. */
  private readonly phraseStarts = new Set<string>();
  /** Two-word phrases by the stem of their first word: the second word as written (folded), and the term. */
  private readonly pairs: Record<Lang, Map<string, { second: string; term: string }[]>> = { sv: new Map(), en: new Map() };
  readonly maxPhraseWords: number;

  constructor(groups: SynonymGroup[]) {
    let longest = 1;
    for (const group of groups) {
      const first = group[0];
      if (!first) continue;
      const canonical = '#' + fold(words(first).join(' '));
      for (const item of group) {
        const ws = words(item);
        if (ws.length === 1 && ws[0]) this.addWord(ws[0], canonical);
        else if (ws.length > 1) {
          for (const lang of ['sv', 'en'] as const) this.addPhrase(ws, lang, canonical);
          longest = Math.max(longest, ws.length);
        }
      }
    }
    this.maxPhraseWords = longest;
  }

  /**
   * A word typed without å/ä/ö can stem differently ("allman" -> "allm", "allmän" -> "allman"), so each
   * word of a phrase is known by both stems.
   */
  private addPhrase(ws: string[], lang: Lang, term: string): void {
    const stems = ws.map((w) => [...new Set([phraseKey(w, lang), phraseKey(fold(w), lang)])]);
    for (const key of everyCombination(stems)) {
      this.phraseToTerm.set(key.join(' '), term);
      this.phraseStarts.add(key[0]!);
    }
    if (ws.length === 2) for (const first of stems[0]!) this.addPair(lang, first, fold(ws[1]!), term);
  }

  private addPair(lang: Lang, firstStem: string, second: string, term: string): void {
    const list = this.pairs[lang].get(firstStem) ?? [];
    if (!list.some((p) => p.second === second)) list.push({ second, term });
    this.pairs[lang].set(firstStem, list);
  }

  private addWord(word: string, canonical: string): void {
    const keys = wordKeys(word);
    const claim = (map: Map<string, string>, key: string) => {
      if (!map.has(key)) map.set(key, canonical);
    };
    for (const form of keys.forms) claim(this.forms, form);
    for (const lang of ['sv', 'en'] as const) if (keys.stems[lang]) claim(this.stems[lang], keys.stems[lang]);
  }

  /** Every word form and stem the groups know, folded. */
  knownForms(): Iterable<string> {
    return new Set([...this.forms.keys(), ...this.stems.sv.keys(), ...this.stems.en.keys()]);
  }

  /** The canonical term of a word, or undefined when it is in no group. */
  word(word: string, lang: Lang): string | undefined {
    return this.forms.get(fold(word)) ?? this.stems[lang].get(foldedStem(word, lang));
  }

  /** True when some phrase of the groups begins with this word. */
  startsPhrase(word: string, lang: Lang): boolean {
    return this.phraseStarts.has(phraseKey(word, lang));
  }

  /**
   * The term of a two-word phrase whose second word has one letter wrong, missing, extra or swapped:
   * "allmän handlig". Only for words of five letters or more, which one slip does not make another word.
   */
  nearPair(first: string, second: string, lang: Lang): string | undefined {
    const typed = fold(second);
    if (typed.length < MIN_NEAR_PAIR) return undefined;
    return this.pairs[lang].get(phraseKey(first, lang))?.find((p) => p.second.length >= MIN_NEAR_PAIR && editDistance(typed, p.second, 1) === 1)?.term;
  }

  /** The canonical term of a phrase given as its words, or undefined. */
  phrase(ws: string[], lang: Lang): string | undefined {
    if (ws.length === 0 || !this.startsPhrase(ws[0]!, lang)) return undefined;
    return this.phraseToTerm.get(ws.map((w) => phraseKey(w, lang)).join(' '));
  }
}

const MIN_NEAR_PAIR = 5;

/**
 * A word of a phrase is compared by its stem, but a function word as written: stemmed, "alls" (at all)
 * would be "alla" (everyone), and "mejlen alls" the phrase "mejla alla".
 */
function phraseKey(word: string, lang: Lang): string {
  return isStopword(word) ? fold(word) : foldedStem(word, lang);
}

/** Every sequence that takes one item from each list, in order. */
function everyCombination(lists: string[][]): string[][] {
  return lists.reduce<string[][]>((sequences, options) => sequences.flatMap((s) => options.map((o) => [...s, o])), [[]]);
}

/** The inflections Swedish gives an agent noun in -are, after its "-ar": brukare, brukaren, brukarna, and the spoken brukarn. */
const AGENT_ENDINGS = ['e', 'es', 'en', 'ens', 'n', 'na', 'nas'];

/** How a single word of a synonym group is recognised: as written, and by its stem in each language. */
interface WordKeys {
  forms: string[];
  stems: Partial<Record<Lang, string>>;
}

/**
 * Snowball cuts the agent suffix -are ("brukare" -> "bruk", "svarare" -> "svar"), which would give
 * "privat bruk" or "svarar" the noun's meaning, so such a noun is known by its own inflections instead.
 */
function wordKeys(word: string): WordKeys {
  const folded = fold(word);
  const swedish = foldedStem(word, 'sv');
  if (folded.endsWith('are') && swedish === folded.slice(0, -3)) return { forms: AGENT_ENDINGS.map((ending) => folded.slice(0, -1) + ending), stems: {} };
  const stems: WordKeys['stems'] = {};
  if (!isEverydayStem(swedish)) stems.sv = swedish;
  const english = foldedStem(word, 'en');
  if (!isEverydayStem(english)) stems.en = english;
  return { forms: [folded], stems };
}

/**
 * Stems that are everyday words of their own: "hemlig" stems to "hem" (home), "ledig" to "led", "stolen"
 * to "stol" (chair), "reporter" to "report", and "vän" is "van" (used to). A group word with such a
 * stem is known as written only.
 */
const EVERYDAY_STEMS: ReadonlySet<string> = new Set(['hem', 'los', 'led', 'stol', 'send', 'log', 'stot', 'gen', 'mut', 'report', 'care', 'oper', 'relat', 'manag', 'swipe', 'van']);

/** Listed above, or an everyday word of the common-word list: "rätta" stems to "rätt" (right). */
function isEverydayStem(stem: string): boolean {
  return EVERYDAY_STEMS.has(stem) || COMMON_WORDS.has(stem);
}
