import { resolve } from 'node:path';
import { ConfigError, loadConfig, type Config } from './config';
import { createServer } from './http/server';
import { systemClock } from './infra/clock';
import { startLiveKnowledge } from './infra/knowledge/live';
import { createLogger, type Logger } from './infra/logger';
import { SqliteActivityDedupe } from './infra/sqlite/activity-dedupe';
import { openDatabase, type Database } from './infra/sqlite/database';
import { SqliteQuestionLog } from './infra/sqlite/question-log';
import { applyRetention } from './infra/sqlite/retention';
import { createAdapter } from './teams/adapter';
import { createTeamsApp } from './teams/app';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Composes the bot from its parts and starts listening. Paths are relative to the working directory. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const db = openDatabase(resolve(config.dbPath));
  const dedupe = new SqliteActivityDedupe(db, systemClock);
  const stopRetention = scheduleRetention(db, dedupe, config, logger);
  const knowledge = await startLiveKnowledge(resolve(config.knowledgeDir), { logger });
  const deps = { knowledge, questionLog: new SqliteQuestionLog(db), dedupe, clock: systemClock, logger };
  const adapter = createAdapter(config.bot, logger);
  const app = createTeamsApp(deps, adapter);
  const health = () => ({ knowledgeVersion: knowledge.version(), entries: knowledge.current().kb.entries.length });
  const server = createServer({ adapter, bot: app, health, maxBodyBytes: config.maxBodyBytes, logger });
  server.listen(config.port, () => {
    logger.info({ url: `http://localhost:${config.port}/api/messages`, health: `http://localhost:${config.port}/healthz`, mode: config.botMode }, 'Riktlinjeboten is listening');
  });
  onShutdown(logger, async () => {
    const closed = new Promise<void>((done) => server.close(() => done()));
    // Keep-alive connections from Teams would otherwise hold the close open.
    server.server.closeIdleConnections();
    await closed;
    stopRetention();
    await knowledge.close();
    db.close();
  });
}

/** Old questions and votes are deleted at start and once a day; delivery keys live only a day. */
function scheduleRetention(db: Database, dedupe: SqliteActivityDedupe, config: Config, logger: Logger): () => void {
  const purge = () => {
    const removed = applyRetention(db, systemClock, config.retentionDays);
    logger.info({ removed, deliveryKeys: dedupe.cleanup(), days: config.retentionDays }, 'retention applied');
  };
  purge();
  const timer = setInterval(purge, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** SIGINT/SIGTERM: stop taking requests, then close the watcher and the database. A second signal forces exit. */
function onShutdown(logger: Logger, close: () => Promise<void>): void {
  let closing = false;
  const stop = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    logger.info({ signal }, 'shutting down');
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: { message: (error as Error).message } }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // A ConfigError's message says what to fix; a stack trace would only hide it.
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
