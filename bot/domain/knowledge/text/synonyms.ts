import type { Lang, SynonymGroup } from '../types';
import { fold, words } from './fold';
import { foldedStem } from './stem';

/** Maps every word and phrase of a synonym group, in any inflection we can derive, to one canonical term. */
export class SynonymMap {
  private readonly wordToTerm = new Map<string, string>();
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
    for (const key of [fold(word), foldedStem(word, 'sv'), foldedStem(word, 'en')]) {
      if (!this.wordToTerm.has(key)) this.wordToTerm.set(key, canonical);
    }
  }

  /** Every word form the groups know, folded. */
  knownForms(): Iterable<string> {
    return this.wordToTerm.keys();
  }

  /** The canonical term of a word, or undefined when it is in no group. */
  word(word: string, lang: Lang): string | undefined {
    return this.wordToTerm.get(fold(word)) ?? this.wordToTerm.get(foldedStem(word, lang));
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
