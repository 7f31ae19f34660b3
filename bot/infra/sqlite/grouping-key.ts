const COMBINING_MARKS = /\p{M}/gu;
const EDGE_NOISE = /^[\s"'“”‘’«»()[\]¿¡-]+|[\s"'“”‘’«»()[\]?!.,;:…-]+$/gu;

/**
 * "Hur spärrar jag telefonen?" and "hur sparrar jag  telefonen" are the same question for the
 * report: case, spacing, accents (people type without å/ä/ö) and end punctuation are ignored.
 */
export function groupingKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLocaleLowerCase('sv-SE')
    .replace(/\s+/gu, ' ')
    .replace(EDGE_NOISE, '');
}
