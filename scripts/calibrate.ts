/** Developer tool: grid over the ranking constants and the answer threshold, scored on a question set. */
import { buildIndex, understand } from '../bot/domain/knowledge/understand';
import { rankTuning } from '../bot/domain/knowledge/search/rank';
import { bands } from '../bot/domain/knowledge/thresholds';
import { loadKnowledgeBase } from '../bot/infra/knowledge/load';
import { passes, readEvalSet, PUBLIC_EVAL_SET } from '../test/support/eval-set';

const index = buildIndex(loadKnowledgeBase('knowledge'));
const files = process.argv.length > 2 ? process.argv.slice(2) : [PUBLIC_EVAL_SET];
const sets = files.map((f) => readEvalSet(f));
const rows: string[] = [];
for (const minEvidence of [0.8]) for (const tieMargin of [0.02]) for (const coverageTie of [0]) for (const tieCeiling of [0.7]) for (const longQuestion of [3]) for (const unknownFactor of [0.8, 1]) {
  for (const bagFactor of [0.7]) {
    for (const docCoverageShare of [0.5]) {
      Object.assign(rankTuning, { unknownFactor, bagFactor, docCoverageShare, longQuestion, minEvidence });
      bands.tieMargin = tieMargin;
      Object.assign(bands, { coverageTie, tieCeiling });
      for (const answer of [0.33, 0.36, 0.38, 0.4, 0.42, 0.45]) {
        bands.answer = answer;
        let sum = 0;
        const parts: string[] = [];
        for (const items of sets) {
          const ok: Record<string, number> = { answer: 0, report: 0, 'out-of-scope': 0 };
          const all: Record<string, number> = { answer: 0, report: 0, 'out-of-scope': 0 };
          for (const i of items) {
            all[i.kind]!++;
            if (passes(i, understand(i.q, index))) ok[i.kind]!++;
          }
          const a = ok.answer! / all.answer!, o = ok['out-of-scope']! / all['out-of-scope']!, r = ok.report! / all.report!;
          sum += a + Math.min(o, 0.95) + r;
          parts.push(`ans=${a.toFixed(2)} oos=${o.toFixed(2)} rep=${r.toFixed(2)}`);
        }
        rows.push(`${sum.toFixed(3)} ${parts.join(' / ')} | cov=${coverageTie} ceil=${tieCeiling} min=${minEvidence} tie=${tieMargin} long=${longQuestion} unk=${unknownFactor} bag=${bagFactor} doc=${docCoverageShare} T=${answer}`);
      }
    }
  }
}
console.log(rows.sort().reverse().slice(0, 25).join('\n'));
