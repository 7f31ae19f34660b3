const FOLD: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', è: 'e', ü: 'u', æ: 'a', ø: 'o' };

/** Lower case without diacritics, so "forlorad" finds "förlorad". */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  return NON_ASCII.test(lower) ? lower.replace(/[åäöéèüæø]/g, (c) => FOLD[c] ?? c) : lower;
}

const NON_ASCII = /[^ -~]/;

/** won't, can't, shan't: the verb is not what is left before n't. */
const CONTRACTED: Record<string, string> = { wo: 'will', ca: 'can', sha: 'shall' };

/** Words in lower case, diacritics kept (stemming needs them). Hyphenated words split: "e-post" stays whole. */
export function words(text: string): string[] {
  let lower = text.toLowerCase();
  // Every message is read several times per turn and most have neither: skip the rewrites then.
  if (/[’']/.test(lower)) lower = lower.replace(/[’']/g, "'").replace(/\b(wo|ca|sha)n't\b/g, (_, w: string) => `${CONTRACTED[w]} not`).replace(/n't\b/g, ' not').replace(/'(s|m|d|ve|re|ll)\b/g, '');
  if (lower.includes('e-')) lower = lower.replace(/\b(e)-(post|mail|tjänst)/g, '$1$2');
  return lower.match(/[\p{L}\p{N}]+/gu) ?? [];
}
