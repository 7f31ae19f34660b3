import type { AddressInfo } from 'node:net';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import { PasswordServiceClientCredentialFactory, type ServiceClientCredentials } from 'botframework-connector';
import type { Server } from 'restify';
import { loadConfig } from '../../bot/config';
import type { KnowledgeBase } from '../../bot/domain/knowledge/types';
import { buildIndex } from '../../bot/domain/knowledge/understand';
import { createServer } from '../../bot/http/server';
import { createLogger, type Logger } from '../../bot/infra/logger';
import { SqliteActivityDedupe } from '../../bot/infra/sqlite/activity-dedupe';
import { IN_MEMORY, openDatabase, type Database } from '../../bot/infra/sqlite/database';
import { SqliteQuestionLog } from '../../bot/infra/sqlite/question-log';
import { createAdapter } from '../../bot/teams/adapter';
import { createTeamsApp } from '../../bot/teams/app';
import { fixedClock } from '../support/bot-under-test';

export const APP_ID = '11111111-2222-3333-4444-555555555555';
export const OUR_TENANT = '00000000-0000-0000-0000-0000000000001';

/** One token the bot asked for to call the connector. */
export interface OutgoingTokenRequest {
  appId: string;
  audience: string | undefined;
}

/**
 * Gives the bot's own connector calls a fixed bearer token instead of asking Entra ID (MSAL needs
 * an https authority, so it cannot be pointed at a local stand-in). Which app ids are valid, and so
 * the audience check on incoming tokens, stays botbuilder's own.
 */
export class RecordingCredentialsFactory extends PasswordServiceClientCredentialFactory {
  readonly requests: OutgoingTokenRequest[] = [];

  override async createCredentials(appId: string, audience: string | undefined): Promise<ServiceClientCredentials> {
    this.requests.push({ appId, audience });
    return {
      signRequest: async (webResource) => {
        webResource.headers.set('authorization', 'Bearer token-from-the-stand-in');
        return webResource;
      },
    };
  }
}

export interface ProductionBot {
  url: string;
  db: Database;
  credentials: RecordingCredentialsFactory;
  adapter: TeamsAdapter;
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  /** Rows in every table the bot writes while serving (not the migration bookkeeping). */
  storedRows(): Record<string, number>;
  stop(): Promise<void>;
}

/**
 * The real bot in production mode (config read through loadConfig, as main.ts does), its token
 * checks pointed at a local OpenID metadata stand-in.
 */
export async function startProductionBot(kb: KnowledgeBase, openIdMetadataUrl: string, logger: Logger = createLogger('silent')): Promise<ProductionBot> {
  const config = loadConfig({ BOT_MODE: 'production', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used', MicrosoftAppTenantId: OUR_TENANT, BOT_OPENID_METADATA_URL: openIdMetadataUrl });
  const db = openDatabase(IN_MEMORY);
  const credentials = new RecordingCredentialsFactory(config.bot.appId, config.bot.appPassword, config.bot.tenantId);
  const adapter = createAdapter(config.bot, logger, { credentialsFactory: credentials });
  const index = buildIndex(kb);
  const app = createTeamsApp({ knowledge: { current: () => index }, questionLog: new SqliteQuestionLog(db), dedupe: new SqliteActivityDedupe(db, fixedClock), clock: fixedClock, logger }, adapter);
  const server: Server = createServer({ adapter, bot: app, health: () => ({ knowledgeVersion: 1, entries: kb.entries.length }), maxBodyBytes: config.maxBodyBytes, logger });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    credentials,
    adapter,
    post: async (body, headers = {}) => {
      const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
      return { status: res.status, text: await res.text() };
    },
    storedRows: () => storedRows(db),
    stop: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      db.close();
    },
  };
}

export function storedRows(db: Database): Record<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n]));
}

export const nothingStored = (rows: Record<string, number>) => Object.values(rows).every((n) => n === 0);
