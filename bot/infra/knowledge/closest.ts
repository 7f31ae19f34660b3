import { editDistance } from '../../domain/knowledge/text/edit-distance';

/** "Menade du ...?" hints on misspelt ids and field names, by the same edit distance the search uses for typos. */

function byDistance(wanted: string, known: Iterable<string>): string[] {
  const w = wanted.toLowerCase();
  return [...new Set(known)]
    .map((name) => ({ name, d: editDistance(w, name.toLowerCase()) }))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .map((x) => x.name);
}

/** The known name nearest to `wanted`, if it is near enough to be a likely typo. */
export function closest(wanted: string, known: Iterable<string>): string | undefined {
  const best = byDistance(wanted, known)[0];
  if (best === undefined) return undefined;
  const tolerance = Math.max(2, Math.floor(wanted.length / 3));
  return editDistance(wanted.toLowerCase(), best.toLowerCase()) <= tolerance ? best : undefined;
}

const LISTED = 5;

/**
 * A hint to append to a message: ` Menade du "x"?` for a likely typo, otherwise the nearest
 * names that do exist, so kansliet never has to guess.
 */
export function suggest(wanted: string, known: Iterable<string>): string {
  const hit = closest(wanted, known);
  if (hit) return ` Menade du "${hit}"?`;
  const nearest = byDistance(wanted, known);
  if (nearest.length === 0) return '';
  const more = nearest.length > LISTED ? ' …' : '';
  return ` Finns: ${nearest.slice(0, LISTED).join(', ')}${more || '.'}`;
}
