import { cueText } from './cue-text';
import { tellsOwnEvent } from './own-event';
import { phoneLost } from './phone-lost';
import { CALL } from './report-cues/channel';
import { STRONG_THREAT } from './report-cues/threat';
import { threatByPhone } from './threat-by-phone';

/**
 * Tells a first-person report ("jag har tappat jobbmobilen", "someone just threatened me") from a
 * question about the rule ("vad gör man om man blir hotad?") and returns its flow, if any. Works on
 * folded text (no å/ä/ö). `searchHint` is the flow of the topic the search found, so a report in
 * words we have no cue for ("han sa att han skulle ta mig") still counts when told in first person.
 */
export function reportIntent(typed: string, searchHint: string | null = null): string | null {
  const folded = cueText(typed);
  if (!tellsOwnEvent(folded)) return null;
  // The search knows the phone by a misspelt name too ("tjänstetelefnen").
  const lost = phoneLost(folded, searchHint === 'lost-phone');
  // A loss told with fear ("jag är helt skakad"), or a robbery with a knife but no call, is a loss.
  if (lost && (!STRONG_THREAT.test(folded) || !CALL.test(folded))) return 'lost-phone';
  if (threatByPhone(folded, searchHint === 'phone-threat')) return 'phone-threat';
  if (lost) return 'lost-phone';
  // The search may know words we have no cue for, but these two flows need something that happened.
  return searchHint === 'lost-phone' || searchHint === 'phone-threat' ? null : searchHint;
}

/**
 * The report flow whose situation a message speaks of, told or asked about ("om någon i luren säger att
 * de ska vänta på mig utanför jobbet, vad gör jag?"): the cue lists know threat and loss language better
 * than the search's synonyms. Works on folded text.
 */
export function reportSubject(typed: string): string | null {
  const folded = cueText(typed);
  if (threatByPhone(folded, false)) return 'phone-threat';
  return phoneLost(folded) ? 'lost-phone' : null;
}
