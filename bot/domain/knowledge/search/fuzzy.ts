import Fuse from 'fuse.js';

export interface FuzzyHit {
  term: string;
  similarity: number;
}

const MIN_LENGTH = 4;
const MAX_SCORE = 0.3;
const CACHE_LIMIT = 5000;

/**
 * Typo-tolerant lookup of a word among the knowledge base's own terms, with fuse.js.
 * Terms are bucketed by first letter (a typo rarely hits the first letter), which keeps each lookup
 * small enough for the search budget even with a large knowledge base.
 */
export class FuzzyVocabulary {
  private readonly buckets = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, FuzzyHit | null>();

  constructor(terms: Iterable<string>) {
    const byLetter = new Map<string, string[]>();
    for (const t of terms) {
      if (t.length < MIN_LENGTH || t.startsWith('#')) continue;
      const list = byLetter.get(t.charAt(0)) ?? [];
      list.push(t);
      byLetter.set(t.charAt(0), list);
    }
    for (const [letter, list] of byLetter) {
      this.buckets.set(letter, new Fuse(list, { includeScore: true, threshold: MAX_SCORE, ignoreLocation: false, distance: 20 }));
    }
  }

  closest(word: string): FuzzyHit | undefined {
    if (word.length < MIN_LENGTH) return undefined;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const hit = this.lookup(word);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, hit ?? null);
    return hit;
  }

  private lookup(word: string): FuzzyHit | undefined {
    const best = this.buckets.get(word.charAt(0))?.search(word, { limit: 3 })
      .find((r) => Math.abs(r.item.length - word.length) <= 2);
    if (!best || best.score === undefined) return undefined;
    return { term: best.item, similarity: 0.9 - best.score };
  }
}
