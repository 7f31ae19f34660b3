/**
 * Situations people describe instead of naming a rule: "folk ringer mig om bygglov fast jag jobbar med
 * löner", "jag är ute hos brukare och hinner sällan svara", "kan jag boka padel med kommunmailen",
 * "måste jag fylla i kalendern fast jag sällan sitter vid datorn". A topic in the knowledge base claims one
 * with `situation:`; when the search is unsure, or answers another topic below `bands.situationOverride`,
 * the situation's words answer with that topic. Works on folded text.
 */
export const SITUATION_IDS = ['call-outside-my-area', 'cannot-take-calls', 'private-use-of-work-mail', 'calendar-duty', 'is-it-a-public-document', 'mailing-sensitive-information'] as const;
export type SituationId = (typeof SITUATION_IDS)[number];

const CALL = /\b(ring\w*|samtal\w*|uppringar\w*|telefon\w*|call\w*|phon\w*|rang)\b/;

/** The call is about something the writer does not work with. */
const NOT_MINE = new RegExp(
  [
    '\\b(fast|men|but|though|although) (jag|i|vi|we) (jobbar|arbetar|work|sitter) (ju |bara |only |just )?(med|pa|i|inom|vid|on|in|at|with|for)\\b',
    '\\b(fast|men|but|though|although) (jag|i|vi|we) (bara|ju|only|just) (jobbar|arbetar|work|ar|stadar|diskar|lagar|kor|sitter|am)\\b',
    '\\binte (mitt|vart|min|vara|var|mina) (omrade|bord|ansvar\\w*|avdelning|jobb|grej|sak)\\b',
    '\\binte (ar )?vart\\b',
    '\\bnot (my|our) (area|department|job|unit|thing)\\b',
    '\\bnothing to do with (me|us|my|our)\\b',
    '\\b(ingen|inte nan|ingen som helst) aning\\b',
    '\\b(hor|tillhor) (egentligen )?(till|hemma (hos|pa))\\b',
    '\\begentligen (ska|skulle|borde|har|hor|vill|ville)\\b',
    '\\bska ju till\\b',
    '\\b(har |hade )?(ringt|ringer|ringde|kommit) fel\\b(?! (nummer|i )\\b)',
    '\\b(jag|vi) (ar|e) ju bara\\b|\\b(men|fast) (jag|vi) (ar|e) (ju )?bara\\b',
    '\\b(another|different|other|wrong) (department|unit|office|authority|administration)\\b',
    '\\bfel (avdelning|forvaltning|enhet|stalle)\\b',
    '\\b(annan|andra) (forvaltning|avdelning|enhet|myndighet)\\b',
    '\\bhar (inte|ej) hand om\\b',
    '\\bhar (ingenting|inget) med (det|oss|mig|saken) att gora\\b',
  ].join('|'),
);

/** The writer cannot answer the phone when it rings. */
const CANNOT_ANSWER = new RegExp(
  [
    '\\b(kan|hinner|hann|hinna|klarar) (jag |vi |man )?(inte|sallan|aldrig|knappt)( alltid)? (svara|ta (samtal\\w*|telefon\\w*|det|dem|dom|alla samtal)|plocka upp|lyfta)\\b',
    '\\bmissar (\\w+ )?samtal\\w*',
    '\\b(det|den|telefon\\w*|mobil\\w*|samtal\\w*) (bara )?(ringer|tutar|gar) (bara )?(fram|ut)\\b',
    '\\blat\\w* (\\w+ ){0,2}ringa (fram|ut)\\b',
    '\\bingen (som )?(svarar|hinner svara)\\b',
    '\\bhor (aldrig|inte) (telefon\\w*|nar det ringer)\\b',
    "\\bcan'?t (answer|pick up|take (the )?(calls?|phone))\\b",
    '\\bcannot (answer|pick up|take calls)\\b',
    '\\bmissing (calls|the phone)\\b',
    '\\brings? out\\b',
  ].join('|'),
);
/** "hinner inte svara på alla mejl" is about mail; "kan inte svara, den är trasig" about the phone itself. */
const NOT_THE_CALLS = /\b(mejl\w*|mail\w*|e-?post\w*|email\w*|tackning\w*|trasig\w*|sonder|batteri\w*|battery|dead|skarm\w*|headset\w*|ljud\w*|volym\w*|ladda\w*|broken|coverage|signal\w*|blockera\w*)\b/;

/** The work address named as such: "jobbmejlen", "min kommunadress", "mejladressen från jobbet". */
const WORK_ADDRESS = /\b(jobbmejl\w*|jobbmail\w*|jobbemail\w*|kommunmejl\w*|kommunmail\w*|kommunadress\w*|jobbadress\w*|tjanstemejl\w*|tjanstemail\w*|arbetsmejl\w*|(mejl|mail|e-?post)adress\w* (fran|pa) jobbet|work (e-?mail|address)|(municipal|council) (e-?mail|address))\b/;
/** Something of one's own life the address would serve: an account, a booking, a club, the family. */
const PRIVATE_USE = /\b(privat\w*|registrera mig|skriva upp mig|skriver upp mig|anmala mig|(som|till) inloggning|(skapa|gora|oppna) (ett )?konto|(create|make|open) (an )?account|sign up|signing up|boka|bokar|book|booking|bestalla|bestaller|handla|kopa|prenumer\w*|nyhetsbrev|newsletter|forening\w*|klubb\w*|club|gym\w*|facebook|spotify|instagram|netflix|tiktok|linkedin|tandlakar\w*|dentist|semesterresa|resa|trip|lopp|dotter|dottern|son|sonen|barn\w*|kids|family|familj\w*|personal|salja|saljer|lotter|webbshop\w*|shopping|shop)\b/;
/** The work mail on one's own phone or computer is a question of setup, which the guideline does not cover. */
const DEVICE = /\b(\w*mobil\w*|\w*telefon\w*|phone|dator\w*|computer|laptop|ipad|surfplatta\w*|app|appen|appar)\b/;

const CALENDAR = /\b(\w*kalender\w*|calendar\w*)\b/;
const DUTY = /\b(maste|krav\w*|galler|behover|must|have to|required|rule|obligator\w*|verkligen)\b/;
/** Sharing, keeping or mending a calendar is an Outlook how-to; SAM and the phone are the absence rule's. */
const NOT_THE_DUTY = /\b(synk\w*|sync\w*|starta om|restart|(fungerar|funkar|works?|working) (inte|not)|kranglar|syns inte|spara|sparas|radera\w*|gallra\w*|arkiv\w*|dela\w*|share\w*|behorighet\w*|permission\w*|sam|sem|\w*telefon\w*|samtal\w*|hanvisning\w*|phone|calls?)\b/;

/** "Blir ett sms från en medborgare en allmän handling?", "is an email I write a public document?" */
const PUBLIC_DOCUMENT = /\b(ar|blir|bli|raknas|racknas)\b.{0,100}\b(en|som) allman handling\b|\ballman redan\b|\b(is|does|counts? as|become)\b.{0,100}\ba public (document|record)\b/;

/** Sending something by mail: "mejla", "maila", "skicka ... med vanlig e-post", "räcker det med e-post". */
const SEND_BY_MAIL = /\b(mejla|mejlar|maila|mailar|e-?maila|email)\b|\b(skicka\w*|send\w*)\b.{0,80}\b(med|pa|via|over|per|by) (vanlig |vanliga )?(mejl|mail|e-?post|epost|email)\b|\bracker det med (vanlig )?(e-?post|mejl|mail)\b/;
/** Information the guideline would not have sent by ordinary mail: health, case files, protected objects. */
const SENSITIVE = /\b(journal\w*|lakar\w*|diagnos\w*|medicin\w*|halso\w*|socialakt\w*|akt(en)?|utredning(en)? om|kanslig\w*|sekretess\w*|konfidentiell\w*|confidential|sensitive|personnummer\w*|skyddad\w*|skyddsobjekt\w*|affarshemlig\w*|vardplan\w*|allergi\w*|specialkost\w*|intyg\w*|utlatande\w*|elevuppgift\w*|patient\w*|medical|health|social services report|case file)\b/;

export function situationOf(folded: string): SituationId | null {
  if (CALL.test(folded) && NOT_MINE.test(folded)) return 'call-outside-my-area';
  if (CALL.test(folded) && CANNOT_ANSWER.test(folded) && !NOT_THE_CALLS.test(folded)) return 'cannot-take-calls';
  if (WORK_ADDRESS.test(folded) && PRIVATE_USE.test(folded) && !DEVICE.test(folded)) return 'private-use-of-work-mail';
  if (CALENDAR.test(folded) && DUTY.test(folded) && !NOT_THE_DUTY.test(folded)) return 'calendar-duty';
  if (PUBLIC_DOCUMENT.test(folded)) return 'is-it-a-public-document';
  if (SEND_BY_MAIL.test(folded) && SENSITIVE.test(folded)) return 'mailing-sensitive-information';
  return null;
}
