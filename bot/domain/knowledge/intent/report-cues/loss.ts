import { anyOf } from './any-of';

/** The phone in any of its names: jobbmobilen, tjänstetelefon, lur, work phone. */
// Not the genitive ("jobbmobilens laddare"): that is something of the phone.
export const PHONE_WORD = "\\w*(mobb?il|tel\\w{0,2}fon|phone)(en|er|erna|e|es)?(?!s\\b)|\\w*phones|(jobb|tjanste|kommun|arbets)?lur(en)?|\\w*mobben|\\w*mobbis(en)?|cell";
export const PHONE = anyOf([PHONE_WORD, 'iphone']);
/** Words that are a loss whatever they are said of; the phone must be named somewhere. */
export const LOSS = anyOf([
  // "tapat": the double p is often lost in a hurry.
  'tapp?a(t|de|r)?',
  'borttappa\\w*',
  'forlora(t|de|d)',
  'forlorad',
  'slarva(t|de)? bort',
  'stul(en|it|na)',
  'bestulen',
  'bestals',
  'ranad',
  'ranade',
  'stold',
  'snott?',
  'snodd',
  'snodde',
  'snor',
  'norpat',
  'knyckt',
  'knyckte',
  '(blivit|blev|bli) av med',
  'forsvunn\\w*',
  // "försvan": the double n is often lost in a hurry.
  'forsvann?(?! inte\\b)',
  'lost',
  'lose',
  'stolen',
  'stole',
  'kommit bort',
  'nicked',
  'misplaced',
  // Not handed in to lost property: the owner has looked for it.
  'inte (blivit )?inlamnad',
  'inbrott',
  'forkommit|forkommen',
  'tagit vagen',
  'disappeared|vanished|snatched',
  '(?<!\\bnumber )(was|got|been|has been) (taken|swiped|pinched)(?! (up|off|over|by someone else)\\b)',
  '(ar|e|blev) vack',
  'forlagt|forlade',
  'saknat den|saknar den|har saknat',
  '(nagon|nan|han|hon|de|dom|tjuven|someone) stal',
  'brot sig in',
  // "bilen bröts upp i natt": broken into.
  '(brots|har brutits) upp|uppbrut(en|et|na)|(nagon|nan|tjuven|tjuvar|de|dom|someone) (har )?(brutit|brot) upp',
  'broke into',
  'break-in',
  'robbed',
  '(ramlade|trillade|foll|har ramlat|har trillat|(har|hade) (den|hon) (ramlat|trillat)) (ur|ner i|i)',
  '(fell|dropped) (out of|into|in the)',
  '(has )?(gone|went) missing',
  "(it'?s|it is|it has) (gone|missing)",
  '(blev|ar) kvar i (en |min )?(taxi\\w*|buss\\w*|tag\\w*|tunnelbana\\w*)',
  'slipped out( of)?',
  '(var|fanns) den inte (dar|kvar)|(ar|var) den borta|(ar|e) den (inte|int) (dar|kvar)|(var|fanns|lag) den (inte|int) i\\b',
  '(har )?(inte|int) hittat den\\b',
  'glomdes kvar|kvarglomd|(glomd|blev kvar) pa (taget|bussen|flyget|planet|taxin|motet)',
  // Also in a compound: "hamnbassängen", "insjön"; not "åkte ner i hamnen" (drove down to the harbour).
  '(akte|foll|ramlade|trillade|slank|tappade den) (ner )?i (\\w*(vattnet|sjon|havet|alven|brunnen|toaletten|bassangen)|an)\\b|ligger pa botten|(fell|dropped) (\\w+ )?into the (\\w+ )?(water|lake|sea|harbou?r|river|canal|toilet)\\b',
  'den (ar|var|fanns) (helt |alldeles |bara |alltsa )?(borta|inte (dar|kvar))',
  '(inte|int) finns (dar|kvar)',
  'finns inte (dar|kvar)',
  // Searched for in vain: "nowhere to be found", "finns ingenstans".
  'nowhere to be found|finns ingenstans|som bortblast',
]);
/** Words that are a loss only when the phone is what they are said of ("tog telefonen", not "tog samtalet"). */
const NOT_THE_PHONE = "(?! ?('s|call|samtal|number|nummer|numret))";
/** Left where the writer knows it is: at home, on someone's desk. */
const KNOWN_PLACE = '(hemma(?! hos)|at home|pa kontoret|at the office|(on|at|in) (your|my|his|her|the) (desk|office)|pa (ditt |mitt |hans |hennes )?skrivbord\\w*|hos (dig|mig|honom|henne)|(till|hos|with|to) (it|\\w*support|reparation|service|chefen|receptionen|the helpdesk|repair))';
/** "i mobilen", "on my phone": something in the phone, not the phone. */
const NOT_INSIDE = '(?<!\\b(i|pa|in|on|from|fran|till|to|for) (min |mitt |my |the )?)';
export const LOSS_OF_PHONE = new RegExp(
  // Taken by someone else, not by the writer ("jag tog mobilen och ringde").
  `(?<!\\b(jag|i|vi|we) )\\b(tagit|tog|took|taken|grabbed|swiped|snott|snodde)(?! (med|jag|vi|off|up|over)\\b) (\\w+ ){0,3}?${NOT_INSIDE}(${PHONE_WORD})\\b${NOT_THE_PHONE}` +
    `|\\b\\w+ stal (min |mitt |kommunens )?(${PHONE_WORD})\\b` +
    // Forgotten or left: the phone right after the verb ("glömde jobbmobilen", not "glömde ladda mobilen").
    `|\\b(glomt?|glomde|left|forgot|lamnade|lamnat)( kvar)? (min |mitt |kommunens |my |the |our )?(work |council |company |nya |gamla )?(${PHONE_WORD})\\b${NOT_THE_PHONE}(?! ${KNOWN_PLACE})` +
    // Not found where a list is kept: "hittar inte min jobbmobil i företagsportalen".
    `|\\b(hittar (jag )?(inte|int)|(inte|int|aldrig) (kunnat )?hittat?|inte sett|letat( efter)?|letar efter|kan inte hitta|can'?t find|can not find|cannot find) (\\w+ ){0,3}?${NOT_INSIDE}(${PHONE_WORD})\\b${NOT_THE_PHONE}(?! i (\\w*portal\\w*|listan|appen|systemet|teams|outlook|intune)\\b)` +
    // The phone first, as one tells it: "jobbtelefonen glömde jag på bussen".
    `|\\b(${PHONE_WORD}) (\\w+ ){0,2}?(glomde|glomt|lamnade|lamnat) (jag|vi)( kvar)?\\b(?! att)` +
    // Found not to be where it should: "märkte att mobilen jag har från kommunen inte låg i väskan".
    `|\\b(${PHONE_WORD}) (\\w+ ){0,5}?(inte|int) (lag|fanns|var) (kvar )?(i|pa|bland)\\b` +
    `|\\b(${PHONE_WORD}) (\\w+ ){0,3}?(ar|e) (inte|int) (har|kvar)\\b` +
    `|\\b(${PHONE_WORD}) (har jag|har vi) (inte|int) sett\\b` +
    `|\\b(${PHONE_WORD}) (\\w+ ){0,2}?(gar inte att hitta|cannot be found|can'?t be found)\\b` +
    // The phone, then not found: "arbetstelefonen blev kvar i taxin, de hittar den inte"; not a setting "i mobilen".
    `|${NOT_INSIDE}\\b(${PHONE_WORD})\\b[^.?!]{0,60}\\b((hittar|hittade|hittat) (jag |vi |de |dom )?den (inte|int)|can'?t find it|cannot find it)\\b` +
    `|\\b(been )?looking for (it|my|the)\\b`,
);
/** A loss said of something else than the phone itself: "tappat laddaren till mobilen", "lost my temper on the phone". */
export const LOSS_OF_OTHER = new RegExp(
  [
    '\\b(tappa\\w*|forlora\\w*|glomt?|glomde|lost|lose|(blev|blivit) av med|tog|took|left)( \\w+)?( bort)?( (min|mitt|mina|my|the|our|en|ett))? (passerkort\\w*|nyckel\\w*|nycklar|keys|badge|planbok\\w*|wallet|laddare\\w*|laddarn|kod\\w*|\\w+-(kod|nummer)\\w*|pinkod\\w*|losenord\\w*|sim\\w*|password|passcode|charger|temper|talamod\\w*|track|tackning\\w*|uppkoppling\\w*|line|nummer\\w*|number|samtal\\w*|signal\\w*|jobbet|mig|trad\\w*|rost\\w*|kontakt\\w*|connection|voice|contacts|tid)\\b',
    // Broken, or back again: "tappade mobilen i golvet och skärmen sprack", "men jag tog upp den direkt".
    // Broken, not lost ("borta, inte bara trasig" is lost); almost lost is not lost.
    '\\bholl pa att|\\b(nearly|almost) (lost|dropped)|\\b(raddade|saved) (den|it)\\b',
    '\\bskarm\\w* (ar |blev |har )?(sprack|sprucken|spruckit|trasig|krossad|svart|dod)\\b|\\b(reagerar|svarar) inte (skarm\\w*|den)|\\b(skarm\\w*|den|mobilen|telefonen) (reagerar|startar|fungerar|funkar) inte\\b|\\b(tappar|tappade|tappat)( hela tiden)? [\\w-]*(uppkoppling\\w*|tackning\\w*|signal\\w*|wifi\\w*|natet|kod\\w*)\\b|(?<!\\binte (bara )?)\\b(sprucken|sprack|trasig\\w*|broken|cracked|(den|it) (fungerar|funkar|works)(?! (inte|not)\\b)|still works|(tog|plockade) upp den|picked it up)\\b',
    // Found again, unless not: "the cab company hasn't found it".
    "(?<!\\b(hasn'?t|has not|haven'?t|have not|didn'?t|did not|not|inte|ej|aldrig|never|nobody|no one|ingen)( has| har)? )\\b(hittade den|hittades|har hittats|found it|was found|turned up)\\b(?! (inte|aldrig)\\b)",
    // Something else that vanished: "mejlet försvann", "ljudet i mobilen är borta".
    '\\b(mejl\\w*|mail\\w*|kalender\\w*|ljud\\w*|\\w*signal\\w*|ikon\\w*|app\\w*|installning\\w*|kontakter\\w*|sms\\w*|samtal\\w*|logg\\w*|rostbrevlad\\w*|tonen|teams\\w*|sound|icon|app|calendar|contacts|messages|voicemail|greeting|call|calls)( \\w+){0,3} (forsvann|forsvunnit|ar borta|is gone|disappeared|vanished|har tagit vagen|tagit vagen)\\b',
    '\\b(forsvann|disappeared|vanished) (alla |all )?(mina |my )?(samtal|kontakter|sms|meddelanden|contacts|messages|calls|appar|apps)\\b',
    // Given back, or kept: "sen gav han tillbaka den", "jag har mobilen kvar".
    "\\b(gav (han |hon |hen )?tillbaka|gave it back|fick tillbaka den|got it back|(har|have) (\\w+ )?(mobil\\w*|telefon\\w*|phone) kvar|still have (my|the) phone)\\b",
    // The phone named as safe: "men mobilen hade jag i fickan", "mobilerna var inlåsta och finns kvar".
    '\\w*(mobil|telefon|phone)\\w*( \\w+){0,4}(?<!\\b(inte|int|ej|not)) (hade jag|klarade sig|finns kvar|ar kvar|is fine|is safe|was safe)\\b|\\b(har|have) kvar (min |mitt )?\\w*(mobil|telefon)|\\b(har|have) (min |mitt )?\\w*(mobil|telefon)\\w* kvar',
    // Someone else's phone, found: "jag hittade en borttappad telefon på parkeringen".
    "\\b(hittade|hittat|found) (en|ett|a|nagons|someone'?s)\\b",
    // Found after all: "trodde jag tappat mobilen men den låg i jackan".
    '\\bmen den (lag|var|fanns)\\b(?! (inte|int)\\b)|\\bbut it was\\b|\\bden lag (under|bakom)\\b|\\b(nej vanta|no wait|never mind)\\b',
    // Something else taken: "min dator är stulen, kan jag jobba från mobilen?"
    '\\b(dator\\w*|computer|laptop|passerkort\\w*|planbok\\w*|wallet|nycklar|keys|cykel\\w*|bike)( \\w+)? (ar|blev|was|is|got|har blivit) (stulen|stulna|borta|tappad|lost|stolen|gone)\\b',
    '\\b(ringa|ringer|samtal|anvanda|surfa|roaming|call|calls|use)( \\w+){0,3} (utomlands|abroad)\\b|\\b(on silent|ljudlos\\w*)\\b',
    // Taken along, not taken away: "jag tog mobilen med mig på semestern".
    '\\b(tog|tar|tagit|took|take|taken)( \\w+){0,3} (med mig|with me)\\b(?![^.]*\\b(stulen|stulna|snodd|stolen|borta|forsvann|tappade|lost)\\b)',
    // Forgotten at home is not lost: "glömde mobilen hemma".
    '\\b(glomt?|glomde|lamnat|lamnade|left)( \\w+){0,3} (hemma(?! hos)|at home)\\b',
    // An accessory lost: "a spare charger for the work phones? I lost mine."
    '\\b(charger|laddare\\w*|horlurar\\w*|headphones|headset|skalet|skydd\\w*|(?<!\\bin )case)\\b.*\\b(lost|tappat|tappade|forlorat) (mine|min|dem|them)\\b',
    // Something belonging to the phone: "hörlurarna till jobbmobilen är borta".
    `\\b\\w*(laddare|laddaren|laddarn|horlurar|horlurarna|skal|skalet|skarmskydd\\w*|fodral|fodralet|sladd|sladden|charger|headphones|earphones|case|cable) (till|for|to) (min |mitt |my |the )?(${PHONE_WORD})\\b`,
    // Someone's own phone, not the work phone: "min privata mobil blev stulen".
    '\\b(privata?|personliga|egen|egna|private|personal|own) (mobil|telefon|phone)|\\b(min|mitt) privata\\b',
    // Someone else's phone by a genitive: "brukarens mobil" ("kommunens mobil" is the work phone).
    // A workplace's phone is a work phone: "gårdens mobil", "avdelningens telefon".
    '\\b(?!(kommunens|jobbets|forvaltningens|enhetens|verksamhetens|avdelningens|gruppens|teamets|kontorets|arbetslagets|boendets|bibliotekets|mottagningens|receptionens|expeditionens|\\w*skolans|\\w*gardens|\\w*tjanstens)\\b)\\w+(ens|ns|ars) (mobil|telefon|phone)\\b',
    // Dropped onto a hard floor: broken maybe, not lost.
    '\\b(tapp\\w*|trillade|ramlade|foll|dropped)( \\w+){0,2} (i|pa|mot|on|onto) (golvet|backen|marken|asfalten|trappan|gatan|stengolvet|the floor|the ground)\\b|\\b(fungerar|funkar|works) fortfarande\\b',
    // Someone else's own phone: "my daughter lost her phone" ("her work phone" is still a work phone).
    "\\b(her|his|their|hennes|hans|deras|sin|sitt) (phone|mobile|cell|mobil|telefon|iphone)\\b|\\b(sister|brother|mum|mom|dad|friend|wife|husband|son|daughter|partner)'s (phone|mobile|cell)\\b",
    // Said not to be lost: "It's not lost, just broken."
    "\\b(not|inte|isn'?t|ar inte) (lost|borta|stulen|stolen|tappad|borttappad)\\b(?![^.]*\\b(stulen|stolen|snodd|borta)\\b)",
  ].join('|'),
);

/** The work phone itself said to be lost or stolen: no other thing named beside it can undo that. */
export const WORK_PHONE_LOST = /\b\w*(jobb|tjanste|arbets|kommun)\w*(mobil|telefon)\w* (blev|har blivit|ar|e) (stulen|stulna|snodd|borta|forsvunnen|borttappad)\b|\boch \w*(jobb|tjanste|arbets|kommun)\w*(mobil|telefon)\w* ocksa\b|\bmy work (phone|mobile) (was|got|has been) (stolen|lost|taken)\b/;

/** A misspelt name of the phone ("tjänstetelefnen", "mobll"), for when the search has already found the loss topic. */
export const PHONE_FUZZY = /\b(?!\w*(telefoni|num))\w*(te?l\w{0,3}f\w{0,2}n|mo\w?b+\w?l+)\w*\b/;

/** The phone named among other things taken: "de tog plånboken och jobbtelefonen". */
export const ALSO_THE_PHONE = new RegExp(`(?<!\\b(jag|i|vi|we) )\\b(tog|took|stal|stole|snodde|knyckte)(?! (jag|vi)\\b)( \\w+){1,3} (och|and) (min |mitt |my |the )?(${PHONE_WORD})\\b`);

/** "borta" and "missing" are a loss only when it is the phone that is gone ("medan jag är borta" is not). */
export const PHONE_GONE = new RegExp(`${NOT_INSIDE}\\b(${PHONE_WORD})(( \\w+){0,2} (ar|e|is|har varit|has been|has gone|went|verkar vara|seems))?( \\w+)? (borta(?! (for|pa) (reparation|service|lagning)\\b)|missing|saknas(?! (i|pa|fran|bland)\\b))\\b|\\b(${PHONE_WORD}) (inte|int) (ar|e|var|finns) kvar\\b|\\bmissing (my |the |our )?(\\w+ )?(${PHONE_WORD})\\b(?! (charger|case|cable|number))`);
