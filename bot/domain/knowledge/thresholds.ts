/**
 * Confidence bands, calibrated on the public question set (see test/domain/knowledge/eval.test.ts).
 * At or above ANSWER the bot answers; between SUGGEST and ANSWER it asks "Menade du ...?"; below, it
 * says it does not know.
 */
export const ANSWER = 0.5;
export const SUGGEST = 0.3;
/** Two topics this close are both offered instead of guessing between them. */
export const TIE_MARGIN = 0.02;
/** A tie only matters below this score; above it the best topic is clear enough. */
export const TIE_CEILING = 0.7;
export const MAX_SUGGESTIONS = 3;
/** Long messages are read up to here: the question is nearly always in the first sentences. */
export const MAX_QUERY_CHARS = 600;
