import type { Slot } from './query';
import type { Candidate } from './rank';

/** What the search saw for its best topic: the inputs of the calibrated confidence. */
export interface Evidence {
  /** The best topic's coverage score, 0..1. */
  score: number;
  /** How far ahead of the runner-up it is. */
  margin: number;
  /** Share of the best alternate question's own words that were asked. */
  docCoverage: number;
  /** Share of the question's weight in words the knowledge base has never seen. */
  unknownShare: number;
  /** Meaningful words in the question. */
  words: number;
}

export function evidenceOf(slots: Slot[], ranked: Candidate[]): Evidence {
  const top = ranked[0];
  const total = slots.reduce((sum, s) => sum + s.weight, 0);
  const unknown = slots.filter((s) => !s.known).reduce((sum, s) => sum + s.weight, 0);
  return {
    score: top?.score ?? 0,
    margin: (top?.score ?? 0) - (ranked[1]?.score ?? 0),
    docCoverage: top?.docCoverage ?? 0,
    unknownShare: total > 0 ? unknown / total : 1,
    words: slots.length,
  };
}
