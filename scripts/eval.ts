/** Developer tool: scores a question set and lists every miss. `npx tsx scripts/eval.ts [set.yaml]` */
import { buildIndex, understand } from '../bot/domain/knowledge/understand';
import { loadKnowledgeBase } from '../bot/infra/knowledge/load';
import { passes, readEvalSet, PUBLIC_EVAL_SET } from '../test/support/eval-set';

const index = buildIndex(loadKnowledgeBase('knowledge'));
const items = readEvalSet(process.argv[2] ?? PUBLIC_EVAL_SET);
const byKind = new Map<string, { ok: number; all: number }>();
for (const item of items) {
  const u = understand(item.q, index);
  const ok = passes(item, u);
  const k = byKind.get(item.kind) ?? { ok: 0, all: 0 };
  byKind.set(item.kind, { ok: k.ok + (ok ? 1 : 0), all: k.all + 1 });
  if (!ok) console.log(`MISS [${item.kind}] ${item.q}\n     -> ${u.action} ${u.topic ?? '-'} ${u.report ?? ''} score=${u.score} sugg=${u.suggestions.join(',')} want=${item.expect.join('|') || 'none'}`);
}
for (const [kind, { ok, all }] of byKind) console.log(`${kind}: ${ok}/${all} = ${(ok / all).toFixed(3)}`);
