// npm run kb:check [dir]: checks the knowledge folder (default: knowledge) and exits 1 on any problem.
import { checkKnowledgeBase } from '../infra/knowledge/load';
import { checkReport } from '../infra/knowledge/summary';

const { lines, ok } = checkReport(checkKnowledgeBase(process.argv[2] ?? 'knowledge'));
process.stdout.write(`${lines.join('\n')}\n`);
process.exitCode = ok ? 0 : 1;
