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
  const result = stemmers[lang].stem(lang === 'sv' ? definite(word) : word);
  if (cache[lang].size >= CACHE_LIMIT) cache[lang].clear();
  cache[lang].set(word, result);
  return result;
}

/**
 * Snowball leaves some definite forms, so "röstbrevlådan" would not meet "röstbrevlåda" nor "telesvaret"
 * "telesvar": the definite -an of a-words and -et of neuter words (also in the genitive, "skolans") are
 * taken off first. Words that only end like them (-het, -itet, -andet, "tillåtet", "internet") are left;
 * Snowball already handles -andet.
 */
function definite(word: string): string {
  // Spoken "-arn" for "-aren": "telefonsvararn", "laddarn"; not "skolbarn" nor "strykjärn".
  if (word.length >= 6 && word.endsWith('arn') && !/(barn|garn|kvarn|jarn)$/.test(word)) return definite(`${word.slice(0, -1)}en`);
  const base = word.length >= 7 && /(ans|ets)$/.test(word) ? word.slice(0, -1) : word;
  if (base.length < 6) return base;
  if (base.endsWith('an')) return base.slice(0, -1);
  if (base.endsWith('et') && !NOT_DEFINITE_ET.test(base)) return base.slice(0, -2);
  return base;
}

const NOT_DEFINITE_ET = /(het|itet|andet|tillåtet|tillatet|internet|intranet|intranät|budget|planet|paket|staket)$/;

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
