/** Developer tool: where the right topic ranks and with what score, to calibrate the bands. */
import { buildIndex } from '../bot/domain/knowledge/understand';
import { analyzeQuery } from '../bot/domain/knowledge/search/query';
import { rank } from '../bot/domain/knowledge/search/rank';
import { loadKnowledgeBase } from '../bot/infra/knowledge/load';
import { readEvalSet, PUBLIC_EVAL_SET } from '../test/support/eval-set';

const index = buildIndex(loadKnowledgeBase('knowledge'));
for (const item of readEvalSet(process.argv[2] ?? PUBLIC_EVAL_SET)) {
  const slots = analyzeQuery(item.q, index.search);
  const ranked = rank(slots, index.search);
  const ids = ranked.map((c) => index.search.entryIds[c.entry]!);
  const pos = ids.findIndex((id) => item.expect.includes(id));
  const top = ranked[0]?.score ?? 0;
  const second = ranked[1]?.score ?? 0;
  const flag = item.kind === 'out-of-scope' ? 'OOS' : pos === 0 ? 'ok ' : `#${pos}`;
  console.log(`${flag} ${top.toFixed(2)} ${second.toFixed(2)} ${ids[0] ?? '-'} | ${item.q.slice(0, 70)} | ${slots.map((s) => (s.known ? s.surface : `?${s.surface}`) + ':' + s.weight.toFixed(1)).join(' ')}`);
}
