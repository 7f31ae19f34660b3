import { isMistypedEverydayWord } from '../../../../bot/domain/knowledge/text/everyday-typos';

describe('isMistypedEverydayWord', () => {
  it('knows an everyday word with a letter missing or two letters swapped', () => {
    expect(['mste', 'behovr', 'sjav', 'mycke', 'egentligne', 'fortfarnde', 'verkligne', 'alltsa'].map(isMistypedEverydayWord)).toEqual([true, true, true, true, true, true, true, false]);
  });

  it('does not guess a wrong letter, a letter too many or a slip in a short word, where real words hide', () => {
    expect(['desk', 'track', 'vacka', 'trycker', 'boendet', 'gallra', 'mobil', 'signatur', 'kod'].map(isMistypedEverydayWord)).toEqual(Array(9).fill(false));
  });
});
