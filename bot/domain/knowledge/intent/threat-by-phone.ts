import { REPORTED_CALL, SAID_OF_WRITER } from './report-cues/telling';
import { CALL, CALL_NAMED, IN_PERSON, IN_WRITING, KNOWN_SPEAKER, NO_CALL, NOT_BY_PHONE, PHONE_MESSAGE, WRITER_CALLED_OUT } from './report-cues/channel';
import { HYPERBOLE, IT_THREAT, JOKING, NEGATED_THREAT, THREAT_OF_NO_HARM, THREATENED_SPECIES } from './report-cues/not-a-threat';
import { FEAR, STRONG_THREAT, WEAK_THREAT } from './report-cues/threat';

/**
 * A threat, by phone: a threat word, or a weaker one or fear after a call. With `searchFoundThreat`, also
 * something a caller said of the writer that the search took for the threat topic; not a rude caller,
 * nor a threat to complain ("She called and threatened to complain to my manager").
 */
export function threatByPhone(folded: string, searchFoundThreat: boolean): boolean {
  const phoned = CALL.test(folded) || PHONE_MESSAGE.test(folded);
  const noneCalled = noCall(folded);
  if (!byPhone(folded, phoned, noneCalled) || NEGATED_THREAT.test(folded) || JOKING.test(folded) || HYPERBOLE.test(folded) || IT_THREAT.test(folded) || THREATENED_SPECIES.test(folded)) return false;
  const called = phoned && !noneCalled;
  if (STRONG_THREAT.test(folded) || ((WEAK_THREAT.test(folded) || FEAR.test(folded)) && called)) return true;
  const said = REPORTED_CALL.test(folded) && SAID_OF_WRITER.test(folded) && !WRITER_CALLED_OUT.test(folded);
  return searchFoundThreat && (called || said) && (said || WEAK_THREAT.test(folded)) && !THREAT_OF_NO_HARM.test(folded);
}

/** Not in a mail, not face to face: a call or a text (`phoned`), or no channel named at all. */
function byPhone(folded: string, phoned: boolean, noneCalled: boolean): boolean {
  if (noneCalled || NOT_BY_PHONE.test(folded)) return false;
  return phoned || (!IN_WRITING.test(folded) && !IN_PERSON.test(folded) && !KNOWN_SPEAKER.test(folded));
}

/** "Ingen har ringt", unless the threat itself was told as a call ("hotade mig i telefon ... han har inte ringt än"). */
function noCall(folded: string): boolean {
  return NO_CALL.test(folded) && !CALL_NAMED.test(folded);
}
