import { SynonymMap } from '../../../../bot/domain/knowledge/text/synonyms';
import { tokenize } from '../../../../bot/domain/knowledge/text/terms';

const synonyms = new SynonymMap([
  ['telesvar', 'röstbrevlåda', 'telefonsvarare', 'voice mail'],
  ['osl', 'offentlighets- och sekretesslagen'],
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

  it('leaves out stop words and stems the rest', () => {
    expect(terms('Hur gör jag med signaturerna?')).toEqual(terms('signatur'));
  });

  it('treats missing å, ä and ö like the real letters', () => {
    expect(terms('rostbrevladan')).toEqual(terms('röstbrevlådan'));
  });
});
