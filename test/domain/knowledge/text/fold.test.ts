import { fold, words } from '../../../../bot/domain/knowledge/text/fold';
import { plainText } from '../../../../bot/domain/knowledge/text/plain-text';

describe('fold', () => {
  it('matches words typed without å, ä and ö', () => {
    expect(fold('Förlorad RÖSTBREVLÅDA')).toBe(fold('forlorad rostbrevlada'));
  });
});

describe('plainText', () => {
  it('removes mentions, HTML tags, entities and links', () => {
    expect(plainText('<at>Riktlinjeboten</at> <b>hur</b>&nbsp;gör jag? https://example.com/x')).toBe('hur gör jag?');
  });
});

describe('words', () => {
  it('keeps e-post as one word and splits on punctuation', () => {
    expect(words('Får jag skicka e-post, sms?')).toEqual(['får', 'jag', 'skicka', 'epost', 'sms']);
  });

  it('reads English contractions as the words they stand for', () => {
    expect(words("I won't, can't, don't and I'm")).toEqual(['i', 'will', 'not', 'can', 'not', 'do', 'not', 'and', 'i']);
  });
});
