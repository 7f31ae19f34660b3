// npm run --silent kb:export [dir]: prints the knowledge base as one JSON array, nothing else, on stdout.
import { exportEntries } from '../infra/knowledge/export';
import { checkKnowledgeBase } from '../infra/knowledge/load';
import { checkReport } from '../infra/knowledge/summary';

const result = checkKnowledgeBase(process.argv[2] ?? 'knowledge');
if (result.kb) {
  process.stdout.write(`${JSON.stringify(exportEntries(result.kb), null, 2)}\n`);
} else {
  process.stderr.write(`${checkReport(result).lines.join('\n')}\n`);
  process.exitCode = 1;
}
