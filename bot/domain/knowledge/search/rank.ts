import { DOC_BAG, DOC_TITLE, type SearchIndex } from './index';
import type { Slot } from './query';
import { scratchFor, type Scratch } from './scratch';

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

/**
 * Tunable by the calibration script; the defaults are the calibrated values. `titleCoverage`: how much
 * of a title must be asked to count as asking it; one typo (0.85) still does.
 */
export const rankTuning = { bagFactor: 0.7, unknownFactor: 1, docCoverageShare: 0.5, longQuestion: 3, minEvidence: 0.8, titleBonus: 0.1, titleCoverage: 0.85 };

/** Only the best few topics matter to the caller (answer, runner-up, "Menade du" choices). */
export const MAX_CANDIDATES = 10;

/** Scores every entry that shares a term with the question; the best MAX_CANDIDATES, best first. */
export function rank(slots: Slot[], index: SearchIndex): Candidate[] {
  const asked = slots.reduce((sum, s) => sum + s.weight * (s.known ? 1 : rankTuning.unknownFactor), 0);
  if (asked === 0) return [];
  // A long message tells a story around its question; judge it by how much it says about a topic, not by its share.
  // One common word ("mejl") is not enough to be sure of a topic, however well it matches.
  const total = Math.max(Math.min(asked, rankTuning.longQuestion * index.unknownWeight), rankTuning.minEvidence * index.unknownWeight);
  const s = scratchFor(index);
  try {
    matchWeights(slots, index, s);
    scoreEntries(index, s, total);
    return topEntries(s);
  } finally {
    s.reset();
  }
}

/** Per doc: the sum over slots of slot weight times the best similarity any of the slot's terms reached. */
function matchWeights(slots: Slot[], index: SearchIndex, s: Scratch): void {
  for (const slot of slots) {
    const inSlot: number[] = [];
    for (const alt of slot.alts) {
      const list = index.postings.get(alt.term);
      if (!list) continue;
      for (let i = 0; i < list.docs.length; i++) {
        const doc = list.docs[i]!;
        const sim = alt.sim * list.sims[i]!;
        if (s.slotBest[doc] === 0) inSlot.push(doc);
        if (sim > s.slotBest[doc]!) s.slotBest[doc] = sim;
      }
    }
    for (const doc of inSlot) {
      if (s.docWeight[doc] === 0) s.touchedDocs.push(doc);
      s.docWeight[doc] = s.docWeight[doc]! + slot.weight * s.slotBest[doc]!;
      s.slotBest[doc] = 0;
    }
  }
}

/** Per entry: its best doc's score, plus how much of the question and of its best question was covered. */
function scoreEntries(index: SearchIndex, s: Scratch, total: number): void {
  const t = rankTuning;
  for (const docId of s.touchedDocs) {
    const weight = s.docWeight[docId]!;
    const kind = index.docKind[docId]!;
    const cov = Math.min(1, weight / total);
    const own = kind === DOC_BAG ? 0 : Math.min(1, weight / index.docOwnWeight[docId]!);
    const titled = kind === DOC_TITLE && own >= t.titleCoverage - 1e-9 ? t.titleBonus : 0;
    const score = Math.min(1, kind === DOC_BAG ? cov * t.bagFactor : cov * (1 - t.docCoverageShare + t.docCoverageShare * own) + titled);
    const e = index.docEntry[docId]!;
    if (s.coverage[e] === 0) s.touchedEntries.push(e);
    if (score > s.score[e]!) s.score[e] = score;
    if (cov > s.coverage[e]!) s.coverage[e] = cov;
    if (own > s.docCoverage[e]!) s.docCoverage[e] = own;
    if (titled > 0) s.titleMatch[e] = 1;
  }
}

function topEntries(s: Scratch): Candidate[] {
  // Equal scores (a long story saturates them): the entry whose own question was asked most fully wins.
  const better = (a: number, b: number) => s.score[b]! - s.score[a]! || s.docCoverage[b]! - s.docCoverage[a]! || a - b;
  const top: number[] = [];
  for (const e of s.touchedEntries) {
    if (top.length === MAX_CANDIDATES && better(e, top[top.length - 1]!) >= 0) continue;
    // Insertion into the short sorted list, rather than sorting it again for every entry.
    let at = top.length;
    while (at > 0 && better(e, top[at - 1]!) < 0) at--;
    top.splice(at, 0, e);
    if (top.length > MAX_CANDIDATES) top.pop();
  }
  return top.map((entry) => ({ entry, score: s.score[entry]!, coverage: s.coverage[entry]!, docCoverage: s.docCoverage[entry]!, titleMatch: s.titleMatch[entry] === 1 }));
}
