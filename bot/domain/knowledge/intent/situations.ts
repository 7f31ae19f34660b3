/**
 * Situations people describe instead of naming a rule: "folk ringer mig om bygglov fast jag jobbar med
 * löner", "jag är ute hos brukare och hinner sällan svara". A topic in the knowledge base claims one
 * with `situation:`; when the search is unsure, the situation's words answer with that topic.
 * Works on folded text.
 */
export const SITUATION_IDS = ['call-outside-my-area', 'cannot-take-calls'] as const;
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

export function situationOf(folded: string): SituationId | null {
  if (!CALL.test(folded)) return null;
  if (NOT_MINE.test(folded)) return 'call-outside-my-area';
  if (CANNOT_ANSWER.test(folded) && !NOT_THE_CALLS.test(folded)) return 'cannot-take-calls';
  return null;
}
