/**
 * "Vad är växelns telefonnummer?", "what's the registrar's email address?": a request for someone's
 * number or address. The guideline names contacts but lists no numbers or addresses, so such a
 * question is not answered from a rule, however much it shares words with one. The number or address
 * must be someone's, by a genitive or by "till"/"for" and a place to reach; "vilket nummer ska stå i
 * signaturen" asks about a rule. Works on folded text.
 */
const DETAIL = '(telefonnummer|telefonnumret|nummer|numret|nummret|tel|mejladress|mejladressen|mailadress|mailadressen|e-postadress|e-postadressen|epostadress|epostadressen|adress|adressen|email address|e-mail address|phone number|number|address)';
const PLACE = "(vaxeln|registrator\\w*|kanslie?\\w*|it|it-support|support|helpdesk|receptionen|the switchboard|the registrar|the office|reception)";
const ASKS_FOR_DETAIL = new RegExp(
  [
    `\\b(vad|vilket|vilken) (ar|e|har) (\\w+s) ${DETAIL}\\b`,
    `\\b(vad|vilket|vilken) (ar|e) (det for )?${DETAIL} (till|hos) ${PLACE}\\b`,
    `\\b(vilket|vilken|vad for) ${DETAIL} (har|till) ${PLACE}\\b`,
    `\\bwhat('s| is) (the )?\\w+'s ${DETAIL}\\b`,
    `\\bwhat('s| is) the ${DETAIL} (of|for|to) ${PLACE}\\b`,
  ].join('|'),
);

export function asksForContactDetails(folded: string): boolean {
  return ASKS_FOR_DETAIL.test(folded);
}
