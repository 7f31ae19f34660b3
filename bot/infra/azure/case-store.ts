import type { TableClient, TransactionAction } from '@azure/data-tables';
import type { Case } from '../../domain/cases/case';
import type { SubmitResult } from '../../domain/cases/submit';
import type { CasePort, CaseSummary, StoredSubmit, Transition } from '../../domain/outbox/ports';
import type { Clock } from '../../domain/ports';
import type { NextNumber } from '../../domain/reports/case-number';
import { CASE_ROW, appendActions, caseEntity, readCase, type CaseColumns } from './case-entities';
import { Submissions, numberWanted } from './submissions';
import { hashKey, listAll, odata, retryOnConflict, statusOf, type Tables } from './tables';

/**
 * Cases in Azure Table Storage, with optimistic concurrency instead of SQLite's write lock.
 *
 * - One partition per case (PartitionKey = case id) holds the case, its events and its outbox
 *   rows (see case-entities.ts), so submit and every transition are one Table transaction.
 * - `update` reads the case with its ETag, lets the domain decide, and replaces the case If-Match
 *   that ETag while inserting the next event rows: a concurrent change fails the whole
 *   transaction (412, or 409 on an event row), and the case is read and decided again. Of two
 *   concurrent acknowledgements one wins; the other is decided on the winner's case and gets
 *   the domain's "Redan kvitterad".
 * - A submission key is an insert-only entity holding the reserved case number; the case itself
 *   is inserted (never replaced), so the same form sent twice, even at the same moment on two
 *   instances, gives one case.
 * - Due escalations and the admin list are a filtered scan over the case rows (RowKey eq 'case'):
 *   nothing to keep in step, fine at a municipality's volume. A due-time index table would be
 *   the next step if the table grows to many thousands of open cases.
 */
/** Azure Table Storage takes at most this many operations in one transaction. */
const TRANSACTION_LIMIT = 100;

export class AzureCaseStore implements CasePort {
  private readonly submissions: Submissions;

  constructor(
    private readonly tables: Pick<Tables, 'cases' | 'sequences' | 'submissions'>,
    private readonly clock: Clock,
  ) {
    this.submissions = new Submissions(tables, clock);
  }

  private get table(): TableClient {
    return this.tables.cases;
  }

  async submit(submissionKey: string, build: (nextNumber: NextNumber) => SubmitResult): Promise<StoredSubmit> {
    const submission = hashKey(submissionKey);
    const reserved = await this.submissions.reservation(submission);
    if (reserved) {
      const existing = await readCase(this.table, reserved.caseId);
      if (existing) return { ok: true, created: false, case: existing.case, outbox: [] };
    }
    const wanted = numberWanted(build);
    if (!wanted.ok) return wanted.result;
    const reservation = reserved ?? (await this.submissions.reserve(submission, wanted));
    const result = build(() => reservation.serial);
    if (!result.ok) return result;
    return this.insertCase(result, submission);
  }

  async get(id: string): Promise<Case | null> {
    return (await readCase(this.table, id))?.case ?? null;
  }

  async update<R extends { ok: boolean }>(id: string, decide: (c: Case) => R): Promise<R | null> {
    return retryOnConflict(`Case ${id}`, async () => {
      const stored = await readCase(this.table, id);
      if (!stored) return null;
      const result = decide(stored.case);
      if (!isTransition(result)) return result;
      const now = this.clock.now().toISOString();
      const actions: TransactionAction[] = [
        ['update', caseEntity(result.case, stored.submission, now), 'Replace', { etag: stored.etag }],
        ...appendActions(id, stored.lastSeq, result.events, result.outbox, now),
      ];
      await this.table.submitTransaction(actions);
      return result;
    });
  }

  async dueForEscalation(now: Date, limit = 50): Promise<Case[]> {
    const rows = await listAll<CaseColumns>(this.table, `RowKey eq '${CASE_ROW}' and state eq 'open' and dueAt le ${odata(now.toISOString())}`, ['PartitionKey', 'dueAt']);
    const due = rows.sort((a, b) => String(a.dueAt).localeCompare(String(b.dueAt))).slice(0, limit);
    const cases = await Promise.all(due.map((r) => this.get(r.partitionKey)));
    return cases.filter((c): c is Case => c !== null);
  }

  async nextDueAt(): Promise<Date | null> {
    const rows = await listAll<CaseColumns>(this.table, `RowKey eq '${CASE_ROW}' and state eq 'open' and dueAt ge ''`, ['dueAt']);
    const first = rows.map((r) => String(r.dueAt)).sort()[0];
    return first ? new Date(first) : null;
  }

  async list(limit = 50): Promise<CaseSummary[]> {
    const rows = await listAll<CaseColumns>(this.table, `RowKey eq '${CASE_ROW}'`, ['PartitionKey', 'kind', 'state', 'createdAt', 'dueAt']);
    return rows
      .map((r) => ({ id: r.partitionKey, kind: r.kind, state: r.state as Case['state'], createdAt: r.createdAt, dueAt: r.dueAt ?? null }))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
      .slice(0, limit);
  }

  /** A closed case's whole partition (case, events, outbox, cards) and its submission key, in batches of a transaction's limit. */
  async forgetClosedBefore(cutoff: Date): Promise<number> {
    const closed = await listAll<CaseColumns>(this.table, `RowKey eq '${CASE_ROW}' and state eq 'closed' and updatedAt lt ${odata(cutoff.toISOString())}`, ['PartitionKey', 'submission']);
    for (const row of closed) {
      const rows = await listAll<object>(this.table, `PartitionKey eq ${odata(row.partitionKey)}`, ['PartitionKey', 'RowKey']);
      // The case row last, so an interrupted purge leaves a case that the next round finds again.
      const ordered = [...rows.filter((r) => r.rowKey !== CASE_ROW), ...rows.filter((r) => r.rowKey === CASE_ROW)];
      for (let i = 0; i < ordered.length; i += TRANSACTION_LIMIT) {
        await this.table.submitTransaction(ordered.slice(i, i + TRANSACTION_LIMIT).map((r): TransactionAction => ['delete', { partitionKey: r.partitionKey, rowKey: r.rowKey }]));
      }
      await this.tables.submissions.deleteEntity(row.submission, '').catch((error: unknown) => {
        if (statusOf(error) !== 404) throw error;
      });
    }
    return closed.length;
  }

  /** Case, events and outbox in one transaction; inserted only, so a second writer of the same case gets 409 and the stored case. */
  private async insertCase(result: Transition, submission: string): Promise<StoredSubmit> {
    const c = result.case;
    const actions: TransactionAction[] = [['create', caseEntity(c, submission, c.createdAt)], ...appendActions(c.id, 0, result.events, result.outbox, c.createdAt)];
    try {
      await this.table.submitTransaction(actions);
      return { ok: true, created: true, case: c, outbox: result.outbox };
    } catch (error) {
      if (statusOf(error) !== 409) throw error;
      const existing = await readCase(this.table, c.id);
      if (!existing) throw error;
      return { ok: true, created: false, case: existing.case, outbox: [] };
    }
  }
}

function isTransition(r: { ok: boolean }): r is Transition {
  return r.ok && 'case' in r && 'events' in r && 'outbox' in r;
}
