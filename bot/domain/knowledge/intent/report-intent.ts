import { editDistance } from '../text/edit-distance';
import { ALSO_THE_PHONE, LOSS, LOSS_OF_OTHER, LOSS_OF_PHONE, PHONE, PHONE_GONE } from './report-cues/loss';
import { ABOUT_THREATS, CONDITIONAL, EXCLAIMED_EVENT, FIRST_PERSON_OR_EVENT, GENERAL_QUESTION, HYPOTHETICAL, LONG_AGO, QUESTION_FRAME, REPORTED_CALL, SAID_OF_WRITER, SOMEONE_ELSE, TOLD_BY_OTHER, TOLD_EVENT, WRITER } from './report-cues/telling';
import { CALL, FEAR, IN_PERSON, IN_WRITING, JOKING, NEGATED_THREAT, NO_CALL, NOT_BY_PHONE, STRONG_THREAT, THREAT_OF_NO_HARM, WEAK_THREAT } from './report-cues/threat';

/** Cue words long enough that one wrong, missing or extra letter still tells them: "hotfult samtal". */
const TYPO_TOLERANT_CUES = ['hotfullt', 'hotfulla', 'hotfull', 'hotsamtal', 'threatened', 'threatening', 'borttappad', 'forsvunnen', 'forsvunnit'];

function withCueTypos(folded: string): string {
  return folded.replace(/[a-z]{6,}/g, (word) => {
    if (TYPO_TOLERANT_CUES.includes(word)) return word;
    return TYPO_TOLERANT_CUES.find((cue) => Math.abs(cue.length - word.length) <= 1 && editDistance(word, cue, 1) === 1) ?? word;
  });
}

/** Quotation marks around what a caller said ("ska ”ta hand om” mig") are not part of the words; "he'd" keeps its. */
function unquoted(text: string): string {
  return text.replace(/[”“„"«»]/g, '').replace(/(^|[\s(])['‘’]|['‘’](?=[\s,.!?)]|$)/g, '$1');
}

/** "Jag blev hotad nyss, vad gör jag om han ringer igen?": told first, asked after; not long ago. */
function toldBeforeAnyIf(folded: string): boolean {
  const told = TOLD_EVENT.exec(folded);
  const condition = CONDITIONAL.exec(folded);
  return told !== null && !LONG_AGO.test(folded) && (condition === null || condition.index > told.index);
}

/** The writer tells what happened to them, rather than asking about the rule or telling of someone else. */
function tellsOwnEvent(folded: string): boolean {
  // An "if" inside what a caller said is the caller's condition, unless the message asks what to do;
  // a question after "jag blev hotad" asks what to do now.
  const told = toldBeforeAnyIf(folded);
  const asking = HYPOTHETICAL.test(folded) && !told && !(REPORTED_CALL.test(folded) && !QUESTION_FRAME.test(folded));
  if (asking || GENERAL_QUESTION.test(folded) || ABOUT_THREATS.test(folded) || TOLD_BY_OTHER.test(folded) || LONG_AGO.test(folded)) return false;
  if (SOMEONE_ELSE.test(folded) && !WRITER.test(folded)) return false;
  // "jobbmobilen borta": a phone said to be gone is something that happened.
  return FIRST_PERSON_OR_EVENT.test(folded) || EXCLAIMED_EVENT.test(folded) || PHONE_GONE.test(folded);
}

/**
 * Tells a first-person report ("jag har tappat jobbmobilen", "someone just threatened me") from a
 * question about the rule ("vad gör man om man blir hotad?") and returns its flow, if any. Works on
 * folded text (no å/ä/ö). `searchHint` is the flow of the topic the search found, so a report in
 * words we have no cue for ("han sa att han skulle ta mig") still counts when told in first person.
 */
export function reportIntent(typed: string, searchHint: string | null = null): string | null {
  const folded = withCueTypos(unquoted(typed));
  if (!tellsOwnEvent(folded)) return null;
  if (threatByPhone(folded, searchHint === 'phone-threat')) return 'phone-threat';
  const lost = phoneLost(folded);
  if (lost && PHONE.test(folded)) return 'lost-phone';
  // The search may know words we have no cue for, but a report still needs something that happened.
  if (searchHint === 'lost-phone') return lost ? searchHint : null;
  return searchHint === 'phone-threat' ? null : searchHint;
}

/**
 * The report flow whose situation a message speaks of, told or asked about ("om någon i luren säger att
 * de ska vänta på mig utanför jobbet, vad gör jag?"): the cue lists know threat and loss language better
 * than the search's synonyms. Works on folded text.
 */
export function reportSubject(typed: string): string | null {
  const folded = withCueTypos(unquoted(typed));
  if (threatByPhone(folded, false)) return 'phone-threat';
  return phoneLost(folded) && PHONE.test(folded) ? 'lost-phone' : null;
}

/** Loss words, not said of something else, unless the phone is named among the things taken. */
function phoneLost(folded: string): boolean {
  const loss = LOSS.test(folded) || LOSS_OF_PHONE.test(folded) || PHONE_GONE.test(folded);
  return loss && (!LOSS_OF_OTHER.test(folded) || ALSO_THE_PHONE.test(folded));
}

/**
 * A threat, by phone: a threat word, or a weaker one or fear after a call. With `searchFoundThreat`, also
 * something a caller said of the writer that the search took for the threat topic; not a rude caller,
 * nor a threat to complain ("She called and threatened to complain to my manager").
 */
function threatByPhone(folded: string, searchFoundThreat: boolean): boolean {
  const called = CALL.test(folded) && !NO_CALL.test(folded);
  // A threat in a mail, or face to face, is no threat by phone.
  const byPhone = !NO_CALL.test(folded) && !NOT_BY_PHONE.test(folded) && (called || (!IN_WRITING.test(folded) && !IN_PERSON.test(folded)));
  if (!byPhone || NEGATED_THREAT.test(folded) || JOKING.test(folded)) return false;
  if (STRONG_THREAT.test(folded) || ((WEAK_THREAT.test(folded) || FEAR.test(folded)) && called)) return true;
  const said = REPORTED_CALL.test(folded) && SAID_OF_WRITER.test(folded);
  return searchFoundThreat && (called || said) && (said || WEAK_THREAT.test(folded)) && !THREAT_OF_NO_HARM.test(folded);
}
