import { FuzzyVocabulary } from '../../../../bot/domain/knowledge/search/fuzzy';

const vocabulary = new FuzzyVocabulary(
  new Map([
    ['skarmlas', ['#losenord']],
    ['tappade', ['#forlorad']],
    ['telefonen', ['#telefon']],
  ]),
);

describe('FuzzyVocabulary', () => {
  it('finds a word with a typo', () => {
    expect(vocabulary.closest('telfonen')?.terms).toEqual(['#telefon']);
  });

  it('finds another ending of a word by its long shared beginning', () => {
    expect(vocabulary.closest('tappat')?.terms).toEqual(['#forlorad']);
  });

  it('does not take a compound with another last part for the same word', () => {
    expect(vocabulary.closest('skarmdump')).toBeUndefined();
  });
});
