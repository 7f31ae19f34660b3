/** Developer tool: grid over the ranking constants and the answer threshold, scored on a question set. */
import { buildIndex, understand } from '../bot/domain/knowledge/understand';
import { rankTuning } from '../bot/domain/knowledge/search/rank';
import { bands } from '../bot/domain/knowledge/thresholds';
import { loadKnowledgeBase } from '../bot/infra/knowledge/load';
import { passes, readEvalSet, PUBLIC_EVAL_SET } from '../test/support/eval-set';

const index = buildIndex(loadKnowledgeBase('knowledge'));
const items = readEvalSet(process.argv[2] ?? PUBLIC_EVAL_SET);
const rows: string[] = [];
for (const unknownFactor of [0.3, 0.45, 0.6, 0.8, 1]) {
  for (const bagFactor of [0.7, 0.85, 1]) {
    for (const docCoverageShare of [0, 0.25, 0.5]) {
      Object.assign(rankTuning, { unknownFactor, bagFactor, docCoverageShare });
      for (const answer of [0.35, 0.4, 0.45, 0.5, 0.55, 0.6]) {
        bands.answer = answer;
        const ok: Record<string, number> = { answer: 0, report: 0, 'out-of-scope': 0 };
        const all: Record<string, number> = { answer: 0, report: 0, 'out-of-scope': 0 };
        for (const i of items) {
          all[i.kind]!++;
          if (passes(i, understand(i.q, index))) ok[i.kind]!++;
        }
        const a = ok.answer! / all.answer!, o = ok['out-of-scope']! / all['out-of-scope']!, r = ok.report! / all.report!;
        rows.push(`${(a + o).toFixed(3)} ans=${a.toFixed(2)} oos=${o.toFixed(2)} rep=${r.toFixed(2)} | unk=${unknownFactor} bag=${bagFactor} doc=${docCoverageShare} T=${answer}`);
      }
    }
  }
}
console.log(rows.sort().reverse().slice(0, 25).join('\n'));
