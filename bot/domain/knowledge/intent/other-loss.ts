import { PHONE } from './report-cues/loss';

/** Things people lose that are not the work phone: keys, cards, a computer, their own phone. */
const OTHER_THING = "(nyck(el|lar)\\w*|keys?|passerkort\\w*|tagg(en)?|badge|(bank|konto|betal|kredit|id|kor)-?kort\\w*|kort(et)?|(bank |credit |debit |id )?card|legitimation\\w*|planbok\\w*|wallet|dator\\w*|laptop\\w*|computer|surfplatta\\w*|ipad\\w*|cykel\\w*|cykeln|bike|vask(a|an)|bag|glasogon\\w*|glasses)";
const LOST = '(tappa\\w*|borttappa\\w*|forlora\\w*|stul\\w*|stal|snodd\\w*|borta|forsvunn\\w*|lost|lose|stolen|missing)';
const OTHER_LOST = new RegExp(`\\b${LOST}( \\w+){0,3} ${OTHER_THING}\\b|\\b${OTHER_THING}( \\w+){0,3} ${LOST}\\b`);
/** The writer's own phone, or a pupil's, is not the work phone the rule is about. */
const NOT_THE_WORK_PHONE = /\b(privata?|egen|egna|own|private|personal) (mobil|telefon|iphone|phone|mobile)\w*|\b(elev|elevens|elevs|barnets|brukarens|klientens|pupil'?s|student'?s|client'?s)( \w+)? (mobil|telefon|phone)\w*|\b(elev|barn|brukare|klient|patient|pupil|student|client)\w*( \w+){0,4} (sin|sitt|their|his|her) (mobil|telefon|iphone|phone)\w*/;
const WORK_PHONE = /\b(jobb|tjanste|kommun|arbets)\w*(mobil|telefon|lur)\w*|\bwork (phone|mobile)/;

/**
 * A loss told of something else than the work phone ("tappat nycklarna", "min privata mobil"): the
 * lost-phone rule does not answer it, however many of its words the message shares. Works on folded text.
 */
export function otherThingLost(folded: string): boolean {
  if (WORK_PHONE.test(folded)) return false;
  if (NOT_THE_WORK_PHONE.test(folded)) return true;
  return OTHER_LOST.test(folded) && !PHONE.test(folded);
}
