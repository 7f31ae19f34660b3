import type { Lang } from '../types';
import { fold, words } from './fold';
import { ENGLISH_FUNCTION_WORDS, SWEDISH_FUNCTION_WORDS } from './stopwords';

/** Swedish unless the message reads clearly as English: Swedish is the municipality's language. */
export function detectLanguage(text: string): Lang {
  const tokens = words(text).map(fold);
  let sv = /[åäö]/i.test(text) ? 2 : 0;
  let en = 0;
  for (const t of tokens) {
    if (SWEDISH_FUNCTION_WORDS.has(t)) sv += 1;
    if (ENGLISH_FUNCTION_WORDS.has(t)) en += 1;
  }
  if (/\b(i|i'm|i've|i'd)\b/.test(text.toLowerCase()) && en > 0) en += 1;
  return en > sv ? 'en' : 'sv';
}
