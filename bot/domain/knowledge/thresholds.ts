/**
 * Confidence bands, calibrated on the question sets (scripts/calibrate.ts, test/domain/knowledge/eval.test.ts).
 * At or above `answer` the bot answers; between `suggest` and `answer` it asks "Menade du ...?"; below,
 * it says it does not know. Two topics within `tieMargin` of each other, below `tieCeiling`, are both
 * offered instead of guessing between them. A not-covered area wins over the best topic when it scores
 * `notCoveredMargin` more, or as much while explaining `notCoveredCoverageLead` more of the question.
 * Threat or loss language answers with that rule when the search is unsure, unless the search's own
 * choices reach `subjectOverride`. A message of at least `leadWords` words whose best topic reaches
 * `leadAnswer` and leads the next by `leadMargin` is answered although it is below `answer`. A situation
 * told in the message (intent/situations.ts) answers with its topic instead of another topic's answer
 * below `situationOverride`.
 */
export const bands = { answer: 0.45, suggest: 0.25, tieMargin: 0.02, coverageTie: 0, shortMessageWords: 3, tieCeiling: 0.7, notCoveredMargin: 0.04, notCoveredCoverageLead: 0.05, subjectOverride: 0.45, leadAnswer: 0.4, leadMargin: 0.12, leadWords: 10, situationOverride: 0.7 };
export const MAX_SUGGESTIONS = 3;
/** Long messages are read up to here: the question is nearly always in the first sentences. */
export const MAX_QUERY_CHARS = 600;
