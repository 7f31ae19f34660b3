/**
 * Situations people describe instead of naming a rule: "folk ringer mig om bygglov fast jag jobbar med
 * löner", "jag är ute hos brukare och hinner sällan svara", "kan jag boka padel med kommunmailen",
 * "måste jag fylla i kalendern fast jag sällan sitter vid datorn". A topic in the knowledge base claims one
 * with `situation:`; when the search is unsure, or answers another topic below `bands.situationOverride`,
 * the situation's words answer with that topic. Works on folded text.
 */
export const SITUATION_IDS = ['call-outside-my-area', 'cannot-take-calls', 'private-use-of-work-mail', 'calendar-duty', 'is-it-a-public-document', 'mailing-sensitive-information'] as const;
export type SituationId = (typeof SITUATION_IDS)[number];

/** A call that comes in about something: "folk ringer mig om bygglov", "a caller asked me about school places". */
const CALL_ABOUT = /\b(ringer|ringde|ringt|ringa|samtal\w*|uppringar\w*|caller\w*|called|calls|rang|phoned)\b.{0,80}\b(om|angaende|ang|fragar|fragade|fraga|fragor|vill|ville|about|asking|asked|question|belongs?)\b/;

/** The call is about something the writer does not work with. */
const NOT_MINE = new RegExp(
  [
    '\\b(fast|men|but|though|although) (jag|i|vi|we) (jobbar|arbetar|work|sitter) (ju |bara |only |just )?(med|pa|i|inom|vid|on|in|at|with|for)\\b',
    '\\b(fast|men|but|though|although) (jag|i|vi|we) (bara|ju|only|just) (jobbar|arbetar|work|stadar|diskar|lagar|kor|sitter)\\b',
    '\\b(fast|men|but|though) (jag|vi) (ar|e) (ju )?bara\\b|\\b(jag|vi) (ar|e) ju bara\\b',
    '\\binte (mitt|min|mina) (omrade|bord|ansvar\\w*|avdelning|jobb)\\b',
    '\\b(det|den|dom|de) (ar |e )?(ju )?inte vart\\b',
    '\\bnot (my|our) (area|department|job|unit|thing)\\b',
    '\\bnothing to do with (me|us|my|our)\\b',
    '\\b(ingen|inte nan|ingen som helst) aning om (sant|sadant|det|sana|detta)\\b',
    '\\begentligen (har|hade) (en )?fraga till\\b|\\begentligen (ska|skulle|borde) (till|prata med|ringa)\\b',
    '\\bska ju till\\b',
    '\\b(har |hade )?(ringt|ringer|ringde|kommit) fel\\b(?! (nummer|i )\\b)',
    '\\b(belongs?|belonging) to (a |an )?(completely )?(another|different|other) (department|unit|office|authority|administration)\\b',
    '\\bhar (inte|ej) hand om\\b',
    '\\bhar (ingenting|inget) med (det|oss|mig|saken) att gora\\b',
  ].join('|'),
);

/** The phone or its calls named: the writer cannot answer *them*. */
const PHONE_OR_CALL = /\b(ring\w*|samtal\w*|uppringar\w*|telefon\w*|mobil\w*|luren|call\w*|phon\w*|rang)\b/;
/** The writer cannot answer the phone when it rings. */
const CANNOT_ANSWER = new RegExp(
  [
    '\\b(kan|hinner|hann|hinna|klarar) (jag |vi |man )?(inte|sallan|aldrig|knappt)( alltid)? (svara|ta (samtal\\w*|telefon\\w*|det|dem|dom|alla samtal)|plocka upp|lyfta)\\b',
    '\\bmissar (\\w+ )?samtal\\w*',
    '\\b(det|den|telefon\\w*|mobil\\w*|samtal\\w*) (bara )?(ringer|tutar) (bara )?(fram|ut)\\b',
    '\\blat\\w* (\\w+ ){0,2}ringa (fram|ut)\\b',
    '\\bingen (som )?(svarar|hinner svara)\\b',
    '\\bhor (aldrig|inte) (telefon\\w*|nar det ringer)\\b',
    "\\bcan'?t (answer|pick up|take (the )?(calls?|phone))\\b",
    '\\b(cannot|can not) (answer|pick up|take calls)\\b',
    '\\bmissing (calls|the phone)\\b',
    '\\brings? out\\b',
  ].join('|'),
);
/**
 * "hinner inte svara på alla mejl" is about mail; "kan inte svara, den är trasig" and "utan kod" about the
 * phone itself; "kan inte svara på frågor om bygglov" about not knowing; "ingen svarar när jag ringer IT" about
 * someone else's phone.
 */
const NOT_THE_CALLS = /\b(mejl\w*|mail\w*|e-?post\w*|email\w*|kod\w*|pin\w*|tackning\w*|trasig\w*|sonder|batteri\w*|battery|dead|skarm\w*|headset\w*|ljud\w*|volym\w*|ladda\w*|broken|coverage|signal\w*|blockera\w*)\b/;

/** The work address named as such: "jobbmejlen", "min kommunadress", "mejladressen från jobbet". */
const WORK_ADDRESS = '(jobbmejl\\w*|jobbmail\\w*|jobbemail\\w*|kommunmejl\\w*|kommunmail\\w*|kommunadress\\w*|jobbadress\\w*|tjanstemejl\\w*|tjanstemail\\w*|arbetsmejl\\w*|(mejl|mail|e-?post)adress\\w* (fran|pa) jobbet|work (e-?mail|address)|(municipal|council) (e-?mail|address))';
/** The address given or used for something: "med kommunmailen", "ge tandläkaren min jobbmail", "ha min kommunadress som inloggning". */
const ADDRESS_USED = new RegExp(`\\b(med|som|ge|ger|uppge|uppger|skriva|skriver|ha|har|anvanda|anvander|till|fran|use|using|give|with|from)( \\w+)? (min |mitt |mina |var |my |our |the )?${WORK_ADDRESS}\\b`);
/** Something of one's own life the address would serve: an account, a booking, a club, a trip. */
const PRIVATE_USE = /\b(privat\w*|registrera mig (pa|hos)|(som|till) inloggning|(skapa|gora|oppna) (ett )?konto|(create|make|open) (an )?account|sign up for|bestalla|bestaller|handla|prenumer\w*|nyhetsbrev|newsletter|(min|mitt|mina|my|our|var|vart) \w*(forening\w*|klubb\w*|club)|gym\w*|facebook|spotify|instagram|netflix|tiktok|linkedin|tandlakar\w*|dentist|semesterresa|lopp|padel|dotter|dottern|(min|mina|my) (familj\w*|family|slakt\w*|relatives|friends|vanner)|salja|saljer|lotter|webbshop\w*|shopping|shop)\b/;
/** The work mail on one's own phone or computer is a question of setup, which the guideline does not cover. */
const DEVICE = /\b(\w*mobil\w*|\w*telefon\w*|phone|dator\w*|computer|laptop|ipad|surfplatta\w*|app|appen|appar)\b/;

const CALENDAR = /\b(\w*kalender\w*|calendar\w*)\b/;
const DUTY = /\b(maste|krav\w*|galler|behover|must|have to|required|rule|obligator\w*|verkligen)\b/;
/**
 * Sharing, keeping or mending a calendar is an Outlook how-to; SAM, GFD, absence and the phone are the
 * absence rules'; registration and public access are rules of their own.
 */
const NOT_THE_DUTY = /\b(synk\w*|sync\w*|starta om|restart|(fungerar|funkar|works?|working) (inte|not)|kranglar|syns inte|spara|sparas|radera\w*|gallra\w*|arkiv\w*|dela\w*|share\w*|behorighet\w*|permission\w*|sam|sem|gfd|tja|semester\w*|franvar\w*|sjuk\w*|out of office|vacation|holiday\w*|leave|sick|diarie\w*|registrer\w*|register\w*|public|offentlig\w*|allman\w*|sekretess\w*|kanslig\w*|kod|pin\w*|\w*mobil\w*|\w*telefon\w*|samtal\w*|hanvisning\w*|phone|calls?)\b/;

/** "Blir ett sms från en medborgare en allmän handling?", "is an email I write a public document?" */
const PUBLIC_DOCUMENT = /\b(ar|blir|bli|raknas|racknas)\b.{0,100}\b(en|som) allman handling\b|\ballman redan\b|\b(is|does|counts? as|become)\b.{0,100}\ba public (document|record)\b/;
/** Registering, keeping or handing out a public document are rules (or questions) of their own. */
const NOT_WHETHER_PUBLIC = /\b(registrer\w*|diarie\w*|spara\w*|sparas|gallr\w*|lamna ut|lamnas ut|begara ut|kopi\w*|kosta\w*|register\w*|kept|keep|hand out|request)\b/;

/** Asking whether to send something by mail: "kan jag mejla", "skicka ... med vanlig e-post", "is it ok to email". */
const SEND_BY_MAIL = /\b(kan|kunde|far|fick|ska|skulle|maste|bor|behover|ok|okej|lugnt|bra) (jag |man |vi )?(att )?(bara )?(mejla|maila|e-?maila|skicka)\b|\b(skicka\w*|send\w*)\b.{0,80}\b(med|pa|via|over|per|by) (vanlig |vanliga )?(mejl|mail|e-?post|epost|email)\b|\bracker det med (vanlig )?(e-?post|mejl|mail)\b|\b(can|may|should) (i|we) (just )?(e-?mail|send)\b|\bok(ay)? to (e-?mail|send)\b/;
/** Information the guideline would not have sent by ordinary mail: health, case files, protected objects. */
const SENSITIVE = /\b(journal(anteckning\w*|en|er|erna|uppgift\w*|kopi\w*)?|lakarintyg\w*|lakarutlatande\w*|diagnos\w*|medicin\w*|halsouppgift\w*|halsotillstand\w*|socialakt\w*|akt(en)?|utredning(en)? om|kanslig\w*|sekretess\w*|konfidentiell\w*|confidential|sensitive|personnummer\w*|skyddad\w*|skyddsobjekt\w*|affarshemlig\w*|vardplan\w*|allergi\w*|specialkost\w*|intyg\w*|utlatande\w*|elevuppgift\w*|patient\w*|medical (records?|information|data|report\w*)|health (data|information|records?)|social services report|case file)\b/;

const NOT_THE_WRITERS_CALLS = /\binte svara pa (fragor|fragan|det|den|dom|dem|allt)\b|\b(something|question\w*|that|what) (i|we) (can'?t|cannot|can not) answer\b|\bingen (som )?svarar (nar|naer) (jag|vi) ringer\b/;

export function situationOf(typed: string): SituationId | null {
  const folded = typed.replace(/’/g, "'");
  if (PHONE_OR_CALL.test(folded) && CANNOT_ANSWER.test(folded) && !NOT_THE_CALLS.test(folded) && !NOT_THE_WRITERS_CALLS.test(folded)) return 'cannot-take-calls';
  if (CALL_ABOUT.test(folded) && NOT_MINE.test(folded)) return 'call-outside-my-area';
  if (SEND_BY_MAIL.test(folded) && SENSITIVE.test(folded)) return 'mailing-sensitive-information';
  if (ADDRESS_USED.test(folded) && PRIVATE_USE.test(folded) && !DEVICE.test(folded)) return 'private-use-of-work-mail';
  if (PUBLIC_DOCUMENT.test(folded) && !NOT_WHETHER_PUBLIC.test(folded)) return 'is-it-a-public-document';
  if (CALENDAR.test(folded) && DUTY.test(folded) && !NOT_THE_DUTY.test(folded)) return 'calendar-duty';
  return null;
}
