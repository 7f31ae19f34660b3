/** Developer tool: how the engine reads a question, word by word. `npx tsx scripts/explain.ts "fråga"` */
import { buildIndex } from '../bot/domain/knowledge/understand';
import { analyzeQuery } from '../bot/domain/knowledge/search/query';
import { loadKnowledgeBase } from '../bot/infra/knowledge/load';
const index = buildIndex(loadKnowledgeBase('knowledge'));
for (const q of process.argv.slice(2)) console.log(JSON.stringify(analyzeQuery(q, index.search).map(s=>[s.surface, s.alts.map(a=>a.term+':'+a.sim.toFixed(2)).join(','), s.weight.toFixed(1)])));
