import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import { composeBot } from '../../bot/compose/compose-bot';
import type { DirectorySetup } from '../../bot/compose/compose-directory';
import { loadReportDefinitions, type Reports } from '../../bot/compose/compose-reports';
import { composeStore, type SqliteStores, type Stores } from '../../bot/compose/compose-store';
import { buildIndex, type KnowledgeIndex } from '../../bot/domain/knowledge/understand';
import type { KnowledgeBase } from '../../bot/domain/knowledge/types';
import type { Clock } from '../../bot/domain/ports';
import type { ReportDefinitions } from '../../bot/domain/reports/definition';
import { createServer } from '../../bot/http/server';
import { createLogger } from '../../bot/infra/logger';
import { SqliteActivityDedupe } from '../../bot/infra/sqlite/activity-dedupe';
import { IN_MEMORY, openDatabase, type Database } from '../../bot/infra/sqlite/database';
import { SqliteQuestionLog } from '../../bot/infra/sqlite/question-log';
import { createAdapter } from '../../bot/teams/adapter';
import { createTeamsApp } from '../../bot/teams/app';
import { testDirectory } from './report-directory';

/** The real bot (restify + CloudAdapter + teams-ai + SQLite) listening on a free port. */
export interface BotUnderTest {
  url: string;
  db: Database;
  questionLog: SqliteQuestionLog;
  /** Only with `reports` options: the report use cases, the delivery loops and the stores. */
  reports?: Reports;
  stores?: Stores;
  /** POSTs `body` (an object is sent as JSON, a string as is) to /api/messages. */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  /** Stops the server and the loops, then closes the database (nothing else is cleaned up: like a killed process, plus a closed file). */
  stop(): Promise<void>;
}

export interface ReportBotOptions {
  /** The connector stand-in: where a 1:1 chat is created for someone who never wrote to the bot. */
  connectorUrl: string;
  /** A database file (to start a second bot on it); in memory by default. */
  dbPath?: string;
  /** Stores composed elsewhere (Azure Table Storage on Azurite); then there is no SQLite `db`. */
  stores?: Stores;
  clock?: Clock;
  /** Default: Alex -> Megan -> Adele -> Isaiah -> Patti (test/support/report-directory.ts). */
  directory?: DirectorySetup;
  /** Default: knowledge/reports.yaml. */
  definitions?: ReportDefinitions;
  /** `manual` (default): call bot.reports.delivery.dispatchOnce()/escalateOnce() yourself. */
  loops?: 'auto' | 'manual';
  dispatchIntervalMs?: number;
  schedulerIntervalMs?: number;
  /** One proactive send's time limit; the notifier's 15 s when not given. */
  sendTimeoutMs?: number;
}

export const fixedClock: Clock = { now: () => new Date('2026-03-02T09:00:00Z') };

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  set(at: Date | string): void {
    this.current = new Date(at);
  }
}

const TENANT = '00000000-0000-0000-0000-0000000000001';
const anonymous = { appId: '', appPassword: '', tenantId: '', appType: 'SingleTenant' as const };

/** The Q&A bot; with `reports`, the whole composed bot (reports, outbox, escalation) as main.ts builds it. */
export async function startBot(kb: KnowledgeBase, options: { maxBodyBytes?: number; reports?: ReportBotOptions } = {}): Promise<BotUnderTest> {
  return options.reports ? startReportBot(kb, options.reports, options.maxBodyBytes) : startQuestionBot(kb, options.maxBodyBytes);
}

async function startQuestionBot(kb: KnowledgeBase, maxBodyBytes = 262_144): Promise<BotUnderTest> {
  const logger = createLogger('silent');
  const db = openDatabase(IN_MEMORY);
  const index: KnowledgeIndex = buildIndex(kb);
  const questionLog = new SqliteQuestionLog(db);
  const adapter = createAdapter(anonymous, logger);
  const app = createTeamsApp({ knowledge: { current: () => index }, questionLog, dedupe: new SqliteActivityDedupe(db, fixedClock), clock: fixedClock, logger }, adapter);
  const server: Server = createServer({ adapter, bot: app, health: () => ({ knowledgeVersion: 1, entries: kb.entries.length }), maxBodyBytes, logger });
  const url = await listen(server);
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

async function startReportBot(kb: KnowledgeBase, o: ReportBotOptions, maxBodyBytes = 262_144): Promise<BotUnderTest> {
  const logger = createLogger('silent');
  const clock = o.clock ?? fixedClock;
  const stores: Stores = o.stores ?? composeStore(o.dbPath ?? IN_MEMORY, clock);
  const sqlite = 'db' in stores ? (stores as SqliteStores) : null;
  const index = buildIndex(kb);
  const bot = composeBot({
    credentials: anonymous,
    reports: { dispatchIntervalMs: o.dispatchIntervalMs ?? 1000, schedulerIntervalMs: o.schedulerIntervalMs ?? 15_000, teamsTenantId: TENANT, teamsServiceUrl: o.connectorUrl, ...(o.sendTimeoutMs !== undefined ? { sendTimeoutMs: o.sendTimeoutMs } : {}) },
    definitions: o.definitions ?? loadReportDefinitions('knowledge'),
    directory: o.directory ?? testDirectory(),
    stores,
    knowledge: { current: () => index },
    health: () => ({ knowledgeVersion: 1, entries: kb.entries.length }),
    maxBodyBytes,
    clock,
    logger,
    loops: o.loops ?? 'manual',
  });
  const url = await listen(bot.server);
  return {
    url,
    get db(): Database {
      if (!sqlite) throw new Error('This bot runs on Azure Table Storage: it has no SQLite database.');
      return sqlite.db;
    },
    get questionLog(): SqliteQuestionLog {
      if (!sqlite) throw new Error('This bot runs on Azure Table Storage: use stores.questionLog.');
      return sqlite.questionLog;
    },
    reports: bot.reports,
    stores,
    post: (body, headers = {}) => postJson(`${url}/api/messages`, body, headers),
    stop: async () => {
      await bot.close();
      await stores.close();
    },
  };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function postJson(url: string, body: unknown, headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
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
