/**
 * Tells a first-person report ("jag har tappat jobbmobilen", "someone just threatened me") from a
 * question about the rule ("vad gör man om man blir hotad?"). Works on folded text (no å/ä/ö).
 */
const STRONG_THREAT = /\b(hot(ad|ade|at|ar|a|ande|ades|fullt?|fulla|elser?|et|ed|ted)?|dodshot|threat(en|ened|ening|s)?|gora mig illa|(sla|slar|slog) ihjal|ihjal|morda|mord|kill|murder|(skada|doda|sla|misshandla|spoa|ga pa|ge sig pa) (mig|oss|mina barn|min familj|mitt barn|barnen|min son|min dotter)|hurt me|kill me|harm me|beat me up|hurt my|harm my)\b/;
const WEAK_THREAT = /\b(skrek|skrikit|skrek at|vralade|ta mig|vet var jag bor|vet vilken bil|vet vem jag ar|hamnas|akta (mig|dig)|fa angra|ge mig vad jag fortjanar|vanta(r)? (pa mig )?utanfor|radd|livradd|obehagligt?|yelled|screamed|shouted|knows where i live|come after me|watch (my|your) back|waiting (for me )?outside|scared|afraid|frightened)\b/;
const CALL = /\b(ring\w*|samtal\w*|lur(en)?|telefon\w*|mobil\w*|phone\w*|call(ed|er|ing)?|rang)\b|samtal|luren/;
const LOSS = /\b(tappa(t|de|r)?|borttappa\w*|forlora(t|de|d)|forlorad|slarva(t|de)? bort|stul(en|it|na)|bestulen|bestals|ranad|ranade|stal|stold|snott?|snodd|snodde|snor|norpat|knyckt|knyckte|tagit min|tog min|blivit av med|blev av med|bli av med|took (my|the|our)|taken from|grabbed|swiped|glomt? (kvar )?\w*|forsvunn\w*|forsvann|hittar (inte|int) (min|mitt)|inte sett (min|mitt)|letat|letar efter|kan inte hitta|borta|lost|lose|stolen|nicked|missing|misplaced|left (it|my)|can'?t find)\b/;
const PHONE = /(mobil|tel\w{0,2}fon|lur(en)?\b|iphone|phone|cell)/;
const FIRST_PERSON_OR_EVENT = /\b(jag|mig|min|mitt|mina|vi|oss|me|my|we|our|tappade|tappat|forlorade|forlorat|slarvade|glomde|glomt|tog|stal|stulit|snodde|snott|knyckt|knyckte|hotade|skrek|ringde|dropped|took|threatened|i'm|i've|i (was|got|have|just|lost|think)|nyss|precis|just|idag|igar|imorse|ikvall|nu|sen|ago|today|yesterday|tonight|har (blivit|tappat|forlorat|slarvat|glomt)|ar (stulen|borta|forsvunnen|borttappad|snodd|knyckt|tappad)|(was|got|been|is|has been) (stolen|nicked|lost|taken)|blev|blivit)\b/;
/** "hotad i telefon!!": an exclamation tells of something that happened. */
const EXCLAIMED = /!/;
/** Asking about the rule rather than telling what happened. */
const HYPOTHETICAL = /\b(om (man|jag|en|nan|nagon|telefonen|mobilen|min|mitt)|ifall|if|in case|whenever|(vad|hur) (gor|ska|bor|kan|maste) man|(ska|bor|kan|maste|far) man|when someone|rutin\w*|routine|policy|riktlinje\w*|guideline|vad galler|vilka steg|vem ska (fa veta|kontaktas)|what (is|are) the (rule|procedure|steps)|procedure|dokumenterar man|man blir)\b/;

/**
 * The report a message makes, if any. `searchHint` is the flow of the topic the search found, so a
 * report in words we have no cue for ("han sa att han skulle ta mig") still counts when told in first person.
 */
export function reportIntent(folded: string, searchHint: string | null = null): string | null {
  if (HYPOTHETICAL.test(folded) || !(FIRST_PERSON_OR_EVENT.test(folded) || EXCLAIMED.test(folded))) return null;
  if (STRONG_THREAT.test(folded) || (WEAK_THREAT.test(folded) && CALL.test(folded))) return 'phone-threat';
  if (LOSS.test(folded) && PHONE.test(folded)) return 'lost-phone';
  // The search may know words we have no cue for, but a report still needs something that happened.
  if (searchHint === 'lost-phone') return LOSS.test(folded) ? searchHint : null;
  if (searchHint === 'phone-threat') return CALL.test(folded) || WEAK_THREAT.test(folded) ? searchHint : null;
  return searchHint;
}
