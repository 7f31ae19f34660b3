import { detectLanguage } from '../../../../bot/domain/knowledge/text/language';

describe('detectLanguage', () => {
  it.each([
    ['Hur ställer jag in telesvar?', 'sv'],
    ['hur staller jag in telesvar', 'sv'],
    ['signatur outlook', 'sv'],
    ['How do I set up voicemail on my phone?', 'en'],
    ['can I mail confidential stuff?', 'en'],
    ['my work phone was stolen', 'en'],
  ])('reads %p as %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
