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
const MAX_OTHER_ENDING = 3;
const ABBREVIATION_MIN = 3;
const ABBREVIATION_MAX = 6;
const ABBREVIATION_SIMILARITY = 0.8;

/**
 * Typo-tolerant lookup of a word among the words the knowledge base itself uses; the edit distance
 * decides, so "telfonen" finds "telefonen" but "hejsan" does not become "helst".
 * Candidates come from a table of every known word with one letter left out, which finds one typo
 * (a wrong, missing, extra or swapped letter) in microseconds. Long words may carry two typos;
 * for those, fuse.js searches the known words of the same first letter and about the same length.
 */
export class FuzzyVocabulary {
  private readonly byDeletion = new Map<string, string[]>();
  private readonly buckets = new Map<string, Fuse<string>>();
  private readonly byPrefix = new Map<string, string[]>();
  private readonly cache = new Map<string, FuzzyHit | null>();
  private readonly byStart = new Map<string, string[]>();

  /** `surfaces`: each folded word of the knowledge base -> the index terms it stands for. */
  constructor(private readonly surfaces: ReadonlyMap<string, readonly string[]>) {
    const byBucket = new Map<string, string[]>();
    for (const word of surfaces.keys()) {
      if (allowedTypos(word.length + 1) === 0) continue;
      for (const key of [word, ...deletions(word)]) push(this.byDeletion, key, word);
      if (word.length >= 7) push(byBucket, bucketKey(word.charAt(0), word.length), word);
      if (word.length > PREFIX) push(this.byPrefix, word.slice(0, PREFIX), word);
    }
    for (const word of surfaces.keys()) if (word.length > ABBREVIATION_MIN) push(this.byStart, word.slice(0, ABBREVIATION_MIN), word);
    for (const [key, list] of byBucket) this.buckets.set(key, new Fuse(list, { includeScore: true, threshold: 0.4, ignoreLocation: true }));
  }

  closest(word: string): FuzzyHit | undefined {
    if (allowedTypos(word.length) === 0) return undefined;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const hit = this.nearest(word, this.oneTypoCandidates(word)) ?? this.twoTypos(word) ?? this.sharedBeginning(word);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, hit ?? null);
    return hit;
  }

  /** Only a near-identical spelling: one letter wrong, missing, extra or swapped. closest() finds any such word first, and caches it. */
  oneTypo(word: string): FuzzyHit | undefined {
    const hit = this.closest(word);
    return hit && hit.similarity >= 1 - SIMILARITY_PER_TYPO ? hit : undefined;
  }

  private oneTypoCandidates(word: string): Set<string> {
    const found = new Set<string>();
    for (const key of [word, ...deletions(word)]) for (const known of this.byDeletion.get(key) ?? []) found.add(known);
    return found;
  }

  private twoTypos(word: string): FuzzyHit | undefined {
    if (allowedTypos(word.length) < 2) return undefined;
    const candidates = new Set<string>();
    for (let length = word.length - 2; length <= word.length + 2; length++) {
      for (const r of this.buckets.get(bucketKey(word.charAt(0), length))?.search(word, { limit: CANDIDATES }) ?? []) candidates.add(r.item);
    }
    return this.nearest(word, candidates);
  }

  private nearest(word: string, candidates: Iterable<string>): FuzzyHit | undefined {
    const allowed = allowedTypos(word.length);
    let best: { word: string; distance: number } | undefined;
    for (const known of candidates) {
      if (Math.abs(known.length - word.length) > allowed || !sameStart(word, known)) continue;
      const distance = editDistance(word, known, allowed);
      if (distance <= allowed && (!best || distance < best.distance)) best = { word: known, distance };
    }
    return best ? { terms: [...(this.surfaces.get(best.word) ?? [])], similarity: 1 - SIMILARITY_PER_TYPO * best.distance } : undefined;
  }

  /**
   * "sign." or "tel.": a short word written with a full stop, read as the meaning most of the known
   * words it begins share ("signatur", "signaturen", "signaturer" over "signalen").
   */
  expand(abbreviation: string): FuzzyHit | undefined {
    if (abbreviation.length < ABBREVIATION_MIN || abbreviation.length > ABBREVIATION_MAX) return undefined;
    const words = (this.byStart.get(abbreviation.slice(0, ABBREVIATION_MIN)) ?? []).filter((w) => w.length > abbreviation.length && w.startsWith(abbreviation));
    const votes = new Map<string, number>();
    for (const w of words) for (const t of this.surfaces.get(w) ?? []) votes.set(t, (votes.get(t) ?? 0) + 1);
    const best = [...votes].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0];
    return best ? { terms: [best[0]], similarity: ABBREVIATION_SIMILARITY } : undefined;
  }

  /** Inflections the stemmer misses (strong verbs, plurals): a long shared beginning. */
  private sharedBeginning(word: string): FuzzyHit | undefined {
    if (word.length <= PREFIX) return undefined;
    let best: { word: string; shared: number } | undefined;
    for (const candidate of this.byPrefix.get(word.slice(0, PREFIX)) ?? []) {
      const shared = commonPrefix(word, candidate);
      // Only the ending may differ: "skärmdump" and "skärmlås" share a beginning, not a meaning.
      if (shared < 0.6 * Math.min(word.length, candidate.length) || Math.max(word.length, candidate.length) - shared > MAX_OTHER_ENDING) continue;
      if (!best || shared > best.shared) best = { word: candidate, shared };
    }
    return best ? { terms: [...(this.surfaces.get(best.word) ?? [])], similarity: PREFIX_SIMILARITY } : undefined;
  }
}

/**
 * People rarely mistype the first letter, so a word that differs there is another word: "hoppa" is
 * not "shoppa", "night" not "right", "hotet" not "mötet". Two first letters swapped are still a typo.
 */
function sameStart(word: string, known: string): boolean {
  return word[0] === known[0] || (word[0] === known[1] && word[1] === known[0]);
}

/** The word with each one of its letters left out. */
function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function push(map: Map<string, string[]>, key: string, word: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [word]);
  else if (list[list.length - 1] !== word) list.push(word);
}

function bucketKey(letter: string, length: number): string {
  return `${letter}${length}`;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
