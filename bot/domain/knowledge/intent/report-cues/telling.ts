import { anyOf } from './any-of';

/** Something that happened to the writer: first person, a past event, a time like "nyss". */
export const FIRST_PERSON_OR_EVENT = anyOf([
  'jag|mig|min|mitt|mina|vi|oss|me|my|we|our',
  'tapp?ade|tapp?at|forlorade|forlorat|slarvade|glomde|glomt|tog|stal|stulit|snodde|snott|knyckt|knyckte|skrek|ringde',
  'ramlade|trillade|foll|(har|har nu) (ramlat|trillat)|brot sig in|inbrott',
  // "hittar den inte nånstans": the writer has looked.
  'hittar (den|inte den) (inte|int|nanstans)',
  '(ringer|ringt) (hela tiden|hit|flera ganger|hela dagarna|gang pa gang)',
  'glomd|kvarglomd|glomdes kvar|blev kvar',
  '(fick|fatt) ett samtal|got a call',
  '\\bhotad (i|via|over) (telefon|luren)\\b',
  '(ar|e) (inte|int) (har|kvar)|(inte|int) (ar|e|var) kvar',
  "dropped|took|threatened|i'm|i've|i (was|got|have|had|just|lost|think|received|dropped|left|live|can'?t|cannot)",
  'nyss|precis|just|idag|igar|imorse|ikvall|inatt|i natt|i morse|nu|sen|ago|today|yesterday|tonight',
  'i (mandags|tisdags|onsdags|torsdags|fredags|lordags|sondags|helgen|forrgar)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  'this (morning|afternoon|evening)|last night|earlier today',
  'har (forsvunnit|kommit bort)',
  'finns inte (kvar|dar)',
  "nowhere to be found|finns ingenstans|som bortblast|gar inte att hitta|(cannot|can'?t) be found",
  'har (blivit|tappat|forlorat|slarvat|glomt|letat)',
  'hittar (inte|int)|kan inte hitta',
  '(ar|e) (stulen|borta|forsvunnen|borttappad|snodd|knyckt|tappad)',
  'maste ha (lamnat|tappat|glomt|lagt)',
  '(was|got|been|is|has been) (stolen|nicked|lost|taken)',
  'blev|blivit',
]);
/** "hotad i telefon!!": an exclamation after what happened tells that it happened. */
export const EXCLAIMED_EVENT = /\b(hotad|hotade|stulen|snodd|knyckt|tappad|tappat|borttappad|borta|forsvunnen|stolen|lost|missing|gone)\b[^?]*!/;
/**
 * Someone called and said something: an "if" inside is the caller's condition ("said he'd hurt me if
 * his dad isn't moved"), not a question about the rule.
 */
export const REPORTED_CALL = /\b(ringde|ringt|called|phoned|rang|texted|messaged)\b.*\b(och sa|o sa|sa att|sade att|skrek att|hotade att|hotar att|said|saying|told me|yelled|screamed|threatened to)\b|\b(han|hon|hen|mannen|kvinnan|personen|someone|he|she)( \w+)? (sa|sade|skrek|said|yelled|screamed|told me)\b|\b(sa|sade|skrek|said) (han|hon|hen|mannen|kvinnan|he|she)\b|\b(en|ett|a|the) \w+( just| precis| nyss)? (sa|sade|skrek|said|told me)\b|\b(sa|sade) (en|ett) \w+\b/;
/** What was said concerns the writer: "sa att jag skulle få se", not "said she'll be late". */
export const SAID_OF_WRITER = /\b(sa|sade|skrek|said|yelled|screamed|told me|threatened)\b.*(\b(mig|me|oss|us|dig|you|my|min|mitt|mina|your|din|ditt|dina)\b|\b(att|that) (\w+ ){0,3}(jag|i|vi|we)\b|\b(i'd|i'll)\b)/;
/** A question about what to do, even when it tells of a call ("what should I do if someone called and said ..."). */
export const QUESTION_FRAME = anyOf([
  '(vad|hur) (gor|ska|bor|kan|maste) (man|jag)',
  'vad skulle jag (ha )?gjort',
  'vem (ska|bor) jag',
  'what (should|do|can) i do',
  'who (do|should) i',
  'hur (hanterar|gor) jag',
]);
/**
 * Someone else it happened to, and no word of the writer: "Min kollega blev hotad i telefon igår".
 * A report by the writer says "jag", "mig" or "I" somewhere.
 */
export const SOMEONE_ELSE = /\b((min|en|var|my|a|our) (kollega|chef|medarbetare|man|fru|sambo|partner|son|dotter|mamma|pappa|bror|syster|van|granne|brother|sister|friend|neighbour|colleague|coworker|manager|boss|husband|wife)|kollegan|chefen|receptionisten|vikarien|praktikanten|handlaggaren|sekreteraren) (blev|har|hade|fick|tappade|tappat|glomde|was|has|had|lost|got|left)\b|\b(blev|har|hade|fick) (kollegan|chefen|receptionisten|vikarien|praktikanten|handlaggaren|sekreteraren|personalen)\b|\b(tappade|tappat|glomde|glomt|forlorade|blev av med|lost|left) (bort )?(sin|sitt|his|her)\b/;
export const WRITER = /\bjag och\b|\bjag (blev|har|hade|fick|tappade|tappat|glomde|glomt|var|ar)\b|\b(mig|me|i'm|i've)\b|\bi (was|got|have|had|am|just|think|lost|left|dropped)\b/;
/** A question that starts with a question word and says nothing of the writer: "Vem spärrar en telefon som blivit stulen?" */
export const GENERAL_QUESTION = /^(vem|vad|hur|nar|var|vart|vilken|vilket|vilka|who|what|how|when|where|which|har du|vet du|horde du|do you|have you|did you)\b[^.!]*\?\s*$/;
/** Someone else told the writer of their event: "Min kollega berättade att hon fick ett hotfullt samtal". */
export const TOLD_BY_OTHER = /\b(min|en|var|my|a|our) (kollega|chef|medarbetare|van|colleague|coworker|friend)( \w+){0,2} (berattade|sa|sade|told me|said) (att |that )?(hon|han|hen|she|he|they|de|dom)\b|\b(laste|last|lasa|read) (i|in) (tidningen|the paper|the news)|\b(sag|saw) (pa|on) (nyheterna|the news)\b/;
/** The writer is the one threatened: "hotade mig", "threatened to kill me", "jag blev hotad". */
export const WRITER_THREATENED = /\b(hotade|hotat|hotar|threatened|threatens)( to \w+)? (mig|oss|me|us)\b|\bhot\w* (med )?(vald|stryk) mot (mig|oss)\b|\b(skada|doda|sla|kill|hurt|harm) (mig|oss|me|us)\b|\b(jag|vi) (blev|har blivit) hotad/;
/** Someone else was threatened: "grannen hotat honom", "hennes barn hotades". */
export const OTHERS_THREATENED = /\b(hotat|hotade|hotar|threatened|threatens) (honom|henne|dem|dom|him|her|them)\b|\b(hotat|hotade|hotar|threatened|threatens) (en|min|var|a|my|our) (handlaggare|kollega|medarbetare|anstalld|colleague|coworker|caseworker)\b(?! (och|and) (mig|oss|me|us)\b)|\b(hans|hennes|deras|his|her|their) \w+ (hotades|blev hotad|was threatened)/;
/** Talk about threats, not a threat: "Vi hade en utbildning om hot i telefon idag". */
export const ABOUT_THREATS = /\b(utbildning\w*|kurs\w*|information|diskussion|workshop|training|course|apt\w*|material|forelasning\w*|seminari\w*) (om|i|on|in|about)( \w+){0,3} (hot\w*|threat\w*)|\b(pratade|prata|pass) (om|about)( \w+){0,3} (hot\w*|threat\w*)|\b(fragade|undrade|asked|wondered) (om|hur|about|how)( \w+){0,4} (hot\w*|threat\w*)|\bom (hot|hotet|hoten) mot\b|\b(scenari\w*|ovning\w*|rollspel\w*|role-?play|filmen|movie|serien|pjas\w*|deckare\w*|romanen|novel)\b|\bin the (series|show|film|movie|book|play)\b|\b(en |a )?(fraga|question) (fran (en |min )?\w+ )?(om|about)( \w+){0,3} (hot\w*|threat\w*)|\b(en|a) (film|movie|serie) (\w+ )?(dar|where|om|about)\b|\b(hot|threats?)( och vald| and violence)? ?(utbildning\w*|training|course|kurs\w*)\b|\b(ovade|ovar|ovning\w*|practi[sc]ed|practi[sc]ing|trained)( \w+){0,6} (hot\w*|threat\w*)/;
/**
 * The writer says outright that it happened to them ("Jag blev hotad i telefon", "I lost my work phone"),
 * so a question after it ("vem ska jag prata med?") asks what to do now, not what the rule is.
 */
export const TOLD_EVENT = anyOf([
  '(jag|vi|^|[.!?,]) ?(blev|har blivit|har precis blivit|blev precis|har just blivit) (hotad|hotade|uppringd och hotad)',
  '(i|we) (was|were|got|have been|just got|just been|have just been) threatened',
  '(jag|vi) (har )?(precis |just )?(tappat|tappade|forlorat|forlorade|blivit av med|blev av med|glomt|glomde|lamnade|lamnat)',
  '(fick|fatt|har fatt) (ett |flera |tva |tre )?(sms|meddelande|rostmeddelande)|(har )?skickat (\\w+ ){0,2}sms',
  '(ligger|finns|kom) (ett |flera )?(rostmeddelande|sms|meddelande)',
  "(i|we)('ve|'d| have| had)?( just)? (lost|dropped|misplaced)",
  '(jag|vi)( (?!(om|man|att|hon|han|undrar|vet|nar|personalen|kollegan|de|dom)\\b)\\w+){0,4}? ((sjalv|just|precis|nyss|idag|har) )*(fatt|fick) (ett )?(hotfullt (telefon)?samtal|hotsamtal|hot)\\b',
  "(i|we)('ve| have)?( just)? (got|had|received) (a )?(threatening (phone )?call|threat)",
  // Being called is only the setting; the threat must be told with it.
  'blev (sjalv |just |nyss |precis )?uppringd (\\w+ ){0,6}(som|och) hotade (mig|oss)',
  '(jag|vi)( (?!(om|man|att|hon|han|undrar|vet)\\b)\\w+){1,3} (har|hade) (tyvarr |precis |just )?(tappat|forlorat|blivit av med)',
  "(my|our) (work |council |company )?(phone|mobile) (was|got|has been) (stolen|taken|nicked|lost|swiped)",
  '(min|mitt|my|\\w*(mobilen|telefonen|vaskan|planboken|jackan|bilen))( \\w+ som)? (blev|har blivit) (stulen|snodd|knyckt|tagen|uppbruten)|(my|our) \\w+ (was|got|has been) (stolen|nicked|snatched)',
  '(nagon|nan|tjuven|tjuvar|someone) (har )?(stulit|stal|snott|snodde|tagit|tog|knyckt|knyckte|stole|took|nicked) (min|mitt|my)',
  "(i )?(got|had|received) a (\\w+ )?call (from (\\w+ ){1,3})?(threatening|saying|telling)",
  '(jag|vi) (har )?(precis |just )?(forlagt|forlade)',
  '^(har )?(tappade|tappat|glomde|forlorade|forlorat)\\b',
  "^(just |i )?(lost|left|dropped) my\\b",
  '(min|mitt) (jobb|tjanste|kommun)?(mobil|telefon)\\w* (blev|har blivit|ar) (stulen|snodd|tagen|borta)',
  // Calls that keep coming: "nån ringer hela tiden och säger hotfulla saker till mig".
  '(nan|nagon|en \\w+|han|hon) (har )?(ringer|ringt|ringde)( \\w+){0,6} (och )?(sager|sagt|sa|skriker|skrek) (hotfulla|hotande|otackta|hemska) (saker|grejer|ord)',
  '(keeps|kept) (calling|phoning|ringing)( me)? and (saying|threatening|shouting)',
]);
/** An "if" that makes the message a question about what one should do: "om jag blir hotad ...". */
export const CONDITIONAL = anyOf(['om (man|jag|nagon|nan|en|du|vi)', 'om (jobb|tjanste)?(mobilen|telefonen)', 'om \\w+ (blev|skulle|hade|har)', 'anta att|sag att|tank om', 'ifall', 'if', 'in case', 'whenever', "suppose|imagine|let'?s say", 'nar (man|nagon|nan)']);
/** Long ago, so no report now: "för två år sedan", "last year". */
export const LONG_AGO = /\bfor (\w+ )?(ar|manader|manad) (sedan|sen)\b|\bforra aret\b|\bi fjol\b|\b(years|months) ago\b|\blast year\b/;
/** Something new after a long-ago event: "... och nu ringde han igen". */
export const NOW_AGAIN = /\b(nu|idag|nyss|igar|i morse|imorse|i helgen|today|just now|yesterday|this morning|last night)\b|(?<!\b(om|if)( \w+){1,3} )\b(igen|again)\b/;
/** Asking about the rule rather than telling what happened. */
export const HYPOTHETICAL = anyOf([
  // Not "vet inte om jag ska anmäla": unsure whether, not if.
  'om (man|en|nan|nagon|telefonen|mobilen)',
  '(?<!\\b(vet inte|vet ej|undrar|osaker pa|osaker|eller)( riktigt)? )om (jag|min|mitt)',
  'om \\w+ hade',
  // Not "nu när jag har letat": now that.
  '(?<!\\b(nu|vet inte|vet ej|osaker pa|undrar)( riktigt)? )(om|nar) (?!(jag|vi) skulle\\b)\\w+ (blir|skulle|ar|har)',
  'nar (nagon|nan|man)',
  '(hur|vem|var) (anmaler|kontaktar|rapporterar|dokumenterar|antecknar|ska) (jag|man)',
  'how do i report',
  // Not "not sure if this matters", "not sure if I should": unsure whether; but "wondering if calls must be reported" asks.
  "ifall|(?<!\\b(not sure|unsure|don'?t know|no idea) )if(?! (i|my)\\b)|(?<!\\b(not sure|unsure|wondering|wonder|don'?t know|no idea) )if (i|my)\\b|in case|whenever",
  '(vad|hur) (gor|ska|bor|kan|maste) man',
  // Asking on someone else's behalf: "min kollega har tappat mobilen, vad ska hon göra?"
  '(vad|hur|vem|vart) (ska|bor|kan|maste) (hon|han|hen|de|dom) (gora|hora av sig|vanda sig|kontakta)',
  '(min|en|var) kollega(?=.*\\?\\s*$)|colleague(?=.*\\?\\s*$)',
  '\\bwho (blocks|handles|do i|should i)\\b|is it my manager',
  'what should (she|he|they) do',
  'vad (borde|skulle|ska) (hon|han|hen|de|dom) (ha )?gjort',
  'nar (en|nagon|nan|min) \\w+ (sager|berattar|meddelar)',
  'som chef,? (vad|hur|vem|maste|ska|far|bor|kan)|as a manager,? (what|how|who|must|should|can|do)',
  'hur (snabbt|fort|ofta)|inom hur lang tid',
  '(ska|skulle|bor|kan|maste|far) man',
  'when someone',
  'rutin\\w*|routine|policy|riktlinje\\w*|guideline|regel|regeln|reglerna|rules?',
  'vad (star|sager) (det|den|riktlinjen|policyn|rutinen) om|what does (it|the guideline|the policy) say about',
  'vad man (gor|ska gora)|nar (en|ett|din|min) \\w+ (blir|ar|har)',
  "anta att|sag att|tank om|suppose|imagine|let'?s say",
  '(undrar|wonder|wondering|fragar) (om|if|whether) (\\w+ ){0,2}(hot\\w*|threat\\w*|telefon\\w*|mobil\\w*)',
  'vad galler|vilka steg|vem ska (fa veta|kontaktas)',
  'what (is|are) the (rule|procedure|steps)|procedure',
  'dokumenterar man|man (blir|blivit|har blivit)',
]);
