import type { SearchIndex } from './index';

/**
 * Working memory for ranking, sized to one index and reused by every question, so a search over ten
 * thousand entries allocates almost nothing. Only what a question touched is reset afterwards.
 */
export class Scratch {
  readonly docWeight: Float64Array;
  readonly slotBest: Float64Array;
  readonly score: Float64Array;
  readonly coverage: Float64Array;
  readonly docCoverage: Float64Array;
  readonly titleMatch: Uint8Array;
  touchedDocs: number[] = [];
  touchedEntries: number[] = [];

  constructor(docs: number, entries: number) {
    this.docWeight = new Float64Array(docs);
    this.slotBest = new Float64Array(docs);
    this.score = new Float64Array(entries);
    this.coverage = new Float64Array(entries);
    this.docCoverage = new Float64Array(entries);
    this.titleMatch = new Uint8Array(entries);
  }

  reset(): void {
    for (const d of this.touchedDocs) this.docWeight[d] = 0;
    for (const e of this.touchedEntries) {
      this.score[e] = 0;
      this.coverage[e] = 0;
      this.docCoverage[e] = 0;
      this.titleMatch[e] = 0;
    }
    this.touchedDocs = [];
    this.touchedEntries = [];
  }
}

const scratches = new WeakMap<SearchIndex, Scratch>();

export function scratchFor(index: SearchIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    s = new Scratch(index.docs.length, index.entryIds.length);
    scratches.set(index, s);
  }
  return s;
}
