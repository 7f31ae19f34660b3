import { editDistance } from '../text/edit-distance';

/** Cue words long enough that one wrong, missing or extra letter still tells them: "hotfult samtal". */
const TYPO_TOLERANT_CUES = ['hotfullt', 'hotfulla', 'hotfull', 'hotsamtal', 'threatened', 'threatening', 'borttappad', 'forsvunnen', 'forsvunnit'];

/** Folded text as the report cues read it: cue words' slips mended, quotation marks gone. */
export function cueText(folded: string): string {
  return withCueTypos(unquoted(folded));
}

function withCueTypos(folded: string): string {
  return folded.replace(/[a-z]{6,}/g, (word) => {
    if (TYPO_TOLERANT_CUES.includes(word)) return word;
    return TYPO_TOLERANT_CUES.find((cue) => Math.abs(cue.length - word.length) <= 1 && editDistance(word, cue, 1) === 1) ?? word;
  });
}

/** Quotation marks around what a caller said ("ska ”ta hand om” mig") are not part of the words; "he'd" keeps its. */
function unquoted(text: string): string {
  return text.replace(/[”“„"«»]/g, '').replace(/(^|[\s(])['‘’]|['‘’](?=[\s,.!?)]|$)/g, '$1');
}
