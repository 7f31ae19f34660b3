import { COMMON_WORDS } from './common-words';
import { STOPWORDS } from './stopwords';

/** Shorter words are too close to real words to guess from one slip: "track" is not "tack". */
const MIN_LENGTH = 5;

/** Every everyday word (stop words and common words, folded) with one of its letters left out. */
const withOneLetterLess = new Set<string>();
const everyday = new Set<string>();
for (const word of [...STOPWORDS, ...COMMON_WORDS]) {
  if (word.length < MIN_LENGTH) continue;
  everyday.add(word);
  for (let i = 0; i < word.length; i++) withOneLetterLess.add(word.slice(0, i) + word.slice(i + 1));
}

/**
 * An everyday word typed in a hurry ("mste" for "måste", "egentligne"): one letter missing or two
 * swapped. Such a word says nothing about the subject, so it must not weigh like an unknown subject
 * word. Neither a wrong letter nor one too many is guessed: real words hide there ("desk" is not
 * "dess", "trycker" not "tycker", "boendet" not "boende").
 */
export function isMistypedEverydayWord(folded: string): boolean {
  if (folded.length < MIN_LENGTH - 1 || everyday.has(folded)) return false;
  if (withOneLetterLess.has(folded)) return true;
  for (let i = 1; i < folded.length; i++) {
    if (everyday.has(folded.slice(0, i - 1) + folded[i] + folded[i - 1] + folded.slice(i + 1))) return true;
  }
  return false;
}
