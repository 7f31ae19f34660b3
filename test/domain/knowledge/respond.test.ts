import { respond } from '../../../bot/domain/knowledge/respond';
import { buildIndex } from '../../../bot/domain/knowledge/understand';
import { area, kbOf, tinyKb } from '../../support/tiny-kb';

describe('respond', () => {
  it('tells where to turn for a question the guideline does not cover, with the contact filled in', () => {
    const outlook = { ...area('utanfor-outlook', ['hur delar jag min kalender i outlook'], ['how do I share my calendar in Outlook']), refer: { sv: 'Fråga {kontakt:it}.', en: 'Ask {kontakt:it}.' } };
    const kb = { ...kbOf(tinyKb().entries, [], [outlook]), contacts: { it: { name: { sv: 'IT-enheten', en: 'the IT unit' }, phone: '0155-1234' } } };
    const index = buildIndex(kb);
    expect(respond('hur delar jag min kalender i outlook?', index)).toMatchObject({ kind: 'fallback', referral: 'Fråga IT-enheten (0155-1234).' });
    expect(respond('How do I share my calendar in Outlook?', index)).toMatchObject({ kind: 'fallback', referral: 'Ask the IT unit (0155-1234).' });
  });

  it('gives a plain fallback, without a referral, to a question it knows nothing of', () => {
    const reply = respond('vem vann melodifestivalen', buildIndex(tinyKb()));
    expect(reply).toEqual({ kind: 'fallback', understanding: expect.objectContaining({ action: 'fallback' }) });
  });
});
