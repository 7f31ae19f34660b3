import { PHONE_MASK } from '../../../bot/domain/privacy/mask';
import { MAX_STORED_TEXT_LENGTH, toStorableText, truncate } from '../../../bot/domain/privacy/storable-text';

describe('toStorableText', () => {
  it('masks personal data and trims surrounding space', () => {
    expect(toStorableText('  ring 070-123 45 67 \n')).toBe(`ring ${PHONE_MASK}`);
  });

  it(`cuts text longer than ${MAX_STORED_TEXT_LENGTH} characters and marks the cut`, () => {
    const stored = toStorableText('å'.repeat(20000));
    expect(Array.from(stored)).toHaveLength(MAX_STORED_TEXT_LENGTH);
    expect(stored.endsWith('…')).toBe(true);
  });

  it('keeps text of exactly the limit as it is', () => {
    const text = 'a'.repeat(MAX_STORED_TEXT_LENGTH);
    expect(toStorableText(text)).toBe(text);
  });

  it('masks before cutting, so a number straddling the limit never survives in part', () => {
    const text = `${'a '.repeat(245)}070-123 45 67`;
    expect(toStorableText(text)).not.toMatch(/\d{2}/u);
  });
});

describe('truncate', () => {
  it('never splits an emoji made of two code units', () => {
    const cut = truncate('👍'.repeat(10), 5);
    expect(Array.from(cut)).toEqual(['👍', '👍', '👍', '👍', '…']);
  });
});
