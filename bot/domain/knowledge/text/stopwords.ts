/**
 * Words that carry no topic. Reviewed by hand: generic lists such as stopwords-iso drop content
 * words (dag, gäller, kan) that matter here. Stored folded (no å/ä/ö) to match folded tokens.
 */
const SV = `
jag du han hon hen vi ni de dem den det denna detta dessa man mig dig sig oss er honom henne hens min mitt mina din ditt dina
sin sitt sina var vart vara vår vårt våra er ert era hans hennes deras dess någon något några nån nåt nåra
och eller men att som om när så då än för till från med utan på i av ur ut in upp ner över under vid hos
mot efter innan före genom mellan åt inom bland utom kring enligt förutom angående bakom ifrån därifrån härifrån per
är är var varit vara blir blev bli blivit har hade haft ha kan kunde kunnat ska skall skulle vill ville
få får fick fått måste bör borde behöver behövs brukar gå går gick gått gör gjorde göra gjort innebär innebära innebar
hur vad vem vilka vilken vilket varför var när vart
inte ej ju väl nog bara också även redan just nu sen sedan då där här hit dit
en ett ena andra annan annat alla allt alltid aldrig mycket lite mer mest många inga ingen inget
nej ja jo okej ok hej tack snälla liksom typ alltså egentligen
va e dom mej dej sej nån nåt nånstans o rent finnas
det den de finns fanns gäller gälla står säger sa menas menar menat
osv etc alls
`;

const EN = `
i me my mine myself you your yours he him his she her it its we us our they them their
a an the and or but if then so than of to from in on at by for with without about into onto over under
is am are was were be been being do does did done have has had having can could shall should will would
may might must need needs ought
what which who whom whose when where why how
not no yes just also too very really only still yet now there here this that these those
some any all each every much many more most other another such
please thanks hi hello okay ok get got
`;

function toSet(list: string): Set<string> {
  const fold = (w: string) => w.replace(/å|ä/g, 'a').replace(/ö/g, 'o');
  return new Set(list.split(/\s+/).filter(Boolean).map(fold));
}

export const STOPWORDS: ReadonlySet<string> = new Set([...toSet(SV), ...toSet(EN)]);
const EXACT: ReadonlySet<string> = new Set(`${SV} ${EN}`.split(/\s+/).filter(Boolean));

/**
 * A word written with å, ä or ö is compared as written, so "ändra" (change) is not taken for
 * "andra" (other); one written without them may be either, and is compared folded.
 */
export function isStopword(lowercase: string): boolean {
  return /[åäöéü]/.test(lowercase) ? EXACT.has(lowercase) : STOPWORDS.has(lowercase);
}

export const SWEDISH_FUNCTION_WORDS: ReadonlySet<string> = toSet(`
jag du vi man mig min mitt mina är och att det som en ett på med för hur vad vem har kan ska inte om
till får måste någon nån när vilka vilken varför hos från eller också av efter vid jobbet mitt sin
`);

export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = toSet(`
me my you your we the a an is are was were be do does did can could should would will what which who
how when where why to of for with on at if it this that there have has our their someone got need am
`);
