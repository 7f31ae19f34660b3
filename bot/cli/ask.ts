import { createInterface } from 'node:readline';
import { respond } from '../domain/knowledge/respond';
import { buildIndex, understand, type KnowledgeIndex } from '../domain/knowledge/understand';
import { loadKnowledgeBase } from '../infra/knowledge/load';
import { replyText } from './reply-text';

/** `npm run --silent ask -- "fråga"` prints the answer; `--jsonl` reads questions from stdin. */
async function main(args: string[]): Promise<void> {
  const index = buildIndex(loadKnowledgeBase(process.env.KNOWLEDGE_DIR ?? 'knowledge'));
  if (args.includes('--jsonl')) return answerLines(index);
  const question = args.filter((a) => a !== '--').join(' ').trim();
  if (!question) {
    process.stderr.write('Skriv en fråga, t.ex.: npm run --silent ask -- "Hur ställer jag in telesvar?"\n');
    process.exitCode = 2;
    return;
  }
  process.stdout.write(replyText(respond(question, index)) + '\n');
}

async function answerLines(index: KnowledgeIndex): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const q = line.trim();
    if (!q) continue;
    const u = understand(q, index);
    const row = { q, action: u.action, topic: u.topic, report: u.report, score: u.score, suggestions: u.suggestions, lang: u.lang };
    process.stdout.write(JSON.stringify(row) + '\n');
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
