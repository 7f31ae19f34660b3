/**
 * Masks personal data in free text before it is stored, so the question log can be kept and
 * shown to kansliet without holding e-mail addresses, phone numbers or personnummer.
 * Masking is deliberately greedy for number shapes that are almost always personal (a phone
 * number, a valid birth date followed by four digits) and leaves other numbers alone
 * ("48 timmar", "SFS 2009:400", a four-digit PIN, "11 p", years, dates).
 */

export const EMAIL_MASK = '[e-post]';
export const PHONE_MASK = '[telefon]';
export const PERSONNUMMER_MASK = '[personnummer]';

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/**
 * YYYYMMDD-XXXX, YYMMDD-XXXX, YYMMDD+XXXX (aged 100 or more), with or without the separator.
 * Groups: century, year, month, day, separator, last four.
 */
const PERSONNUMMER = /(?<!\p{N})(\d{2})?(\d{2})(\d{2})(\d{2})([-+\u2010\u2011\u2013\u2212]|[ \u00a0])?(\d{4})(?!\p{N})/gu;

/** Between digits of a phone number: one space, or a dash or slash with optional spaces around it. */
const SEP = String.raw`(?:[ \u00a0]?[-\u2010\u2011\u2013/][ \u00a0]?|[ \u00a0])?`;

/**
 * Not inside a longer number, nor continuing a date or time (the "01-05 08 00" of "2024-01-05 08 00").
 * A letter right before is allowed: "tel0701234567" is still a phone number.
 */
const START = String.raw`(?<![\p{N}_]|\p{N}[-\u2010\u2011\u2013.:])`;

/** +46 70 123 45 67, 0046 70-123 45 67, +46 (0)155-38 00 00, and other countries with "+". */
const INTERNATIONAL_PHONE = new RegExp(
  String.raw`${START}(?:\+\d{1,3}|0046)[ \u00a0]?(?:\(0\)[ \u00a0]?)?(?:${SEP}\d){6,12}(?!\p{N})`,
  'gu',
);

/** 070-123 45 67, 0155-38 00 00, 08-12 34 56, 0701234567: a leading 0 and 8 to 10 digits in all. */
const DOMESTIC_PHONE = new RegExp(String.raw`${START}0(?:${SEP}\d){7,9}(?!\p{N})`, 'gu');

/** (0155) 38 00 00 */
const AREA_IN_PARENTHESES_PHONE = new RegExp(
  String.raw`${START}\(0\d{1,3}\)[ \u00a0]?\d(?:${SEP}\d){4,7}(?!\p{N})`,
  'gu',
);

export function maskPersonalData(text: string): string {
  return maskPhoneNumbers(maskPersonnummer(text.replace(EMAIL, EMAIL_MASK)));
}

function maskPersonnummer(text: string): string {
  return text.replace(
    PERSONNUMMER,
    (match, century: string | undefined, year: string, month: string, day: string, separator: string | undefined) => {
      const looksLikeMobileNumber = century === undefined && separator === undefined && year.startsWith('0');
      if (looksLikeMobileNumber) return match;
      return isPersonnummerDate(century, month, day) ? PERSONNUMMER_MASK : match;
    },
  );
}

/** Month 01-12; day 01-31, or 61-91 for a samordningsnummer (day + 60). */
function isPersonnummerDate(century: string | undefined, month: string, day: string): boolean {
  if (century !== undefined && !['18', '19', '20'].includes(century)) return false;
  const m = Number(month);
  const d = Number(day);
  const validDay = (d >= 1 && d <= 31) || (d >= 61 && d <= 91);
  return m >= 1 && m <= 12 && validDay;
}

function maskPhoneNumbers(text: string): string {
  return text
    .replace(INTERNATIONAL_PHONE, PHONE_MASK)
    .replace(AREA_IN_PARENTHESES_PHONE, PHONE_MASK)
    .replace(DOMESTIC_PHONE, PHONE_MASK);
}
