import { splitCompound } from '../../../../bot/domain/knowledge/search/compounds';
import { SynonymMap } from '../../../../bot/domain/knowledge/text/synonyms';

const known = new Set(['mobil', 'jobb', 'telefon', 'bord', 'signatur', 'epost']);
const isKnown = (t: string) => known.has(t);
const synonyms = new SynonymMap([]);

describe('splitCompound', () => {
  it('splits a compound into modifier and head', () => {
    expect(splitCompound('jobbmobilen', isKnown, synonyms, ['sv'])).toEqual({ head: ['mobil'], modifier: ['jobb'] });
  });

  it('handles the linking s', () => {
    expect(splitCompound('bordstelefon', isKnown, synonyms, ['sv'])).toEqual({ head: ['telefon'], modifier: ['bord'] });
  });

  it('takes the first part for the meaning when the last is a generic word', () => {
    const withRules = (t: string) => isKnown(t) || t === 'regl';
    expect(splitCompound('signaturregler', withRules, synonyms, ['sv'])).toEqual({ head: ['signatur'], modifier: ['regl'] });
  });

  it('splits off a generic last part even though it is a common word', () => {
    const withThings = (t: string) => t === 'privat' || t === 'grej';
    expect(splitCompound('privatgrejer', withThings, synonyms, ['sv'])).toEqual({ head: ['privat'], modifier: ['grej'] });
  });

  it('leaves the meaning to the head when the first part says nothing', () => {
    const meetings = (t: string) => t === 'motet';
    expect(splitCompound('morgonmotet', meetings, synonyms, ['sv'])).toEqual({ head: ['motet'], modifier: [] });
  });

  it('keeps a known head whole rather than cut it for a first part it knows ("långtids" + "sjukskriven", not "långtidssjuk" + "skriven")', () => {
    const sickness = (t: string) => ['sjukskriv', 'skriv', 'langtidssjuk'].includes(t);
    expect(splitCompound('langtidssjukskriven', sickness, synonyms, ['sv'])).toEqual({ head: ['sjukskriv'], modifier: ['langtidssjuk'] });
  });

  it('does not read a word as a compound of parts that say nothing on their own', () => {
    const everything = () => true;
    expect(splitCompound('tjatar', everything, synonyms, ['sv'])).toBeUndefined();
  });

  it('leaves words that are not compounds of known parts alone', () => {
    expect(splitCompound('kaffebryggare', isKnown, synonyms, ['sv'])).toBeUndefined();
  });
});
