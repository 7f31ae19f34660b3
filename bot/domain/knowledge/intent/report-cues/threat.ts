import { anyOf } from './any-of';

const PEOPLE = '(mig|oss|mina barn|min familj|mitt barn|barnen|min son|min dotter)';
/** Harm to people at the workplace ("skada folk"); not with "hämta" ("hämta folk vid stationen"). */
const PEOPLE_HERE = '(folk|personalen|alla har)';
/** Whom a threat is against, after the verb: "hotade mig", "hotar personalen". */
const THREATENED = '(mig|oss|dig|er|honom|henne|hen|dem|dom|personal\\w*|kolleg\\w*|handlaggar\\w*|medarbetar\\w*|anstallda|(min|mina|mitt) (familj|barn|son|dotter|man|fru|sambo|kolleg\\w*))';
/** People who threaten, before the verb: "kunden hotade", "en man ringde och hotade". */
const THREATENER = '(han|hon|hen|de|dom|mannen|kvinnan|personen|nagon|nan|pappan|mamman|kunden|brukaren|klienten|anhorig\\w*|foralder\\w*|boende|hyresgast\\w*|invanare|medborgare\\w*|sokande|patient\\w*|vardnadshavare\\w*|granne\\w*|en man|en kvinna|killen|tjejen|uppringaren|den som ringde)';
const THREATENER_EN = '(he|she|they|someone|somebody|a man|a woman|the man|the woman|the caller|a caller|caller|a parent|a client|a relative|the guy|a guy)';
/** What a threat to complain, hang up or the like is about: no harm. */
const NO_HARM = '(overklaga|anmala|polisanmala|ringa|skriva|klaga|kontakta|ga till|saga upp|lagga pa|en anmalan|klagomal|advokat|tidningen|media|complain|report|sue|call|contact|write|go to|hang up|a complaint|legal action)';
/** Who a threat "mot" can be against; "ett hot mot hela kundservicen" is a figure of speech. */
const AGAINST_PEOPLE = '(mig|oss|dig|er|honom|henne|hen|dem|dom|min|mina|mitt|barn\\w*|familj\\w*|personal\\w*|kolleg\\w*|medarbetar\\w*|anstallda|skol\\w*|forskol\\w*|kontor\\w*|reception\\w*|arbetsplats\\w*)';

/** Words that tell of a threat on their own. */
export const STRONG_THREAT = anyOf([
  // The participle and the words for threats tell of a person threatened on their own ("blev hotad",
  // "hotfullt samtal", "hotelser"); "hotade djurarter" are threatened species.
  '(blev|blivit|var|kande (mig|oss)) hotade',
  `(ut)?hot(ad|ades|d|ed|fullt?|fulla|elser?|ande|et|en)(?! (\\w*arter|arten|art|djur\\w*|vaxt\\w*|species|animals?|plants?)\\b)(?! mot (?!${AGAINST_PEOPLE}\\b))`,
  // The active verb only with a person threatened or threatening: "hotade mig", "kunden hotade", not
  // "stormen hotar elförsörjningen"; and not a threat to complain or hang up.
  `hot(ade|ar|at|a|de)( \\w+)? ${THREATENED}\\b`,
  `${THREATENER}( \\w+){0,5} hot(ade|ar|at|de)\\b(?! (med |with )?(att |to )?${NO_HARM}\\b)`,
  // Whoever called and threatened: "en boende ringde om vägavstängningen och hotade att ...".
  `(ringde|ringer|ringt)( \\w+){0,6} (och |o )?hot(ade|ar|at|de)\\b(?! (med |with )?(att |to )?${NO_HARM}\\b)`,
  'hot(ade|ar|at|a) med (vald|stryk|kniv|vapen|en kniv|ett vapen|att (komma|skada|doda|sla|hamta|ta|leta))',
  // English likewise: "threatening", "threats", "was threatened", "threatened me", "a man ... threatened".
  "(?<!\\b(security|phishing|virus|cyber|data|it) )(threatening|threats)\\b(?! (species|animals?|plants?)\\b)(?! to (slip|derail|delay|overrun|ruin|spill|rain|collapse|break|become)\\b)",
  '(was|were|got|been|felt|feel|being|get) threatened',
  'threaten(ed|s)? (me|us|my|to (kill|hurt|harm|come|find|burn|beat|stab|shoot|get|attack))\\b',
  `${THREATENER_EN}( \\w+){0,2} threaten(ed|s)?\\b(?! (with |to )${NO_HARM}\\b)`,
  `(ett|fick|fatt|far|grova?|allvarliga?) hot(?! om (strejk|stamning|konkurs|vite|uppsagning|nedlaggning|varsel)\\b)(?! mot (?!${AGAINST_PEOPLE}\\b))`,
  'hot ?samtal\\w*',
  `hot (mot ${AGAINST_PEOPLE}|via|i telefon)\\b`,
  'dodshot',
  "(got|received|had|get|getting) (a |another |more )?(death )?threats?\\b",
  'gora (mig|oss|dig|er) illa',
  // Not "slå mig ner" (sit down), "skulle inte skada mig att lära mig".
  `(skada|doda|sla|misshandla|spoa|ge sig pa|morda|sla ihjal|slar ihjal|slog ihjal|sla till|sla sonder|smalla till|klappa till|puckla pa|kora over|hamta) ${PEOPLE}(?! (ner|att)\\b)`,
  `(skada|doda|misshandla|ge sig pa|morda|sla ihjal|skjuta) ${PEOPLE_HERE}\\b`,
  '(hurt|harm|murder|stab|shoot|punch) (me|us|my family|my kids)(?! (a|an) (message|email|mail|text|line|note)\\b)',
  // Not "this phone queue will kill me": a thing that will kill the writer is a sigh, not a threat.
  "(?<!\\b(queue|job|work|day|week|month|this|that|it|traffic|stress|heat|commute|meetings?|workload|paperwork|deadlines?|inbox|phone|boss)( is|'s)? )(going to|gonna|will|would|wants? to) kill (me|us|you)",
  'beat me up',
  'break (my|your) (legs?|arms?|neck|face)',
]);
/** A weapon to come, or harm to come, in what a caller said: "sa att han skulle komma hit med kniv". */
const HARM_TO_COME = [
  '(komma|kommer|kom|come|coming)( \\w+){0,3} (med|with) (ett |en |a |his |her |sitt |sin )?(vapen|kniv|pistol|gevar|yxa|weapon|knife|gun|axe)',
  '(det|nat|nagot) (kommer|ska|skulle) (att )?handa (mig|dig|oss|er)',
  'something (will|is going to|was going to|would) happen to (me|us)',
  '(ska|skulle) fa sota',
  // At the end of what was said, not "hon skulle få se akten idag".
  '(ska|skulle) fa se(?=\\s*([.!,;]|$)| vad som hander| pa fan)',
  '(du|ni|jag) (snart |nog )?(far|ska fa|skulle fa) se vad som hander',
  '(mina barn|min familj|barnen|min dotter|min son|du|ni) (ar|e) inte (saker|sakra|trygg|trygga)(?! (pa att|om|att)\\b)|(mina barn|min familj|barnen|min dotter|min son|du|ni) inte (ar|e) (saker|sakra|trygg|trygga)(?! (pa att|om|att)\\b)',
  '(kommer|ska|skulle) det (att )?handa (saker|nat|nagot)',
  "vi ses (pa parkeringen|utanfor)|(see|i'll see) you (in the car park|outside)",
  '(kommer|ska|skulle)( att)? ga illa for (mig|dig|oss)',
  '(jag|du) (inte |aldrig )?(skulle|ska) (inte |aldrig )?leva( lange till)?\\b',
  'se (mig|dig) om over axeln',
  'fa (som|vad) (jag|du) fortjanar',
  '(borde|ska|bor) tanka pa (mina|dina) barn',
  '(ska|skulle) (fa )?kanna av det',
  'vet vilken (skola|forskola) (de|dom|mina barn|barnen) gar',
  '(han|hon|hen|de|dom) (har|hade) koll pa (min|mitt|mina|var) (bil|hus|barn|adress|familj)',
  '(inte|aldrig) (skulle|ska) kanna (mig|dig) (trygg|saker)',
  "(i'd|i would|you'll|you will|you'd) be sorry(?! to\\b)|(he|she|they)('d|'ll| would| will) find me(?! an?\\b)",
  'burn (my|your) (car|house)',
  'fa (betala|sota) for (det|detta|det har|det dar)',
  "(you'll|you will|you're going to|i would|i'd|i will|i'll) pay for (this|that)|\\b(he|she|they)\\b.{0,40}\\bmake (me|you) pay(?! for)",
  "(make|making) my life hell|slash (my|your) tyres|(watch|better watch) out|(ska|borde|bor|far|skulle) se upp(?! (med|for)\\b)",
  '(ska|skulle) (do|skjuta|satta eld pa)|(satta|tanda) eld pa|set fire to',
  'ta itu med (mig|dig|oss)',
  '(ska|skulle|kommer( att)?) hitta (mig|dig|oss|er|min familj)(?! (i|pa)\\b)',
  'inte (skulle |ska )?vara (saker|sakra|trygg|trygga)',
  'spranga|bomb|bomben|bombhot',
  // A condition the caller set, with a consequence for the one called: said to them ("om du inte ...
  // kommer jag hem till dig"), or told as a threat ("om jag inte ... ska han ta hand om mig").
  'om (du|ni) inte\\b.{0,80}\\b(ska|skulle|kommer)( att)? (jag|vi)\\b.{0,40}\\b(dig|er|din familj|dina barn|dit|hit)\\b',
  'om (jag|vi) inte\\b.{0,80}\\b(ska|skulle|kommer)( att)? (han|hon|hen|de|dom)\\b( \\w+){0,3} (ta hand om|ta itu med|komma hem till|hem till|ge sig pa|ga pa) (mig|oss|min familj)\\b',
  '(komma|kommer) (hit|dit|hem)( \\w+){0,3} och ta hand om',
  // "ska komma hit och slå sönder allt, och mig med".
  '(komma|kommer|kom) (hit|dit|hem\\w*)( \\w+){0,3} (och|o) (sla|sparka|skada|misshandla|ge sig pa|branna|tanda eld pa)\\b',
];
/** Words that tell of a threat only when a call is mentioned too. */
export const WEAK_THREAT = anyOf([
  '(ska|skulle|kommer att|kommer) ta mig(?! (till|hem|an|tid|att|ut|in|for|fram|dit|hit)\\b)',
  'vet var (jag|vi|du|ni|min familj) (bor|parkerar)(?!,? (han|hon) ar (min|var))',
  // Someone else at work: "han vet var ordföranden bor"; not "vet inte var hon bor".
  '(han|hon|hen|de|dom) vet var (\\w+ ){1,2}bor\\b',
  '(vet|visste) (var|vilken (forskola|skola)) (mina|dina|min|din|vara|era) (barn|dotter|son)',
  'knows? where (my|your) (kids|children)',
  'bran(na|ner) ner',
  'burn (\\w+ ){0,2}down',
  'da (blir det|kommer det att bli|smaller det) (riktigt |jatte)?(fel|otrevligt|jobbigt|obehagligt)',
  'gora slut pa',
  'stalla till med',
  '(ska|kommer att|skall) (fa )?angra (mig|dig|sig)',
  'se till att (jag|du|ni|vi) angrar',
  'synd om (nagot|nat) (hande|hander)',
  'se till att .{0,40}\\bfar det (jobbigt|svart|tufft)',
  'vet vilken bil',
  'vet vem jag ar',
  'hamnas',
  '(borde|ska|far|skulle|maste) (akta|passa) (mig|dig|sig)',
  '(ska|skulle|kommer att)( sta| sitta)?( och)? vanta pa mig',
  // Inverted after a condition: "om jag inte ändrar beslutet så kommer han att vänta på mig".
  '(ska|skulle|kommer) (han|hon|hen|de|dom)( att)?( sta| sitta)?( och)? vanta pa mig',
  '(ska|skulle|kommer( att)?) (leta upp|leta reda pa) (mig|oss|min familj)',
  '(fixar|fixa|knivhugga|knivhugger) (mig|oss)\\b',
  '(branna upp|branna ner|tanda pa|tanda eld pa|satta eld pa) (mitt|vart|min|mina) (hus|bil|lagenhet|hem|villa|radhus|garage|barn)',
  'burn (down )?(my|our) (house|home|car|flat)|set fire to (my|our)',
  'ta livet av (mig|oss)',
  '(spracka|krossa|sla in|banka in) (skallen|huvudet|kaften|ansiktet|nyllet|pannbenet) pa (mig|oss)',
  '(spracka|krossa|sla in|banka in) (min|mitt) (skalle|huvud|kaft|ansikte|nylle)',
  '(smash|bash|kick) my (head|face|skull) in',
  'sticka ner (mig|oss)|sticka kniven i (mig|oss)',
  'smash (my|your) (car|house|face|windows)',
  '(inte )?(kommer( att)?|ska) overleva|inte overleva',
  'kulhal|(skjuta|skjuter) (mig|dig|oss)',
  '(vi ses|jag hittar dig|jag vet var du bor)\\b.{0,20}\\b\\w*javel\\w*',
  'synd om (det|huset|bilen) (brinner|brann|hander)',
  '(jag|du) kommer (att )?do\\b',
  'spoa (skiten ur )?(mig|oss)',
  "(be|been) waiting for me (outside|after)",
  '(ska|skulle|kommer( att)?) fa det (jobbigt|svart|tufft)',
  '(ska|skulle|kommer( att)?) komma hem till (mig|oss)',
  // "slå sönder bilen min": the spoken word order too.
  'sla sonder ((min|mitt|mina) (bil|hus|fonster|saker)|(bilen|huset|fonstren|sakerna) (min|mitt|mina))',
  'knows? (which|what) school (my|your) (kids|children)',
  '(hunt|track) me down',
  'fa angra',
  'regret it',
  'ge mig vad jag fortjanar',
  'knows where (i|we|you) live',
  'come after me',
  "(he'?d|he would|she'?d|she would|they'?d|they would|will|gonna|going to) deal with (me|you|us)",
  'watch (my|your) back',
  "(waiting|wait) for me (outside|in the car park|after work)",
  ...HARM_TO_COME,
]);
/** Fear after a call: "jag skakar fortfarande", "I'm scared". Not polite fear ("rädd att jag missat"). */
export const FEAR = anyOf([
  // The writer shaking, not "mobilen skakar" (vibrates).
  '(jag|och jag) skakar|skakar (fortfarande|i hela kroppen|som ett asplov)|(ar|e|blev|kanner mig) (helt |lite |jatte|valdigt )?(skakad|skakig)',
  '(ar|e|blev|kanner mig) (sa |jatte|valdigt |himla |helt |lite )?(radd|livradd|skraj)(?! (att|om|for)\\b)',
  "(i'm|i am|im) (so |really )?(scared|shaking|terrified|frightened)",
  "vagar inte (aka|ga|cykla) hem|(ar|e) radd (att|for att) (aka|ga) hem|(afraid|scared) to go home",
  '(ar|e|blev|kanner mig) (ganska |lite |helt |jatte|valdigt |sa )?(skarrad|uppskakad|omskakad)',
  "(pretty|really|so|quite|a bit|still|very) (shaken|shook)( up)?|shook me( up)?|(i'm|i am|im|feel|felt) (shaken|rattled)",
]);
