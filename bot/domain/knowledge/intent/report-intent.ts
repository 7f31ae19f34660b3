import { editDistance } from '../text/edit-distance';

/**
 * Tells a first-person report ("jag har tappat jobbmobilen", "someone just threatened me") from a
 * question about the rule ("vad gör man om man blir hotad?"). Works on folded text (no å/ä/ö).
 */
const anyOf = (cues: string[]) => new RegExp(`\\b(${cues.join('|')})\\b`);

const PHONE_WORD = "\\w*(mobil|tel\\w{0,2}fon|phone)(en|er|erna|ens|e|es|s)?|\\w*lur(en)?|cell";
const PEOPLE = '(mig|oss|mina barn|min familj|mitt barn|barnen|min son|min dotter)';

const STRONG_THREAT = anyOf([
  // "hotade med att överklaga" and "threatened with a complaint" are no threat of harm; English "hot" is heat.
  'hot(ad|ade|at|ar|a|ande|ades|fullt?|fulla|elser?|et|ed|ted|d|de|tad|tade|tat)(?! (med|att|with)\\b)',
  '(ett|fick|fatt|grova?|allvarliga?) hot',
  'hot (mot|via|i telefon)',
  'hotsamtal\\w*',
  'dodshot',
  'threat(en|ened|ening|s)?(?! with\\b)',
  'gora (mig|oss|dig|er) illa',
  `(skada|doda|sla|misshandla|spoa|ga pa|ge sig pa|morda|sla ihjal|slar ihjal|slog ihjal|sla till|smalla till|klappa till|puckla pa) ${PEOPLE}`,
  '(hurt|harm|kill|murder) (me|my|us)',
  'beat me up',
]);
/** A weapon to come, or harm to come, in what a caller said: "sa att han skulle komma hit med kniv". */
const HARM_TO_COME = [
  '(komma|kommer|kom|come|coming)( \\w+){0,3} (med|with) (ett |en |a |his |her |sitt |sin )?(vapen|kniv|pistol|gevar|yxa|weapon|knife|gun|axe)',
  '(det|nat|nagot) (kommer|ska|skulle) (att )?handa (mig|dig|oss|er)',
  'something (will|is going to|was going to|would) happen to (me|us)',
  '(ska|skulle) fa sota',
  'fa (betala|sota) for (det|detta|det har|det dar)',
  "(you'll|you will|you're going to|i would|i'd|i will|i'll) pay for (this|that)",
  'ta itu med (mig|dig|oss)',
  '(komma|kommer) (hit|dit|hem till mig|till kontoret) och ta hand om',
];
/** Words that tell of a threat only when a call is mentioned too. */
const WEAK_THREAT = anyOf([
  'skrek',
  'skrikit',
  'vralade',
  '(ska|skulle|kommer att|kommer) ta mig(?! (till|hem|an|tid|att|ut|in|for|fram|dit|hit)\\b)',
  'vet var (jag|vi|du|ni|min familj) bor',
  'se till att .{0,40}\\bfar det (jobbigt|svart|tufft)',
  'vet vilken bil',
  'vet vem jag ar',
  'hamnas',
  'akta (mig|dig)',
  'fa angra',
  'regret it',
  'ge mig vad jag fortjanar',
  'vanta(r)? (pa mig )?utanfor',
  'yelled',
  'screamed',
  'shouted',
  'knows where (i|we|you) live',
  'come after me',
  'watch (my|your) back',
  'waiting (for me )?outside',
  ...HARM_TO_COME,
]);
const CALL = anyOf(['ring\\w*', 'samtal\\w*', 'lur(en)?', 'telefon\\w*', 'mobil\\w*', 'phone\\w*', 'call(ed|er|ing)?', 'rang']);
const PHONE = anyOf([PHONE_WORD, 'iphone']);
/** Words that are a loss whatever they are said of; the phone must be named somewhere. */
const LOSS = anyOf([
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
]);
/** Words that are a loss only when the phone is what they are said of ("tog telefonen", not "tog samtalet"). */
const LOSS_OF_PHONE = new RegExp(
  `\\b(tagit|tog|took|taken|grabbed|swiped|glomt?( kvar)?|glomde( kvar)?|hittar (jag )?(inte|int)|inte sett|letat( efter)?|letar efter|kan inte hitta|can'?t find|cannot find|left) (\\w+ ){0,3}?(${PHONE_WORD})\\b(?! ?(call|samtal))` +
    // The phone first, as one tells it: "jobbtelefonen glömde jag på bussen".
    `|\\b(${PHONE_WORD}) (\\w+ ){0,2}?(glomde|glomt|lamnade|lamnat) (jag|vi)( kvar)?\\b(?! att)` +
    // Found not to be where it should: "märkte att mobilen jag har från kommunen inte låg i väskan".
    `|\\b(${PHONE_WORD}) (\\w+ ){0,5}?(inte|int) (lag|fanns|var) (kvar )?(i|pa|bland)\\b`,
);
/** A loss said of something else than the phone itself: "tappat laddaren till mobilen", "lost my temper on the phone". */
const LOSS_OF_OTHER = /\b(tappa\w*|forlora\w*|glomt?|glomde|lost|lose|(blev|blivit) av med|tog|took|left)( (bort|min|mitt|mina|my|the|our|en|ett))? (laddare\w*|kod\w*|pinkod\w*|losenord\w*|sim\w*|password|passcode|charger|temper|talamod\w*|track|tackning\w*|uppkoppling\w*|line|nummer\w*|number|samtal\w*|signal\w*|jobbet|mig)\b|\b(with me|med mig|abroad|utomlands|hemma|at home|on silent|ljudlos\w*)\b/;

/** "borta" and "missing" are a loss only when it is the phone that is gone ("medan jag är borta" is not). */
const PHONE_GONE = new RegExp(`\\b(${PHONE_WORD})( (ar|is|har varit|has been|verkar vara|seems))?( \\w+)? (borta|missing|saknas(?! (i|pa|fran|bland)\\b))\\b|\\bmissing (my |the |our )?(\\w+ )?(${PHONE_WORD})\\b`);
const FIRST_PERSON_OR_EVENT = anyOf([
  'jag|mig|min|mitt|mina|vi|oss|me|my|we|our',
  'tappade|tappat|forlorade|forlorat|slarvade|glomde|glomt|tog|stal|stulit|snodde|snott|knyckt|knyckte|hotade|skrek|ringde',
  "dropped|took|threatened|i'm|i've|i (was|got|have|had|just|lost|think|received|dropped|left|live|can'?t|cannot)",
  'nyss|precis|just|idag|igar|imorse|ikvall|nu|sen|ago|today|yesterday|tonight',
  'har (forsvunnit|kommit bort)',
  'har (blivit|tappat|forlorat|slarvat|glomt|letat)',
  'hittar (inte|int)|kan inte hitta',
  'ar (stulen|borta|forsvunnen|borttappad|snodd|knyckt|tappad)',
  '(was|got|been|is|has been) (stolen|nicked|lost|taken)',
  'blev|blivit',
]);
/** "hotad i telefon!!": an exclamation after what happened tells that it happened. */
const EXCLAIMED_EVENT = /\b(hotad|hotade|stulen|snodd|knyckt|tappad|tappat|borttappad|borta|forsvunnen|stolen|lost|missing|gone)\b[^?]*!/;
/**
 * Someone called and said something: an "if" inside is the caller's condition ("said he'd hurt me if
 * his dad isn't moved"), not a question about the rule.
 */
const REPORTED_CALL = /\b(ringde|ringt|called|phoned|rang)\b.*\b(och sa|sa att|sade att|said|told me)\b/;
/** Asking about the rule rather than telling what happened. */
const HYPOTHETICAL = anyOf([
  'om (man|jag|en|nan|nagon|telefonen|mobilen|min|mitt)',
  '(om|nar) \\w+ (blir|skulle|ar|har)',
  'nar (nagon|nan|man)',
  '(hur|vem|var) (anmaler|kontaktar|rapporterar|dokumenterar|antecknar|ska) (jag|man)',
  'how do i report',
  'ifall|if|in case|whenever',
  '(vad|hur) (gor|ska|bor|kan|maste) man',
  // Asking on someone else's behalf: "min kollega har tappat mobilen, vad ska hon göra?"
  '(vad|hur) (ska|bor|kan|maste) (hon|han|hen|de|dom) gora',
  'what should (she|he|they) do',
  '(ska|bor|kan|maste|far) man',
  'when someone',
  'rutin\\w*|routine|policy|riktlinje\\w*|guideline',
  'vad galler|vilka steg|vem ska (fa veta|kontaktas)',
  'what (is|are) the (rule|procedure|steps)|procedure',
  'dokumenterar man|man blir',
]);

/** Cue words long enough that one wrong, missing or extra letter still tells them: "hotfult samtal". */
const TYPO_TOLERANT_CUES = ['hotfullt', 'hotfulla', 'hotfull', 'hotsamtal', 'threatened', 'threatening', 'borttappad', 'forsvunnen', 'forsvunnit'];

function withCueTypos(folded: string): string {
  return folded.replace(/[a-z]{6,}/g, (word) => {
    if (TYPO_TOLERANT_CUES.includes(word)) return word;
    return TYPO_TOLERANT_CUES.find((cue) => Math.abs(cue.length - word.length) <= 1 && editDistance(word, cue) === 1) ?? word;
  });
}

/**
 * The report a message makes, if any. `searchHint` is the flow of the topic the search found, so a
 * report in words we have no cue for ("han sa att han skulle ta mig") still counts when told in first person.
 */
export function reportIntent(typed: string, searchHint: string | null = null): string | null {
  const folded = withCueTypos(typed);
  if ((HYPOTHETICAL.test(folded) && !REPORTED_CALL.test(folded)) || !(FIRST_PERSON_OR_EVENT.test(folded) || EXCLAIMED_EVENT.test(folded))) return null;
  if (STRONG_THREAT.test(folded) || (WEAK_THREAT.test(folded) && CALL.test(folded))) return 'phone-threat';
  const lost = (LOSS.test(folded) || LOSS_OF_PHONE.test(folded) || PHONE_GONE.test(folded)) && !LOSS_OF_OTHER.test(folded);
  if (lost && PHONE.test(folded)) return 'lost-phone';
  // The search may know words we have no cue for, but a report still needs something that happened.
  if (searchHint === 'lost-phone') return lost ? searchHint : null;
  if (searchHint === 'phone-threat') return CALL.test(folded) || WEAK_THREAT.test(folded) ? searchHint : null;
  return searchHint;
}
