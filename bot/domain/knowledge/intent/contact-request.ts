/**
 * "Vad är växelns telefonnummer?", "what's the registrar's email address?": a request for someone's
 * number or address. The guideline names contacts but lists no numbers or addresses, so such a
 * question is not answered from a rule, however much it shares words with one. The number or address
 * must be someone's, by a genitive or by "till"/"for" and a place to reach; "vilket nummer ska stå i
 * signaturen" asks about a rule. Works on folded text.
 */
/** A number or an address, not the channel: "skicka den på mejl till registrator?" asks about sending. */
const ADDRESS_OR_NUMBER = '(telefonnummer|telefonnumret|nummer|numret|nummret|tel|mejladress|mejladressen|mailadress|mailadressen|e-postadress|e-postadressen|epostadress|epostadressen|adress|adressen|email address|e-mail address|phone number|number|address)';
/** A number or an address, or the channel named for one: "vad är registrators mejl?". */
const DETAIL = `(${ADDRESS_OR_NUMBER}|mejl|mail|e-post|email|e-mail)`;
/** A workplace by the ending of its name: socialförvaltningen, skolkontoret, enheten, boendet. */
const WORKPLACE = '\\w*(forvaltningen|kontoret|enheten|skolan|avdelningen|huset|boendet|kansliet|centralen)\\b';
const PLACE = "(vaxeln?|registrator\\w*|registratur\\w*|kanslie?\\w*|it|it-support\\w*|support\\w*|servicedesk\\w*|helpdesk\\w*|hr|kundtjanst\\w*|receptionen|the switchboard|the registrar|the office|the helpdesk|the service desk|reception)";
const OWNER = "((min|mitt|var|vart|my|our|the) )?(\\w+s|\\w+:s|\\w+'s)";
const ASKS_FOR_DETAIL = new RegExp(
  [
    `\\b(vad|vilket|vilken) (ar|e|har) ${OWNER} ${DETAIL}\\b(?! (i|in) (signatur|my|the))`,
    `\\b(vad|vilket|vilken) (ar|e) (det for )?${DETAIL} (till|hos) (\\w+s )?${PLACE}\\b`,
    `\\b(vilket|vilken|vad for) ${DETAIL} (har|till) ${PLACE}\\b`,
    `\\bvad har ${PLACE} for ${DETAIL}\\b`,
    // "vem är registrator och vad har hon för mejladress": someone already named in the question.
    `\\b(vad|vilket|vilken) (har|ar) (han|hon|hen|dom|de) for ${DETAIL}\\b`,
    `\\bwhat('s| is) (his|her|their) ${DETAIL}\\b`,
    `\\b(kan jag fa|har du|ge mig|give me|could you give me|can i have|can i get) (the )?${DETAIL} (till|to|for|of) ${PLACE}\\b`,
    `\\b${ADDRESS_OR_NUMBER} (till|to|for) ${PLACE}\\?`,
    `\\bwhat('s| is) ${OWNER} ${DETAIL}\\b`,
    `\\bwhat('s| is) (the )?${PLACE} ${DETAIL}\\b`,
    `\\bwhat('s| is) the ${DETAIL} (of|for|to) ${PLACE}\\b`,
    `\\bwhat ${DETAIL} do i (call|ring|use) to reach ${PLACE}\\b`,
    `\\b(vilket|vilken|vad for) ${DETAIL} (ringer|mejlar|anvander|slar) (jag|man|vi)( in)? (for att|om jag vill) (na|fa tag (pa|i)|komma i kontakt med|kontakta|ringa) ${PLACE}\\b`,
    // Who someone is at a given place: "Vem är registrator på socialförvaltningen?"
    `\\b(vem|vilka) (ar|e) (registrator\\w*|chef\\w*|it-?ansvarig\\w*|kontaktperson\\w*) (pa|hos) ${WORKPLACE}`,
    `\\bwho is (the )?(registrar|manager|contact person) at (the )?\\w+ (office|school|department|unit)\\b`,
  ].join('|'),
);

export function asksForContactDetails(folded: string): boolean {
  return ASKS_FOR_DETAIL.test(folded);
}
