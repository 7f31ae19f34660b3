import { SynonymMap } from '../../../../bot/domain/knowledge/text/synonyms';
import { tokenize } from '../../../../bot/domain/knowledge/text/terms';

const synonyms = new SynonymMap([
  ['telesvar', 'röstbrevlåda', 'telefonsvarare', 'voice mail'],
  ['osl', 'offentlighets- och sekretesslagen'],
  ['koppla vidare', 'transfer', 'put through'],
  ['brukare', 'vårdtagare', 'service user'],
  ['svarare', 'answerphone'],
  ['allmän handling', 'public document'],
  ['fast telefon', 'desk phone'],
  ['48 timmar', 'två dagar'],
  ['massutskick', 'mejla alla'],
]);
const terms = (text: string) => tokenize(text, synonyms, ['sv']).flatMap((t) => t.terms);

describe('tokenize', () => {
  it('maps synonyms in any inflection to one term', () => {
    expect(terms('röstbrevlådan')).toEqual(terms('telesvar'));
    expect(terms('telefonsvararen')).toEqual(terms('telesvar'));
  });

  it('maps a synonym phrase to its term', () => {
    expect(terms('offentlighets- och sekretesslagen')).toEqual(terms('OSL'));
    expect(tokenize('my voice mail', synonyms, ['en']).flatMap((t) => t.terms)).toEqual(terms('telesvar'));
  });

  it('reads a two-word phrase with a slip in its long second word as the phrase', () => {
    expect(terms('allmän handlig')).toEqual(terms('allmän handling'));
    expect(terms('allman handlnig')).toEqual(terms('allmän handling'));
    expect(tokenize('public documnet', synonyms, ['en']).flatMap((t) => t.terms)).toEqual(terms('allmän handling'));
    expect(terms('fast telefonbok')).not.toEqual(terms('fast telefon'));
    expect(terms('två vägar')).not.toEqual(terms('två dagar'));
  });

  it('compares the function words of a phrase as written: "alls" is not "alla"', () => {
    expect(terms('mejla alla')).toEqual(terms('massutskick'));
    expect(terms('mejlen alls')).not.toEqual(terms('massutskick'));
  });

  it('reads a particle verb split by its object as the phrase', () => {
    expect(terms('kan jag koppla dom vidare')).toEqual(terms('koppla vidare'));
    expect(tokenize('put him through', synonyms, ['en']).flatMap((t) => t.terms)).toEqual(terms('koppla vidare'));
  });

  it('reads a particle verb split by the subject of a question as the phrase', () => {
    expect(terms('hur kopplar jag vidare samtalet')).toEqual([...terms('koppla vidare'), ...terms('samtalet')]);
  });

  it('reads the spoken "-arn" like the written "-aren", but leaves "barn" alone', () => {
    expect(terms('telefonsvararn')).toEqual(terms('telefonsvararen'));
    expect(terms('skolbarn')).not.toEqual(terms('skolbaren'));
  });

  it('reads the definite -et form like the word itself', () => {
    expect(terms('telesvaret')).toEqual(terms('telesvar'));
    expect(terms('lösenordet')).toEqual(terms('lösenord'));
    expect(terms('frånvaromeddelandet')).toEqual(terms('frånvaromeddelande'));
    expect(terms('skolans')).toEqual(terms('skola'));
    expect(terms('tillåtet')).not.toEqual(terms('tillåtelse'));
    expect(terms('ärendet')).toEqual(terms('ärende'));
    expect(terms('beslutet')).toEqual(terms('beslut'));
  });

  it('knows an agent noun by its own inflections, not by the verb Snowball cuts it down to', () => {
    expect(terms('brukarna')).toEqual(terms('brukare'));
    expect(terms('privat bruk')).not.toContainEqual(terms('brukare')[0]);
    expect(terms('hon svarar')).not.toContainEqual(terms('svarare')[0]);
  });

  it('reads a Swedish word by Swedish stems only, so an English word cannot lend it its meaning', () => {
    const map = new SynonymMap([
      ['kalender', 'diary'],
      ['diarium', 'diariet'],
    ]);
    expect(map.word('diarier', 'sv')).toBe('#diarium');
    expect(map.word('diaries', 'en')).toBe('#kalender');
  });

  it('knows a word whose stem is an everyday word only as written', () => {
    const map = new SynonymMap([['sekretess', 'hemlig', 'hemligt']]);
    expect(map.word('hemligt', 'sv')).toBe('#sekretess');
    expect(map.word('hem', 'sv')).toBeUndefined();
  });

  it('does not give an everyday word the meaning of a group word that stems to it ("rätt" is not "rätta", "vanliga" not "vän")', () => {
    const map = new SynonymMap([['ändra', 'rätta'], ['vänner', 'vän', 'kompis']]);
    expect(map.word('rätta', 'sv')).toBe('#andra');
    expect(map.word('rätt', 'sv')).toBeUndefined();
    expect(map.word('vän', 'sv')).toBe('#vanner');
    expect(map.word('vanliga', 'sv')).toBeUndefined();
  });

  it('leaves out stop words and stems the rest', () => {
    expect(terms('Hur gör jag med signaturerna?')).toEqual(terms('signatur'));
  });

  it('leaves out the pronoun "hen" like "han" and "hon"', () => {
    expect(terms('om hen ringer igen')).toEqual(terms('om han ringer igen'));
  });

  it('leaves out "gå" and "innebär" like "går" and "menas": they ask, they name nothing', () => {
    expect(terms('vem ska mina mejl gå till')).toEqual(terms('mejl'));
    expect(terms('vad innebär sekretess')).toEqual(terms('sekretess'));
  });

  it('treats missing å, ä and ö like the real letters', () => {
    expect(terms('rostbrevladan')).toEqual(terms('röstbrevlådan'));
  });
});
