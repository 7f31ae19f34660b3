import { formatProblem } from './problem';
import type { KbCheckResult } from './load';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What `npm run kb:check` prints: every problem on its own line, then one line in plain Swedish. */
export function checkReport(result: KbCheckResult): { lines: string[]; ok: boolean } {
  if (result.kb) {
    const areas = result.kb.notCovered.length ? `, ${count(result.kb.notCovered.length, 'område', 'områden')} utanför riktlinjen` : '';
    const summary = `Kunskapsbasen är OK: ${count(result.kb.entries.length, 'ämne', 'ämnen')}${areas}, ${count(result.faqFiles.length, 'fil', 'filer')} med ämnen.`;
    return { lines: [summary], ok: true };
  }
  const found = `${result.problems.length} fel hittades. Rätta dem och kör npm run kb:check igen.`;
  return { lines: [...result.problems.map(formatProblem), found], ok: false };
}
