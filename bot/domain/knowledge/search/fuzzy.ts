import Fuse from 'fuse.js';
import { allowedTypos, editDistance } from '../text/edit-distance';

export interface FuzzyHit {
  terms: string[];
  similarity: number;
}

const CANDIDATES = 8;
const CACHE_LIMIT = 5000;
const SIMILARITY_PER_TYPO = 0.15;
const PREFIX = 5;
/** A shared beginning says less than a near-identical spelling: "försvinner" and "försvunnen". */
const PREFIX_SIMILARITY = 0.7;

/**
 * Typo-tolerant lookup of a word among the words the knowledge base itself uses. fuse.js finds
 * candidates fast; the edit distance decides, so "telfonen" finds "telefonen" but "hejsan" does not
 * become "helst". Words are bucketed by first letter (a typo rarely hits the first letter), which
 * keeps each lookup small even with a large knowledge base.
 */
export class FuzzyVocabulary {
  private readonly buckets = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, FuzzyHit | null>();
  private readonly byPrefix = new Map<string, string[]>();

  /** `surfaces`: each folded word of the knowledge base -> the index terms it stands for. */
  constructor(private readonly surfaces: ReadonlyMap<string, readonly string[]>) {
    const byLetter = new Map<string, string[]>();
    for (const word of surfaces.keys()) {
      if (allowedTypos(word.length + 1) === 0) continue;
      const list = byLetter.get(word.charAt(0)) ?? [];
      list.push(word);
      byLetter.set(word.charAt(0), list);
    }
    for (const word of surfaces.keys()) {
      if (word.length < PREFIX + 1) continue;
      const key = word.slice(0, PREFIX);
      this.byPrefix.set(key, [...(this.byPrefix.get(key) ?? []), word]);
    }
    for (const [letter, list] of byLetter) {
      this.buckets.set(letter, new Fuse(list, { includeScore: true, threshold: 0.4, ignoreLocation: true }));
    }
  }

  closest(word: string): FuzzyHit | undefined {
    if (allowedTypos(word.length) === 0) return undefined;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const hit = this.lookup(word) ?? this.sharedBeginning(word);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, hit ?? null);
    return hit;
  }

  /** Inflections the stemmer misses (strong verbs, plurals): a long shared beginning. */
  private sharedBeginning(word: string): FuzzyHit | undefined {
    if (word.length < PREFIX + 1) return undefined;
    let best: { word: string; shared: number } | undefined;
    for (const candidate of this.byPrefix.get(word.slice(0, PREFIX)) ?? []) {
      const shared = commonPrefix(word, candidate);
      if (shared < 0.6 * Math.min(word.length, candidate.length)) continue;
      if (!best || shared > best.shared) best = { word: candidate, shared };
    }
    return best ? { terms: [...(this.surfaces.get(best.word) ?? [])], similarity: PREFIX_SIMILARITY } : undefined;
  }

  private lookup(word: string): FuzzyHit | undefined {
    const allowed = allowedTypos(word.length);
    const candidates = this.buckets.get(word.charAt(0))?.search(word, { limit: CANDIDATES }) ?? [];
    let best: { word: string; distance: number } | undefined;
    for (const { item } of candidates) {
      if (Math.abs(item.length - word.length) > allowed) continue;
      const distance = editDistance(word, item);
      if (distance <= allowed && (!best || distance < best.distance)) best = { word: item, distance };
    }
    if (!best) return undefined;
    return { terms: [...(this.surfaces.get(best.word) ?? [])], similarity: 1 - SIMILARITY_PER_TYPO * best.distance };
  }
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
