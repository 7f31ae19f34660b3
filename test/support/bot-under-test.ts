import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import { buildIndex, type KnowledgeIndex } from '../../bot/domain/knowledge/understand';
import type { KnowledgeBase } from '../../bot/domain/knowledge/types';
import type { Clock } from '../../bot/domain/ports';
import { createServer } from '../../bot/http/server';
import { createLogger } from '../../bot/infra/logger';
import { SqliteActivityDedupe } from '../../bot/infra/sqlite/activity-dedupe';
import { IN_MEMORY, openDatabase, type Database } from '../../bot/infra/sqlite/database';
import { SqliteQuestionLog } from '../../bot/infra/sqlite/question-log';
import { createAdapter } from '../../bot/teams/adapter';
import { createTeamsApp } from '../../bot/teams/app';

/** The real bot (restify + CloudAdapter + teams-ai + SQLite in memory) listening on a free port. */
export interface BotUnderTest {
  url: string;
  db: Database;
  questionLog: SqliteQuestionLog;
  /** POSTs `body` (an object is sent as JSON, a string as is) to /api/messages. */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  stop(): Promise<void>;
}

export const fixedClock: Clock = { now: () => new Date('2026-03-02T09:00:00Z') };

export async function startBot(kb: KnowledgeBase, options: { maxBodyBytes?: number } = {}): Promise<BotUnderTest> {
  const logger = createLogger('silent');
  const db = openDatabase(IN_MEMORY);
  const index: KnowledgeIndex = buildIndex(kb);
  const questionLog = new SqliteQuestionLog(db);
  const adapter = createAdapter({ appId: '', appPassword: '', tenantId: '', appType: 'SingleTenant' }, logger);
  const app = createTeamsApp({ knowledge: { current: () => index }, questionLog, dedupe: new SqliteActivityDedupe(db, fixedClock), clock: fixedClock, logger }, adapter);
  const server: Server = createServer({ adapter, bot: app, health: () => ({ knowledgeVersion: 1, entries: kb.entries.length }), maxBodyBytes: options.maxBodyBytes ?? 262_144, logger });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    questionLog,
    post: (body, headers = {}) => postJson(`${url}/api/messages`, body, headers),
    stop: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      db.close();
    },
  };
}

async function postJson(url: string, body: unknown, headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed };
}
