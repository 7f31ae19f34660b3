import { randomUUID } from 'node:crypto';
import { act } from '../domain/cases/act';
import { assignee, isInChain, sameId, type Case } from '../domain/cases/case';
import type { CaseCommand } from '../domain/cases/commands';
import { submitReport } from '../domain/cases/submit';
import type { Person } from '../domain/directory/directory';
import type { Localized } from '../domain/knowledge/types';
import type { IdSource, OutgoingMessage } from '../domain/outbox/message';
import type { CasePort } from '../domain/outbox/ports';
import type { Clock } from '../domain/ports';
import { findDefinition, type ReportDefinition, type ReportDefinitions } from '../domain/reports/definition';
import type { Logger } from '../infra/logger';
import type { ActOutcome, CaseAccess, CaseView, ReportUseCases, SubmitInput, SubmitOutcome } from '../teams/deps';
import type { ChainCache } from './chain-cache';

export interface ReportUseCaseDeps {
  definitions: ReportDefinitions;
  cases: Pick<CasePort, 'submit' | 'update' | 'get'>;
  chains: ChainCache;
  clock: Clock;
  ids: IdSource;
  /** Something was queued in the outbox: deliver it now rather than at the next round. */
  onQueued: () => void;
  logger: Pick<Logger, 'info' | 'warn'>;
  /** Longest wait for a directory lookup inside the submit invoke; Teams wants an answer within 5 s. */
  submitWaitMs?: number;
  /** AAD object ids of kansliet's admins (knowledge/directory.yaml): they may read every case. */
  admins?: readonly string[];
  /** The Teams ids (MRIs) of a case's chain that are known, for the card's refresh list. */
  teamsIds?: (c: Case) => Promise<string[]>;
}

const unknownFlow: Localized = {
  sv: 'Den här rapporttypen finns inte längre. Skriv ”rapportera” igen för att få ett nytt formulär.',
  en: 'This kind of report no longer exists. Write "report" again to get a new form.',
};

const directoryNotReady: Localized = {
  sv: 'Jag hann inte ta reda på vem som är din chef. Din rapport är inte skickad än – tryck på Skicka igen om en liten stund.',
  en: 'I could not find out who your manager is in time. Your report is not sent yet; press Send again in a moment.',
};

/** The report flows the Teams routes call: start, submit, act on a case and show it. */
export class ReportService implements ReportUseCases {
  constructor(private readonly deps: ReportUseCaseDeps) {}

  definition(flow: string): ReportDefinition | undefined {
    return findDefinition(this.deps.definitions, flow);
  }

  refreshIds(c: Case): Promise<string[]> {
    return this.deps.teamsIds?.(c) ?? Promise.resolve([]);
  }

  newSubmissionKey(): string {
    return randomUUID();
  }

  async prepare(reporter: Person, waitMs: number): Promise<void> {
    await this.deps.chains.ready(reporter.aadObjectId, waitMs);
  }

  async submit(input: SubmitInput): Promise<SubmitOutcome> {
    const definition = this.definition(input.flow);
    if (!definition) return { kind: 'refused', message: unknownFlow, definition: null };
    const chain = await this.deps.chains.ready(input.reporter.aadObjectId, this.deps.submitWaitMs ?? 2500);
    if (!chain) return { kind: 'refused', message: directoryNotReady, definition, tryAgain: true };
    const now = this.deps.clock.now();
    // The key is the reporter's own: a key copied from someone else's card cannot reach their case.
    const key = `${input.reporter.aadObjectId.toLowerCase()}:${input.submissionKey}`;
    const stored = await this.deps.cases.submit(key, (nextNumber) => {
      const result = submitReport(definition, input.form, input.reporter, chain, now, nextNumber, this.deps.ids);
      return result.ok ? { ...result, outbox: result.outbox.filter((m) => !answeredInChat(m)) } : result;
    });
    if (!stored.ok) return stored.reason === 'invalid' ? { kind: 'invalid', definition, errors: stored.errors } : { kind: 'refused', message: stored.message, definition };
    if (stored.created) {
      this.deps.logger.info({ caseId: stored.case.id, kind: definition.id }, 'report stored');
      this.deps.onQueued();
    }
    return { kind: 'stored', case: stored.case, definition, created: stored.created, sentTo: assignee(stored.case)?.person.name ?? null };
  }

  async act(caseId: string, command: CaseCommand, actor: Person, expectedVersion: number): Promise<ActOutcome> {
    let definition: ReportDefinition | undefined;
    const result = await this.deps.cases.update(caseId, (c) => {
      definition = this.definition(c.kind);
      if (!definition) return { ok: false as const, reason: 'not-allowed' as const, message: unknownFlow, case: c };
      return act(c, command, actor, expectedVersion, this.deps.clock.now(), { definition, ids: this.deps.ids });
    });
    if (!result || !definition) return { kind: 'missing' };
    if (!result.ok) return { kind: 'refused', reason: result.reason, message: result.message, case: result.case, definition };
    this.deps.logger.info({ caseId, command: command.type, version: result.case.version }, 'case changed');
    if (result.outbox.length > 0) this.deps.onQueued();
    return { kind: 'done', case: result.case, definition };
  }

  async view(caseId: string, viewerId?: string): Promise<CaseView | null> {
    const c = await this.deps.cases.get(caseId);
    const definition = c ? this.definition(c.kind) : undefined;
    return c && definition ? { case: c, definition, access: accessOf(c, viewerId, this.deps.admins ?? []) } : null;
  }
}

/** The widest view wins: a manager who is also an admin, or reports to themselves, gets the live card. */
export function accessOf(c: Case, viewerId: string | undefined, admins: readonly string[]): CaseAccess {
  if (!viewerId) return 'other';
  if (isInChain(c, viewerId)) return 'chain';
  if (admins.some((a) => sameId(a, viewerId))) return 'admin';
  return sameId(c.reporter.aadObjectId, viewerId) ? 'reporter' : 'other';
}

/**
 * The reporter's "received" update is the confirmation card the submit invoke answers with, so
 * it is not queued as well (it would say the same thing twice). Only the no-manager variant is
 * kept: it explains why the report went to someone else.
 */
function answeredInChat(m: OutgoingMessage): boolean {
  return m.payload.kind === 'reporter-update' && m.payload.update.type === 'received' && !m.payload.update.noManager;
}
