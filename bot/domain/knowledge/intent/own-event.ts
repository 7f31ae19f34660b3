import { PHONE_GONE } from './report-cues/loss';
import { ABOUT_THREATS, CONDITIONAL, EXCLAIMED_EVENT, FIRST_PERSON_OR_EVENT, GENERAL_QUESTION, HYPOTHETICAL, LONG_AGO, NOW_AGAIN, OTHERS_THREATENED, QUESTION_FRAME, REPORTED_CALL, SOMEONE_ELSE, TOLD_BY_OTHER, TOLD_EVENT, WRITER, WRITER_THREATENED } from './report-cues/telling';

/** The writer tells what happened to them, rather than asking about the rule or telling of someone else. */
export function tellsOwnEvent(folded: string): boolean {
  // An "if" inside what a caller said is the caller's condition, unless the message asks what to do.
  const callersCondition = REPORTED_CALL.test(folded) && !QUESTION_FRAME.test(folded);
  const told = toldBeforeAnyIf(folded);
  const asking = HYPOTHETICAL.test(folded) && !told && !callersCondition;
  const generalQuestion = GENERAL_QUESTION.test(folded) && !told;
  if (asking || aboutOthers(folded) || generalQuestion || onlyLongAgo(folded)) return false;
  // "jobbmobilen borta": a phone said to be gone is something that happened.
  return FIRST_PERSON_OR_EVENT.test(folded) || EXCLAIMED_EVENT.test(folded) || PHONE_GONE.test(folded);
}

/** Talk about threats, or someone else's event, unless the writer tells their own: "min kollega sa att hon hörde allt". */
function aboutOthers(folded: string): boolean {
  if (ABOUT_THREATS.test(folded)) return true;
  const writerHit = TOLD_EVENT.test(folded) || WRITER_THREATENED.test(folded);
  if ((TOLD_BY_OTHER.test(folded) || OTHERS_THREATENED.test(folded)) && !writerHit) return true;
  return SOMEONE_ELSE.test(folded) && !WRITER.test(folded);
}

/**
 * "Jag blev hotad nyss, vad gör jag om han ringer igen?", "a parent called and said I'd regret it if I
 * didn't ...; who do I report it to?": an event told first; an "if" after it is the caller's or the next time's.
 */
function toldBeforeAnyIf(folded: string): boolean {
  const toldAt = Math.min(...[TOLD_EVENT, WRITER_THREATENED, REPORTED_CALL].map((cue) => cue.exec(folded)?.index ?? Infinity));
  const condition = CONDITIONAL.exec(folded);
  return toldAt < Infinity && !onlyLongAgo(folded) && (condition === null || condition.index > toldAt);
}

/** "för två år sedan", with nothing new after it ("... och nu ringde han igen"). */
function onlyLongAgo(folded: string): boolean {
  const ago = LONG_AGO.exec(folded);
  return ago !== null && !NOW_AGAIN.test(folded.slice(ago.index + ago[0].length));
}
