import { plainText } from '../../bot/domain/knowledge/text/plain-text';
import { MAX_ANALYSED_CHARS, readInput } from '../../bot/teams/input';

describe('readInput', () => {
  it('keeps a normal question as it is', () => {
    expect(readInput('Hur ställer jag in telesvar?', [])).toEqual({ kind: 'text', text: 'Hur ställer jag in telesvar?' });
  });

  it.each([[undefined], [''], ['   '], ['😀🎉'], ['?!…'], ['<p></p>']])('finds no words in %p', (text) => {
    expect(readInput(text, [])).toEqual({ kind: 'no-words' });
  });

  it('tells a picture without text apart from an empty message', () => {
    expect(readInput(undefined, ['image/png'])).toEqual({ kind: 'attachments-only' });
    expect(readInput('', ['application/vnd.microsoft.teams.file.download.info'])).toEqual({ kind: 'attachments-only' });
  });

  it('does not count the text/html copy Teams attaches as a file', () => {
    expect(readInput('', ['text/html'])).toEqual({ kind: 'no-words' });
  });

  it('answers the text when a message has both text and a picture', () => {
    expect(readInput('vad är sekretess', ['image/png'])).toEqual({ kind: 'text', text: 'vad är sekretess' });
  });

  it('cuts a very long message for analysis without splitting a character', () => {
    const input = readInput('å'.repeat(20_000), []);
    expect(input.kind === 'text' && Array.from(input.text)).toHaveLength(MAX_ANALYSED_CHARS);
    const emoji = readInput(`a${'😀'.repeat(1000)}`, []);
    expect(emoji.kind === 'text' && emoji.text.endsWith('😀')).toBe(true);
  });
});

describe('plainText', () => {
  it('strips tags and mentions and decodes entities', () => {
    expect(plainText('<at>Riktlinjeboten</at> <p>Hur <b>ställer</b> jag&nbsp;in &quot;telesvar&quot;?</p>')).toBe('Hur ställer jag in "telesvar"?');
  });

  it('drops scripts entirely', () => {
    expect(plainText('<script>alert(1)</script>sekretess')).toBe('sekretess');
  });

  it('leaves a lone < in a sentence alone', () => {
    expect(plainText('svar < 48 h')).toBe('svar < 48 h');
  });

  it('decodes numeric entities and ignores impossible ones', () => {
    expect(plainText('&#229;&#xE4;&#0;')).toBe('åä');
  });
});
