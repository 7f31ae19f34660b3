import { allowedTypos, editDistance } from '../../../../bot/domain/knowledge/text/edit-distance';

describe('editDistance', () => {
  it('counts a wrong, a missing and an extra letter as one edit each', () => {
    expect(editDistance('telefon', 'telefon')).toBe(0);
    expect(editDistance('telefon', 'telafon')).toBe(1);
    expect(editDistance('telefon', 'telfon')).toBe(1);
    expect(editDistance('telefon', 'telefoon')).toBe(1);
  });

  it('counts two swapped neighbours as one edit', () => {
    expect(editDistance('signatur', 'singatur')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
  });

  it('measures words of any length, also after longer ones', () => {
    const long = 'a'.repeat(80);
    expect(editDistance(long, 'a'.repeat(78) + 'bb')).toBe(2);
    expect(editDistance('', 'hej')).toBe(3);
    expect(editDistance('hotsamtal', 'hotsamtl')).toBe(1);
  });

  it('stops at the limit it is given and says the distance is above it', () => {
    expect(editDistance('röstbrevlåda', 'brevbärare', 2)).toBe(3);
    expect(editDistance('telefon', 'telefonist', 1)).toBe(2);
    expect(editDistance('telefon', 'telafon', 1)).toBe(1);
    expect(editDistance('hotfullt', 'hotfulla', 1)).toBe(1);
    expect(editDistance('abcdefgh', 'uvwxyzqr', 1)).toBe(2);
    expect(editDistance('abcdefgh', 'uvwxyzqr', 3)).toBe(4);
  });

  it('gives the same distance with a limit as without when it is within the limit', () => {
    const pairs: [string, string][] = [['försvunnen', 'forsvunnen'], ['borttappad', 'bortappad'], ['threatened', 'thraetened'], ['kansliet', 'kanslit']];
    for (const [a, b] of pairs) expect(editDistance(a, b, 2)).toBe(editDistance(a, b));
  });
});

describe('allowedTypos', () => {
  it('allows none in short words, one in middling and two in long ones', () => {
    expect([allowedTypos(4), allowedTypos(5), allowedTypos(8), allowedTypos(9)]).toEqual([0, 1, 1, 2]);
  });
});
