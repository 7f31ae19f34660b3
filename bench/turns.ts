import type { AddressInfo } from 'node:net';
import { respond } from '../bot/domain/knowledge/respond';
import { buildIndex } from '../bot/domain/knowledge/understand';
import { loadKnowledgeBase } from '../bot/infra/knowledge/load';
import { replyMessage } from '../bot/teams/reply';
import type { KnowledgeBase } from '../bot/domain/knowledge/types';
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
  /** The echo bot answering every message with the bot's answer card for one question, and plainly, measured as a pair of their own. */
  cardEcho: { card: LatencyStats; plain: LatencyStats };
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

/** What the bot answers "Hur ställer jag in telesvar?": a typical answer card. */
function typicalAnswer(kb: KnowledgeBase): ReturnType<typeof replyMessage> {
  const question = 'Hur ställer jag in telesvar?';
  return replyMessage(respond(question, buildIndex(kb)), question);
}

async function listen(server: ReturnType<typeof createEchoServer>): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
}

/** Two servers' turns, taken alternately over the same questions so drift hits both alike. */
async function alternately(urls: [string, string], questions: string[], connector: ConnectorStandIn): Promise<[number[], number[]]> {
  const [first, second]: [number[], number[]] = [[], []];
  for (const [i, q] of questions.entries()) {
    const a = await timeTurn(urls[0], q, connector.url);
    const b = await timeTurn(urls[1], q, connector.url);
    if (i >= WARMUP) {
      first.push(a);
      second.push(b);
    }
    if (i % 100 === 0) connector.clear();
  }
  return [first, second];
}

/**
 * The bot against an echo bot on the same stack; then, apart so it cannot change that pair's timings,
 * the echo bot against itself answering with a card.
 */
export async function benchTurns(turns = 400): Promise<TurnResult> {
  const kb = loadKnowledgeBase('knowledge');
  const connector = await ConnectorStandIn.start();
  // The whole bot as main.ts composes it: reports, conversation references, delivery loops.
  const bot = await startBot(kb, { reports: { connectorUrl: connector.url, loops: 'auto' } });
  const echo = createEchoServer();
  const cardEcho = createEchoServer({ reply: typicalAnswer(kb) });
  const echoUrl = await listen(echo);
  const cardEchoUrl = await listen(cardEcho);
  const botUrl = `${bot.url}/api/messages`;
  const questions = benchmarkQuestions(kb, turns + WARMUP);
  try {
    const [botMs, echoMs] = await alternately([botUrl, echoUrl], questions, connector);
    const [plainMs, cardEchoMs] = await alternately([echoUrl, cardEchoUrl], questions, connector);
    const botRps = await throughput(botUrl, questions, connector.url);
    connector.clear();
    const echoRps = await throughput(echoUrl, questions, connector.url);
    return { turns, bot: latencyStats(botMs), echo: latencyStats(echoMs), cardEcho: { card: latencyStats(cardEchoMs), plain: latencyStats(plainMs) }, botRps, echoRps };
  } finally {
    await bot.stop();
    await new Promise<void>((done) => echo.close(() => done()));
    await new Promise<void>((done) => cardEcho.close(() => done()));
    await connector.stop();
  }
}
