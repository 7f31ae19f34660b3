import { anyOf } from './any-of';

/** The phone in any of its names: jobbmobilen, tjänstetelefon, lur, work phone. */
export const PHONE_WORD = "\\w*(mobil|tel\\w{0,2}fon|phone)(en|er|erna|ens|e|es|s)?|\\w*lur(en)?|cell";
export const PHONE = anyOf([PHONE_WORD, 'iphone']);
/** Words that are a loss whatever they are said of; the phone must be named somewhere. */
export const LOSS = anyOf([
  'tappa(t|de|r)?',
  'borttappa\\w*',
  'forlora(t|de|d)',
  'forlorad',
  'slarva(t|de)? bort',
  'stul(en|it|na)',
  'bestulen',
  'bestals',
  'ranad',
  'ranade',
  'stal',
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
  'forsvann',
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
  'brot sig in',
  'broke into',
  'break-in',
  'robbed',
  '(ramlade|trillade|foll|har ramlat|har trillat) (ur|ner i|i)',
  '(fell|dropped) (out of|into|in the)',
  '(has )?(gone|went) missing',
  "(it'?s|it is|it has) gone",
  'slipped out( of)?',
  '(ar|var|fanns) den (inte|borta)( (dar|kvar))?',
  'den (ar|var|fanns) (borta|inte (dar|kvar))',
  '(inte|int) finns (dar|kvar)',
  'finns inte (dar|kvar)',
  '(hittar|hittade) (inte den|den inte)',
  '(inte|int) (hittar|hittade) den',
  "can'?t find it",
]);
/** Words that are a loss only when the phone is what they are said of ("tog telefonen", not "tog samtalet"). */
export const LOSS_OF_PHONE = new RegExp(
  `\\b(tagit|tog|took|taken|grabbed|swiped|glomt?( kvar)?|glomde( kvar)?|hittar (jag )?(inte|int)|inte sett|letat( efter)?|letar efter|kan inte hitta|can'?t find|cannot find|left) (\\w+ ){0,3}?(${PHONE_WORD})\\b(?! ?(call|samtal))` +
    // The phone first, as one tells it: "jobbtelefonen glömde jag på bussen".
    `|\\b(${PHONE_WORD}) (\\w+ ){0,2}?(glomde|glomt|lamnade|lamnat) (jag|vi)( kvar)?\\b(?! att)` +
    // Found not to be where it should: "märkte att mobilen jag har från kommunen inte låg i väskan".
    `|\\b(${PHONE_WORD}) (\\w+ ){0,5}?(inte|int) (lag|fanns|var) (kvar )?(i|pa|bland)\\b` +
    `|\\b(${PHONE_WORD}) (ar|e) (inte|int) (har|kvar)\\b` +
    `|\\b(been )?looking for (it|my|the)\\b`,
);
/** A loss said of something else than the phone itself: "tappat laddaren till mobilen", "lost my temper on the phone". */
export const LOSS_OF_OTHER = new RegExp(
  [
    '\\b(tappa\\w*|forlora\\w*|glomt?|glomde|lost|lose|(blev|blivit) av med|tog|took|left)( (bort|min|mitt|mina|my|the|our|en|ett))? (laddare\\w*|kod\\w*|pinkod\\w*|losenord\\w*|sim\\w*|password|passcode|charger|temper|talamod\\w*|track|tackning\\w*|uppkoppling\\w*|line|nummer\\w*|number|samtal\\w*|signal\\w*|jobbet|mig)\\b',
    '\\b(abroad|utomlands|on silent|ljudlos\\w*)\\b',
    // Taken along, not taken away: "jag tog mobilen med mig på semestern".
    '\\b(tog|tar|tagit|took|take|taken)( \\w+){0,3} (med mig|with me)\\b',
    // Forgotten at home is not lost: "glömde mobilen hemma".
    '\\b(glomt?|glomde|lamnat|lamnade|left)( \\w+){0,3} (hemma|at home)\\b',
    // Something belonging to the phone: "hörlurarna till jobbmobilen är borta".
    `\\b(laddare|laddaren|horlurar|horlurarna|skal|skalet|fodral|fodralet|sladd|sladden|charger|headphones|earphones|case|cable) (till|for|to) (min |mitt |my |the )?(${PHONE_WORD})\\b`,
    // Someone's own phone, not the work phone: "min privata mobil blev stulen".
    '\\b(privata?|personliga|egen|egna|private|personal|own) (mobil|telefon|phone)',
    // Said not to be lost: "It's not lost, just broken."
    "\\b(not|inte|isn'?t|ar inte) (lost|borta|stulen|stolen|tappad|borttappad)\\b",
  ].join('|'),
);

/** "borta" and "missing" are a loss only when it is the phone that is gone ("medan jag är borta" is not). */
export const PHONE_GONE = new RegExp(`\\b(${PHONE_WORD})( (ar|e|is|har varit|has been|has gone|went|verkar vara|seems))?( \\w+)? (borta|missing|saknas(?! (i|pa|fran|bland)\\b))\\b|\\bmissing (my |the |our )?(\\w+ )?(${PHONE_WORD})\\b`);
