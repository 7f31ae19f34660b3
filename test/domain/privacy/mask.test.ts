import { EMAIL_MASK, maskPersonalData, PERSONNUMMER_MASK, PHONE_MASK } from '../../../bot/domain/privacy/mask';

describe('maskPersonalData', () => {
  describe('masks e-mail addresses', () => {
    it.each([
      ['mejla anna.svensson@oxelosund.se', `mejla ${EMAIL_MASK}`],
      ['ANNA@Example.COM', EMAIL_MASK],
      ['skriv till åsa.öberg@kommun.se i dag', `skriv till ${EMAIL_MASK} i dag`],
      ['mail till förnamn.efternamn@oxelosund.se!', `mail till ${EMAIL_MASK}!`],
      ['anna+ärende@oxelosund.se,bo@sub.oxelosund.se', `${EMAIL_MASK},${EMAIL_MASK}`],
      ['e-post: x@y.z', `e-post: ${EMAIL_MASK}`],
    ])('%j', (input, expected) => {
      expect(maskPersonalData(input)).toBe(expected);
    });
  });

  describe('masks Swedish phone numbers', () => {
    it.each([
      ['ring 070-123 45 67', `ring ${PHONE_MASK}`],
      ['ring +46 70 123 45 67', `ring ${PHONE_MASK}`],
      ['växeln 0155-12 34 56', `växeln ${PHONE_MASK}`],
      ['08-123 456 78', PHONE_MASK],
      ['08-12 34 56', PHONE_MASK],
      ['0701234567', PHONE_MASK],
      ['070 123 45 67', PHONE_MASK],
      ['070-1234567', PHONE_MASK],
      ['0155-383000', PHONE_MASK],
      ['+46701234567', PHONE_MASK],
      ['0046 70 123 45 67', PHONE_MASK],
      ['(0155) 38 00 00', PHONE_MASK],
      ['+46 (0)155-38 00 00', PHONE_MASK],
      ['+358 40 123 4567', PHONE_MASK],
      ['ring mig på 070 - 123 45 67.', `ring mig på ${PHONE_MASK}.`],
      ['ring 0701234567, tack', `ring ${PHONE_MASK}, tack`],
      ['(070-123 45 67)', `(${PHONE_MASK})`],
      ['nr:0701234567', `nr:${PHONE_MASK}`],
      ['tel0701234567', `tel${PHONE_MASK}`],
      ['0155-38 00 00 eller 0155-38 01 00', `${PHONE_MASK} eller ${PHONE_MASK}`],
      ['den 2026-11-28 ringde 070-123 45 67', `den 2026-11-28 ringde ${PHONE_MASK}`],
    ])('%j', (input, expected) => {
      expect(maskPersonalData(input)).toBe(expected);
    });
  });

  describe('masks personnummer and samordningsnummer', () => {
    it.each([
      ['mitt pnr är 850101-1234', `mitt pnr är ${PERSONNUMMER_MASK}`],
      ['19850101-1234', PERSONNUMMER_MASK],
      ['198501011234', PERSONNUMMER_MASK],
      ['8501011234', PERSONNUMMER_MASK],
      ['850101+1234', PERSONNUMMER_MASK],
      ['19121212–1212', PERSONNUMMER_MASK],
      ['850101 1234', PERSONNUMMER_MASK],
      ['20050101-1234', PERSONNUMMER_MASK],
      ['850161-1234', PERSONNUMMER_MASK],
      ['pnr850101-1234', `pnr${PERSONNUMMER_MASK}`],
      ['850101-1234 och 070-1234567', `${PERSONNUMMER_MASK} och ${PHONE_MASK}`],
    ])('%j', (input, expected) => {
      expect(maskPersonalData(input)).toBe(expected);
    });
  });

  describe('leaves text that is not personal data alone', () => {
    it.each([
      'svara inom 48 timmar',
      'SFS 2009:400',
      'OSL 2009:400 kap 21',
      'Outlook 2010',
      'Windows 11',
      'den 2026-11-28',
      '2026-11-28 08:00',
      '2026-11-28T10:00',
      'möte 2024-01-05 08 00',
      'mellan 2026-11-28 och 2026-12-01',
      'datum 2026-11-28 - 2026-12-01',
      '20261128',
      'den 28/11 2026',
      'kl 08.00-17.00',
      'kl. 07:00-16:00',
      'pin 1234',
      '11 kap. 2 §',
      'år 2025 och 2026',
      '3 st 2024-2025',
      'ärende 2024/123',
      'dnr KS 2024/0123',
      '1 000 000 kr',
      'version 1.2.3',
      'ip 192.168.0.1',
      'Kan jag ringa 112?',
      'rum 123 456',
      'a@b',
      '850132-1234',
      '851301-1234',
      '999999-9999',
      '1234567890',
      'Hur ställer jag in telesvar på mobilen?',
      '',
    ])('%j', (input) => {
      expect(maskPersonalData(input)).toBe(input);
    });
  });
});
