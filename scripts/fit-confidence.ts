/**
 * Developer tool: fits the confidence model (bot/domain/knowledge/confidence.ts) by logistic
 * regression on a question set, and reports how it does on another. Usage:
 *   npx tsx scripts/fit-confidence.ts <train.yaml> [<check.yaml>]
 */
import { confidence, type ConfidenceModel } from '../bot/domain/knowledge/confidence';
import { evidenceOf, type Evidence } from '../bot/domain/knowledge/search/evidence';
import { analyzeQuery } from '../bot/domain/knowledge/search/query';
import { rank } from '../bot/domain/knowledge/search/rank';
import { buildIndex } from '../bot/domain/knowledge/understand';
import { loadKnowledgeBase } from '../bot/infra/knowledge/load';
import { readEvalSet, type EvalItem } from '../test/support/eval-set';

const index = buildIndex(loadKnowledgeBase('knowledge'));
type Row = { e: Evidence; label: number; item: EvalItem };

function rows(path: string): Row[] {
  return readEvalSet(path)
    .filter((i) => i.kind !== 'report')
    .map((item) => {
      const slots = analyzeQuery(item.q, index.search);
      const ranked = rank(slots, index.search);
      const top = ranked[0] ? index.search.entryIds[ranked[0].entry] : undefined;
      return { e: evidenceOf(slots, ranked), label: item.kind === 'answer' && top !== undefined && item.expect.includes(top) ? 1 : 0, item };
    });
}

const KEYS = ['score', 'margin', 'docCoverage', 'unknownShare', 'words'] as const;
const feature = (e: Evidence, k: (typeof KEYS)[number]) => (k === 'words' ? Math.log(1 + e.words) : e[k]);

function fit(data: Row[]): ConfidenceModel {
  const m: ConfidenceModel = { bias: 0, score: 0, margin: 0, docCoverage: 0, unknownShare: 0, words: 0 };
  const rate = 0.5;
  const l2 = 0.01;
  for (let epoch = 0; epoch < 20000; epoch++) {
    const grad = { bias: 0, score: 0, margin: 0, docCoverage: 0, unknownShare: 0, words: 0 };
    for (const r of data) {
      const err = confidence({ ...r.e, score: r.e.score || 1e-9 }, m) - r.label;
      grad.bias += err;
      for (const k of KEYS) grad[k] += err * feature(r.e, k);
    }
    m.bias -= (rate * grad.bias) / data.length;
    for (const k of KEYS) m[k] -= rate * (grad[k] / data.length + l2 * m[k]);
  }
  return m;
}

function report(name: string, data: Row[], m: ConfidenceModel, threshold: number): void {
  const answerable = data.filter((r) => r.item.kind === 'answer');
  const oos = data.filter((r) => r.item.kind === 'out-of-scope');
  const answered = answerable.filter((r) => r.label === 1 && confidence(r.e, m) >= threshold).length;
  const refused = oos.filter((r) => confidence(r.e, m) < threshold).length;
  console.log(`${name} @${threshold}: answer ${answered}/${answerable.length} = ${(answered / answerable.length).toFixed(3)}, out-of-scope ${refused}/${oos.length} = ${(refused / oos.length).toFixed(3)}`);
}

const [train, check] = process.argv.slice(2);
if (!train) throw new Error('Usage: fit-confidence.ts <train.yaml> [<check.yaml>]');
const trainRows = rows(train);
const model = fit(trainRows);
console.log(JSON.stringify(Object.fromEntries(Object.entries(model).map(([k, v]) => [k, Math.round(v * 1000) / 1000]))));
for (const t of [0.3, 0.4, 0.5, 0.6]) {
  report('train', trainRows, model, t);
  if (check) report('check', rows(check), model, t);
}
