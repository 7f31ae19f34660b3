import type { SearchIndex } from './index';
import type { Slot } from './query';

export interface Candidate {
  entry: number;
  /** 0..1: how much of the question the entry explains, tempered by how much of the entry was asked. */
  score: number;
  /** Share of the question's weight matched. */
  coverage: number;
}

/** Tunable by the calibration script; the defaults are the calibrated values. */
export const rankTuning = { bagFactor: 0.85, unknownFactor: 0.6, docCoverageShare: 0.25 };


/** Scores every entry that shares a term with the question; best first. */
export function rank(slots: Slot[], index: SearchIndex): Candidate[] {
  const total = slots.reduce((sum, s) => sum + s.weight * (s.known ? 1 : rankTuning.unknownFactor), 0);
  if (total === 0) return [];
  const matched = matchedWeights(slots, index);
  const best = new Map<number, Candidate>();
  for (const [docId, weight] of matched) {
    const doc = index.docs[docId]!;
    const coverage = weight / total;
    const score = doc.bag ? coverage * rankTuning.bagFactor : coverage * (1 - rankTuning.docCoverageShare + rankTuning.docCoverageShare * Math.min(1, weight / doc.weight));
    const prev = best.get(doc.entry);
    if (!prev || score > prev.score) best.set(doc.entry, { entry: doc.entry, score, coverage: Math.max(coverage, prev?.coverage ?? 0) });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Per doc: the sum over slots of slot weight times the best similarity any alternative reached. */
function matchedWeights(slots: Slot[], index: SearchIndex): Map<number, number> {
  const out = new Map<number, number>();
  slots.forEach((slot) => {
    const bestInDoc = new Map<number, number>();
    for (const alt of slot.alts) {
      for (const p of index.postings.get(alt.term) ?? []) {
        const sim = alt.sim * p.sim;
        if (sim > (bestInDoc.get(p.doc) ?? 0)) bestInDoc.set(p.doc, sim);
      }
    }
    for (const [doc, sim] of bestInDoc) out.set(doc, (out.get(doc) ?? 0) + slot.weight * sim);
  });
  return out;
}
