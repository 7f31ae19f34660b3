/**
 * "Vad är växelns telefonnummer?", "what's the registrar's email address?": a request for someone's
 * number or address. The guideline names contacts but lists no numbers or addresses, so such a
 * question is not answered from a rule, however much it shares words with one. Works on folded text.
 */
const DETAIL = '(telefonnummer|telefonnumret|nummer|numret|nummret|tel|mejladress|mejladressen|mailadress|mailadressen|e-postadress|e-postadressen|epostadress|epostadressen|adress|adressen|email address|e-mail address|phone number|number|address)';
const ASKS_FOR_DETAIL = new RegExp(
  [
    `\\b(vad|vilket|vilken) (ar|e|har) (det for )?(\\w+s )?${DETAIL}\\b`,
    `\\b${DETAIL} (till|for|at|to|of) (vaxeln|registrator\\w*|kanslie?\\w*|it|it-support|support|the \\w+)\\b`,
    `\\bwhat('s| is) (the )?(\\w+'?s )?${DETAIL}\\b`,
  ].join('|'),
);

export function asksForContactDetails(folded: string): boolean {
  return ASKS_FOR_DETAIL.test(folded);
}
