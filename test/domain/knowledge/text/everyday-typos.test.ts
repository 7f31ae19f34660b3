import { isMistypedEverydayWord } from '../../../../bot/domain/knowledge/text/everyday-typos';

describe('isMistypedEverydayWord', () => {
  it('knows an everyday word with a letter missing, a letter too many or two letters swapped', () => {
    expect(['mste', 'behovr', 'sjav', 'mycke', 'egentligne', 'fortfarnde', 'verkligne', 'alltsa'].map(isMistypedEverydayWord)).toEqual([true, true, true, true, true, true, true, false]);
  });

  it('does not guess a wrong letter or a slip in a short word: "desk" is not "dess", "track" not "tack"', () => {
    expect(['desk', 'track', 'mobil', 'signatur', 'kod'].map(isMistypedEverydayWord)).toEqual([false, false, false, false, false]);
  });
});
