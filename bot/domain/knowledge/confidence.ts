import type { Evidence } from './search/evidence';

/**
 * Logistic model from evidence to the probability that the best topic is the right answer.
 * Fitted by `npx tsx scripts/fit-confidence.ts` on our own question set (test/fixtures/eval/),
 * checked on the public one; refit when the engine changes.
 */
export const CONFIDENCE_MODEL = {
  bias: -3,
  score: 6,
  margin: 2,
  docCoverage: 1,
  unknownShare: -2,
  words: 0,
};

export type ConfidenceModel = typeof CONFIDENCE_MODEL;

export function confidence(e: Evidence, m: ConfidenceModel = CONFIDENCE_MODEL): number {
  if (e.score === 0) return 0;
  const z = m.bias + m.score * e.score + m.margin * e.margin + m.docCoverage * e.docCoverage + m.unknownShare * e.unknownShare + m.words * Math.log(1 + e.words);
  return 1 / (1 + Math.exp(-z));
}
