import { FuzzyVocabulary } from '../../../../bot/domain/knowledge/search/fuzzy';

const vocabulary = new FuzzyVocabulary(
  new Map([
    ['skarmlas', ['#losenord']],
    ['tappade', ['#forlorad']],
    ['telefonen', ['#telefon']],
    ['shoppa', ['shoppa']],
    ['motet', ['#sammantrade']],
  ]),
);

describe('FuzzyVocabulary', () => {
  it('finds a word with a typo', () => {
    expect(vocabulary.closest('telfonen')?.terms).toEqual(['#telefon']);
  });

  it('does not take a word with another first letter for a typo ("hoppa" is not "shoppa", "hotet" not "mötet")', () => {
    expect(vocabulary.closest('hoppa')).toBeUndefined();
    expect(vocabulary.closest('hotet')).toBeUndefined();
  });

  it('still finds a word whose first two letters were swapped', () => {
    expect(vocabulary.closest('etlefonen')?.terms).toEqual(['#telefon']);
  });

  it('finds another ending of a word by its long shared beginning', () => {
    expect(vocabulary.closest('tappat')?.terms).toEqual(['#forlorad']);
  });

  it('does not take a compound with another last part for the same word', () => {
    expect(vocabulary.closest('skarmdump')).toBeUndefined();
  });
});
