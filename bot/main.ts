import { resolve } from 'node:path';
import { composeBot } from './compose/compose-bot';
import { composeDirectory } from './compose/compose-directory';
import { loadReportDefinitions } from './compose/compose-reports';
import { composeStores } from './compose/compose-store';
import { scheduleRetention } from './compose/retention';
import { onShutdown } from './compose/shutdown';
import { ConfigError, loadConfig } from './config';
import { systemClock } from './infra/clock';
import { startLiveKnowledge } from './infra/knowledge/live';
import { createLogger } from './infra/logger';

/** Composes the bot from its parts and starts listening. Paths are relative to the working directory. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const knowledgeDir = resolve(config.knowledgeDir);
  const stores = await composeStores(config.store, resolve(config.dbPath), systemClock);
  const stopRetention = scheduleRetention(stores, systemClock, config.retentionDays, logger, config.caseRetentionDays);
  const knowledge = await startLiveKnowledge(knowledgeDir, { logger });
  const bot = composeBot({
    credentials: config.bot,
    reports: config.reports,
    definitions: loadReportDefinitions(knowledgeDir),
    directory: composeDirectory(knowledgeDir, config.reports, systemClock, logger),
    stores,
    knowledge,
    health: () => ({ knowledgeVersion: knowledge.version(), entries: knowledge.current().kb.entries.length }),
    maxBodyBytes: config.maxBodyBytes,
    clock: systemClock,
    logger,
  });
  bot.server.listen(config.port, () => {
    logger.info({ url: `http://localhost:${config.port}/api/messages`, health: `http://localhost:${config.port}/healthz`, mode: config.botMode, directory: config.reports.directory, store: stores.kind }, 'Riktlinjeboten is listening');
  });
  onShutdown(logger, async () => {
    await bot.close();
    stopRetention();
    await knowledge.close();
    await stores.close();
  });
}

main().catch((error: unknown) => {
  // A ConfigError's message says what to fix; a stack trace would only hide it.
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
