import type { Application } from '@microsoft/teams-ai';
import type { Server } from 'restify';
import type { BotCredentials, ReportsConfig } from '../config';
import type { Clock } from '../domain/ports';
import type { ReportDefinitions } from '../domain/reports/definition';
import { createServer, type Health } from '../http/server';
import type { Logger } from '../infra/logger';
import { createAdapter, type AdapterOptions } from '../teams/adapter';
import { createTeamsApp } from '../teams/app';
import type { KnowledgeSource } from '../teams/deps';
import type { DirectorySetup } from './compose-directory';
import { composeReports, type Reports } from './compose-reports';
import type { Stores } from './compose-store';

export interface BotSetup {
  credentials: BotCredentials;
  reports: Pick<ReportsConfig, 'dispatchIntervalMs' | 'schedulerIntervalMs' | 'teamsTenantId' | 'teamsServiceUrl'> & Partial<Pick<ReportsConfig, 'outboxLeaseMs'>> & { sendTimeoutMs?: number };
  definitions: ReportDefinitions;
  directory: DirectorySetup;
  stores: Stores;
  knowledge: KnowledgeSource;
  health: () => Health;
  maxBodyBytes: number;
  clock: Clock;
  logger: Logger;
  /** `manual`: the delivery loops do not run by themselves (tests run rounds by hand). */
  loops?: 'auto' | 'manual';
  adapterOptions?: AdapterOptions;
}

export interface ComposedBot {
  app: Application;
  server: Server;
  reports: Reports;
  /** Stops taking requests, then lets running delivery rounds finish. The caller closes the database. */
  close(): Promise<void>;
}

/** The whole bot over its stores: Teams app, HTTP server, report use cases and delivery loops. */
export function composeBot(s: BotSetup): ComposedBot {
  const adapter = createAdapter(s.credentials, s.logger, s.adapterOptions);
  const reports = composeReports({
    definitions: s.definitions,
    directory: s.directory,
    stores: s.stores,
    adapter,
    clock: s.clock,
    logger: s.logger,
    appId: s.credentials.appId,
    // Named one by one: the config's reports block also has a `directory` setting ('yaml' | 'graph')
    // that a spread would put in place of the composed directory.
    dispatchIntervalMs: s.reports.dispatchIntervalMs,
    outboxLeaseMs: s.reports.outboxLeaseMs,
    ...(s.reports.sendTimeoutMs !== undefined ? { sendTimeoutMs: s.reports.sendTimeoutMs } : {}),
    schedulerIntervalMs: s.reports.schedulerIntervalMs,
    teamsTenantId: s.reports.teamsTenantId,
    teamsServiceUrl: s.reports.teamsServiceUrl,
    loops: s.loops ?? 'auto',
  });
  const deps = { knowledge: s.knowledge, questionLog: s.stores.questionLog, dedupe: s.stores.dedupe, clock: s.clock, logger: s.logger, reports: reports.useCases, conversationRefs: s.stores.refs };
  const app = createTeamsApp(deps, adapter);
  const server = createServer({ adapter, bot: app, health: s.health, maxBodyBytes: s.maxBodyBytes, logger: s.logger });
  return {
    app,
    server,
    reports,
    async close() {
      const closed = new Promise<void>((done) => server.close(() => done()));
      // Keep-alive connections from Teams would otherwise hold the close open.
      server.server.closeIdleConnections();
      await closed;
      await reports.delivery.stop();
    },
  };
}
