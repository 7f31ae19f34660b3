import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { CloudAdapter } from 'botbuilder';
import type { Case } from '../domain/cases/case';
import type { Lang } from '../domain/knowledge/types';
import type { IdSource } from '../domain/outbox/message';
import type { Clock } from '../domain/ports';
import { findDefinition, type ReportDefinitions } from '../domain/reports/definition';
import type { Logger } from '../infra/logger';
import { loadReportDefinitionsOrThrow } from '../infra/reports/load-reports';
import { managerCaseCard } from '../teams/cards/reports';
import { TeamsNotifier } from '../teams/notifier';
import { DEFAULT_LEASE_MS } from '../domain/outbox/dispatch';
import { DEFAULT_SEND_TIMEOUT_MS } from '../teams/proactive/send-timeout';
import { ChainCache } from './chain-cache';
import { chainTeamsIds } from './teams-ids';
import type { DirectorySetup } from './compose-directory';
import type { Stores } from './compose-store';
import { ReportService } from './report-use-cases';
import { startDelivery, type Delivery } from './start-loops';

export interface ReportsSetup {
  definitions: ReportDefinitions;
  directory: DirectorySetup;
  stores: Pick<Stores, 'cases' | 'outbox' | 'refs'>;
  /** The app's adapter (createAdapter): it signs the proactive calls. */
  adapter: CloudAdapter;
  clock: Clock;
  logger: Logger;
  appId: string;
  teamsTenantId: string;
  teamsServiceUrl: string;
  dispatchIntervalMs: number;
  outboxLeaseMs?: number;
  /** One proactive send's time limit (TeamsNotifier's default when not given). */
  sendTimeoutMs?: number;
  schedulerIntervalMs: number;
  loops?: 'auto' | 'manual';
}

export interface Reports {
  useCases: ReportService;
  delivery: Delivery;
}

export function loadReportDefinitions(knowledgeDir: string): ReportDefinitions {
  return loadReportDefinitionsOrThrow(join(knowledgeDir, 'reports.yaml'));
}

export const uuidIds: IdSource = { next: () => randomUUID() };

/** Reports end to end: the use cases the routes call, and the loops that deliver and escalate. */
export function composeReports(s: ReportsSetup): Reports {
  const teamsIds = chainTeamsIds(s.stores.refs);
  const notifier = new TeamsNotifier(s.adapter, s.stores.refs, { appId: s.appId, tenantId: s.teamsTenantId, defaultServiceUrl: s.teamsServiceUrl, ...(s.sendTimeoutMs !== undefined ? { sendTimeoutMs: s.sendTimeoutMs } : {}) });
  const delivery = startDelivery({
    dispatch: {
      outbox: s.stores.outbox,
      notifier,
      renderManagerCard: cardRenderer(s.definitions, teamsIds),
      ids: uuidIds,
      random: Math.random,
      leaseMs: s.outboxLeaseMs ?? DEFAULT_LEASE_MS,
      batchSize: batchWithinLease(s.outboxLeaseMs ?? DEFAULT_LEASE_MS, s.sendTimeoutMs ?? DEFAULT_SEND_TIMEOUT_MS),
    },
    cases: s.stores.cases,
    clock: s.clock,
    logger: s.logger,
    dispatchIntervalMs: s.dispatchIntervalMs,
    schedulerIntervalMs: s.schedulerIntervalMs,
    mode: s.loops ?? 'auto',
  });
  const chains = new ChainCache(s.directory.directory, s.directory.fallback, s.clock, s.logger);
  const useCases = new ReportService({ definitions: s.definitions, cases: s.stores.cases, chains, clock: s.clock, ids: uuidIds, onQueued: () => delivery.wake(), logger: s.logger, admins: s.directory.admins, teamsIds });
  return { useCases, delivery };
}

/**
 * Rows are sent one after the other, each within the send timeout: claim no more than can all time
 * out inside the lease (with room to spare), or another instance could take a row still being sent.
 */
function batchWithinLease(leaseMs: number, sendTimeoutMs: number): number {
  return sendTimeoutMs > 0 ? Math.max(1, Math.min(MAX_BATCH, Math.floor(leaseMs / (2 * sendTimeoutMs)))) : MAX_BATCH;
}

const MAX_BATCH = 20;

/** A report type kansliet removed while a case of it was running; the row is retried, then given up. */
export class UnknownReportTypeError extends Error {
  constructor(readonly kind: string) {
    super(`Report type "${kind}" is not in knowledge/reports.yaml any more, so its case card cannot be drawn. Put the flow back.`);
    this.name = 'UnknownReportTypeError';
  }
}

function cardRenderer(definitions: ReportDefinitions, teamsIds: (c: Case) => Promise<string[]>): (c: Case, lang: Lang) => Promise<unknown> {
  return async (c, lang) => {
    const definition = findDefinition(definitions, c.kind);
    if (!definition) throw new UnknownReportTypeError(c.kind);
    return managerCaseCard({ case: c, definition, lang, refreshUserIds: await teamsIds(c) });
  };
}
