import { newStemmer } from 'snowball-stemmers';
import type { Lang } from '../types';

const stemmers = { sv: newStemmer('swedish'), en: newStemmer('english') };

export function stem(word: string, lang: Lang): string {
  if (word.length <= 3 || /^\d+$/.test(word)) return word;
  return stemmers[lang].stem(lang === 'sv' ? definiteA(word) : word);
}

/** Snowball leaves the definite -an of a-words ("lådan"), so "röstbrevlådan" would not meet "röstbrevlåda". */
function definiteA(word: string): string {
  return word.length >= 6 && word.endsWith('an') ? word.slice(0, -1) : word;
}
