import type { Lang, SynonymGroup } from '../types';
import { fold, words } from './fold';
import { foldedStem } from './stem';

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
          for (const lang of ['sv', 'en'] as const) {
            const stems = ws.map((w) => foldedStem(w, lang));
            this.phraseToTerm.set(stems.join(' '), canonical);
            this.phraseStarts.add(stems[0]!);
          }
          longest = Math.max(longest, ws.length);
        }
      }
    }
    this.maxPhraseWords = longest;
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
    return this.phraseStarts.has(foldedStem(word, lang));
  }

  /** The canonical term of a phrase given as its words, or undefined. */
  phrase(ws: string[], lang: Lang): string | undefined {
    if (ws.length === 0 || !this.startsPhrase(ws[0]!, lang)) return undefined;
    return this.phraseToTerm.get(ws.map((w) => foldedStem(w, lang)).join(' '));
  }
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
  if (!EVERYDAY_STEMS.has(swedish)) stems.sv = swedish;
  const english = foldedStem(word, 'en');
  if (!EVERYDAY_STEMS.has(english)) stems.en = english;
  return { forms: [folded], stems };
}

/**
 * Stems that are everyday words of their own: "hemlig" stems to "hem" (home), "ledig" to "led", "stolen"
 * to "stol" (chair), "reporter" to "report". A group word with such a stem is known as written only.
 */
const EVERYDAY_STEMS: ReadonlySet<string> = new Set(['hem', 'los', 'led', 'stol', 'send', 'log', 'stot', 'gen', 'mut', 'report', 'care', 'oper', 'relat', 'manag', 'swipe']);
