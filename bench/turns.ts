import type { AddressInfo } from 'node:net';
import { loadKnowledgeBase } from '../bot/infra/knowledge/load';
import { message } from '../test/support/activities';
import { startBot } from '../test/support/bot-under-test';
import { ConnectorStandIn } from '../test/support/connector-stand-in';
import { createEchoServer } from './echo-bot';
import { latencyStats, since, type LatencyStats } from './stats';
import { benchmarkQuestions } from './synthetic-kb';

export interface TurnResult {
  turns: number;
  bot: LatencyStats;
  echo: LatencyStats;
  botRps: number;
  echoRps: number;
}

const WARMUP = 50;
const CONCURRENCY = 8;

async function post(url: string, body: unknown): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await res.arrayBuffer();
  if (res.status >= 400) throw new Error(`HTTP ${res.status} from ${url}`);
}

/** One turn = one question POSTed to /api/messages until the bot has posted its reply to the connector. */
async function timeTurn(url: string, text: string, serviceUrl: string): Promise<number> {
  const start = process.hrtime.bigint();
  await post(url, message(text, { serviceUrl }));
  return since(start);
}

async function throughput(url: string, questions: string[], serviceUrl: string): Promise<number> {
  const start = process.hrtime.bigint();
  let next = 0;
  const worker = async () => {
    while (next < questions.length) await post(url, message(questions[next++]!, { serviceUrl }));
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return questions.length / (since(start) / 1000);
}

/** The bot and an echo bot on the same stack, measured alternately in one run so drift hits both alike. */
export async function benchTurns(turns = 400): Promise<TurnResult> {
  const kb = loadKnowledgeBase('knowledge');
  const connector = await ConnectorStandIn.start();
  // The whole bot as main.ts composes it: reports, conversation references, delivery loops.
  const bot = await startBot(kb, { reports: { connectorUrl: connector.url, loops: 'auto' } });
  const echo = createEchoServer();
  await new Promise<void>((done) => echo.listen(0, '127.0.0.1', () => done()));
  const echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}/api/messages`;
  const botUrl = `${bot.url}/api/messages`;
  const questions = benchmarkQuestions(kb, turns + WARMUP);
  try {
    const botMs: number[] = [];
    const echoMs: number[] = [];
    for (const [i, q] of questions.entries()) {
      const b = await timeTurn(botUrl, q, connector.url);
      const e = await timeTurn(echoUrl, q, connector.url);
      if (i >= WARMUP) {
        botMs.push(b);
        echoMs.push(e);
      }
      if (i % 100 === 0) connector.clear();
    }
    const botRps = await throughput(botUrl, questions, connector.url);
    connector.clear();
    const echoRps = await throughput(echoUrl, questions, connector.url);
    return { turns, bot: latencyStats(botMs), echo: latencyStats(echoMs), botRps, echoRps };
  } finally {
    await bot.stop();
    await new Promise<void>((done) => echo.close(() => done()));
    await connector.stop();
  }
}
