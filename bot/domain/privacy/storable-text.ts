import { maskPersonalData } from './mask';

/** Longest question text we keep; enough to understand a question, too short to hold a letter. */
export const MAX_STORED_TEXT_LENGTH = 500;

/** What may be written to the question log: personal data masked, then cut to a bounded length. */
export function toStorableText(text: string): string {
  return truncate(maskPersonalData(text.trim()), MAX_STORED_TEXT_LENGTH);
}

/** Cuts by code points so an emoji or å written as two code units is never split in half. */
export function truncate(text: string, maxLength: number): string {
  const codePoints = Array.from(text);
  if (codePoints.length <= maxLength) return text;
  return codePoints.slice(0, maxLength - 1).join('') + '…';
}
