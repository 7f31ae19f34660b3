import type { SearchIndex } from './index';
import type { Slot } from './query';

export interface Candidate {
  entry: number;
  /** 0..1: how much of the question the entry explains, tempered by how much of the entry was asked. */
  score: number;
  /** Share of the question's weight matched. */
  coverage: number;
  /** Share of the best-matching alternate question's own words that the question used. */
  docCoverage: number;
  /** The question asked everything the entry's title says. */
  titleMatch: boolean;
}

/** Tunable by the calibration script; the defaults are the calibrated values. */
export const rankTuning = { bagFactor: 0.7, unknownFactor: 1, docCoverageShare: 0.5, longQuestion: 3, minEvidence: 0.8, titleBonus: 0.1 };

/** Only the best few topics matter to the caller (answer, runner-up, "Menade du" choices). */
export const MAX_CANDIDATES = 10;

/** Scores every entry that shares a term with the question; the best MAX_CANDIDATES, best first. */
export function rank(slots: Slot[], index: SearchIndex): Candidate[] {
  const asked = slots.reduce((sum, s) => sum + s.weight * (s.known ? 1 : rankTuning.unknownFactor), 0);
  if (asked === 0) return [];
  // A long message tells a story around its question; judge it by how much it says about a topic, not by its share.
  // One common word ("mejl") is not enough to be sure of a topic, however well it matches.
  const total = Math.max(Math.min(asked, rankTuning.longQuestion * index.unknownWeight), rankTuning.minEvidence * index.unknownWeight);
  const { docs, weights } = matchedWeights(slots, index);
  const entries = index.entryIds.length;
  const score = new Float64Array(entries);
  const coverage = new Float64Array(entries);
  const docCoverage = new Float64Array(entries);
  const titleMatch = new Uint8Array(entries);
  const seen: number[] = [];
  for (const docId of docs) {
    const weight = weights[docId]!;
    const doc = index.docs[docId]!;
    const cov = Math.min(1, weight / total);
    const own = doc.bag ? 0 : Math.min(1, weight / doc.weight);
    const titled = doc.title && own >= 0.99 ? rankTuning.titleBonus : 0;
    const s = Math.min(1, doc.bag ? cov * rankTuning.bagFactor : cov * (1 - rankTuning.docCoverageShare + rankTuning.docCoverageShare * own) + titled);
    const e = doc.entry;
    if (coverage[e] === 0) seen.push(e);
    if (s > score[e]!) score[e] = s;
    if (cov > coverage[e]!) coverage[e] = cov;
    if (own > docCoverage[e]!) docCoverage[e] = own;
    if (titled > 0) titleMatch[e] = 1;
  }
  const candidates = seen.map((entry) => ({ entry, score: score[entry]!, coverage: coverage[entry]!, docCoverage: docCoverage[entry]!, titleMatch: titleMatch[entry] === 1 }));
  return topN(candidates, MAX_CANDIDATES);
}

function topN(candidates: Candidate[], n: number): Candidate[] {
  const byScore = (a: Candidate, b: Candidate) => b.score - a.score || a.entry - b.entry;
  if (candidates.length <= n * 4) return candidates.sort(byScore).slice(0, n);
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (out.length < n) out.push(c);
    else if (c.score > out[n - 1]!.score) out[n - 1] = c;
    else continue;
    out.sort(byScore);
  }
  return out.sort(byScore);
}

/**
 * Per doc: the sum over slots of slot weight times the best similarity any of the slot's terms
 * reached in that doc. Typed arrays sized to the index, reset through the list of touched docs,
 * keep this fast at ten thousand entries.
 */
function matchedWeights(slots: Slot[], index: SearchIndex): { docs: number[]; weights: Float64Array } {
  const weights = new Float64Array(index.docs.length);
  const slotBest = new Float64Array(index.docs.length);
  const touched: number[] = [];
  for (const slot of slots) {
    const inSlot: number[] = [];
    for (const alt of slot.alts) {
      for (const p of index.postings.get(alt.term) ?? []) {
        const sim = alt.sim * p.sim;
        if (slotBest[p.doc] === 0) inSlot.push(p.doc);
        if (sim > slotBest[p.doc]!) slotBest[p.doc] = sim;
      }
    }
    for (const doc of inSlot) {
      if (weights[doc] === 0) touched.push(doc);
      weights[doc] = weights[doc]! + slot.weight * slotBest[doc]!;
      slotBest[doc] = 0;
    }
  }
  return { docs: touched, weights };
}
