import { newStemmer } from 'snowball-stemmers';
import type { Lang } from '../types';
import { fold } from './fold';

const stemmers = { sv: newStemmer('swedish'), en: newStemmer('english') };
/** Stemming is the costliest step of indexing and a vocabulary repeats itself, so results are kept. */
const cache = { sv: new Map<string, string>(), en: new Map<string, string>() };
const CACHE_LIMIT = 200_000;

export function stem(word: string, lang: Lang): string {
  if (word.length <= 3 || /^\d+$/.test(word)) return word;
  const known = cache[lang].get(word);
  if (known !== undefined) return known;
  const result = stemmers[lang].stem(lang === 'sv' ? definiteEt(definiteA(word)) : word);
  if (cache[lang].size >= CACHE_LIMIT) cache[lang].clear();
  cache[lang].set(word, result);
  return result;
}

/** Snowball leaves the definite -an of a-words ("lådan"), so "röstbrevlådan" would not meet "röstbrevlåda". */
function definiteA(word: string): string {
  return word.length >= 6 && word.endsWith('an') ? word.slice(0, -1) : word;
}

/** Nor the definite -et of neuter words ("telesvaret", "lösenordet"); -het is a suffix Snowball knows. */
function definiteEt(word: string): string {
  return word.length >= 6 && word.endsWith('et') && !word.endsWith('het') ? word.slice(0, -2) : word;
}

const foldedCache = { sv: new Map<string, string>(), en: new Map<string, string>() };

/** The stem without å, ä and ö: the form words are compared in. Cached like stem(). */
export function foldedStem(word: string, lang: Lang): string {
  const known = foldedCache[lang].get(word);
  if (known !== undefined) return known;
  const result = fold(stem(word, lang));
  if (foldedCache[lang].size >= CACHE_LIMIT) foldedCache[lang].clear();
  foldedCache[lang].set(word, result);
  return result;
}
