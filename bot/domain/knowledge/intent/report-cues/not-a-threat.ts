/** What looks like a threat but is none: a joke, a sigh, a computer, a complaint, a denial. Folded text. */

/** "Chefen kommer döda mig": a sigh about one's own people, not a threat. */
export const HYPERBOLE = /\b(chefen|min chef|frun|min fru|mamma|pappa|kollegorna|my (manager|boss|wife|husband|mum|mom|dad))( \w+)? (kommer( att)?|ska|is going to|will|gonna) (doda|kill) (mig|me)\b|\b(pappa|mamma|min (bror|syster|fru|man|sambo|van|kollega))( \w+){0,6} (doda|kill) (mig|me) (om jag|if i) (missar|glommer|inte kommer|miss|forget)\b/;
/** A threat to a computer, not a person: "antivirusprogrammet varnar för ett hot". */
export const IT_THREAT = /\b(virus|antivirus\w*|skadlig kod|malware|phishing|natfiske\w*|dator\w*|computer|laptop)\b/;
/** A threatened species, not a threatened person: "var en hotad fågelart häckar" (a ground of secrecy). */
export const THREATENED_SPECIES = /\b(hotad|hotade|utrotningshotad\w*|threatened|endangered) (\w*art|\w*arter|\w*arten|\w*arterna|djur\w*|\w*fagl\w*|\w*fagel\w*|vaxt\w*|species|animals?|birds?|plants?)\b/;
/** A threat of a complaint or a call, not of harm: "hotade med att överklaga", "threatened to complain". */
export const THREAT_OF_NO_HARM = /\b(hot\w*|threat\w*) (med |with )?(att |to )?(overklaga|anmala|polisanmala|ringa|skriva|klaga|kontakta|ga till|saga upp|lagga pa|complain|report|sue|call|contact|write|go to|hang up)\b/;
/** Said in jest: "skämtade om att han skulle döda mig", "haha". */
export const JOKING = /\b(skamtade|skamtar|skojade|skojar|haha\w*|hihi|lol|joked|joking|kidding)\b/;
/** A threat denied: "skrek på mig, men han hotade inte", "he didn't threaten me". */
export const NEGATED_THREAT = /\b(hotade|hotat|threatened) (mig |oss |me |us )?(inte|aldrig|not)\b(?! (to|bara|only)\b)|\b(inte|aldrig|didn'?t|did not|never|not) (hotad|hotade|hota|hotat|threaten|threatened)\b|\binget (hot|hotfullt)\b|\bno threats?\b|\bnothing threatening\b/;
