import { plainText } from '../domain/knowledge/text/plain-text';

/** What a message gives us to work with, after Teams' markup is taken away. */
export type Input =
  | { kind: 'text'; text: string }
  /** Only a picture or a file: the bot can only read text. */
  | { kind: 'attachments-only' }
  /** Empty, or only emoji and punctuation. */
  | { kind: 'no-words' };

/** Enough for any real question; a pasted letter is cut so understanding stays fast. */
export const MAX_ANALYSED_CHARS = 500;

const TEXT_ATTACHMENTS = new Set(['text/html', 'text/plain']);

export function readInput(text: string | undefined, attachmentTypes: readonly string[]): Input {
  const plain = plainText(text ?? '');
  if (/[\p{L}\p{N}]/u.test(plain)) return { kind: 'text', text: firstChars(plain, MAX_ANALYSED_CHARS) };
  // Teams copies formatted text into a text/html attachment: that is not a file.
  if (plain === '' && attachmentTypes.some((t) => !TEXT_ATTACHMENTS.has(t))) return { kind: 'attachments-only' };
  return { kind: 'no-words' };
}

/** Cuts by code points, so an emoji or an å in two code units is never split. */
function firstChars(text: string, max: number): string {
  // No more code units than the limit means no more code points either: nothing to cut.
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : points.slice(0, max).join('').trim();
}
