import type { Case } from '../../domain/cases/case';
import type { Clock } from '../../domain/ports';
import type { SubmitResult } from '../../domain/cases/submit';
import type { CasePort, CaseSummary, StoredSubmit, Transition } from '../../domain/outbox/ports';
import type { NextNumber } from '../../domain/reports/case-number';
import { appendEvents, caseDocument, insertOutbox, readCase } from './case-rows';
import type { Database } from './database';

export type { CaseSummary, StoredSubmit, Transition };

/**
 * Cases in SQLite. Every change writes the case, its new events and its outbox rows in one
 * transaction, guarded by the version the change was computed from (optimistic concurrency).
 */
export class SqliteCaseStore implements CasePort {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores a new case exactly once per `submissionKey` (e.g. the form card's id plus the
   * reporter's id). `build` is the domain's submitReport; it gets the case number sequence and
   * runs inside the transaction, so a number is used only by a case that is stored.
   */
  async submit(submissionKey: string, build: (nextNumber: NextNumber) => SubmitResult): Promise<StoredSubmit> {
    const run = this.db.transaction((): StoredSubmit => {
      const existing = this.db.prepare('SELECT id FROM cases WHERE submission_key = ?').get(submissionKey) as { id: string } | undefined;
      if (existing) return { ok: true, created: false, case: this.mustRead(existing.id), outbox: [] };
      const result = build((prefix, year) => this.nextSerial(prefix, year));
      if (!result.ok) return result;
      const c = result.case;
      this.db
        .prepare(
          `INSERT INTO cases (id, kind, reporter_id, state, version, due_at, submission_key, created_at, updated_at, data)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(c.id, c.kind, c.reporter.aadObjectId.toLowerCase(), c.state, c.version, c.dueAt, submissionKey, c.createdAt, c.createdAt, caseDocument(c));
      appendEvents(this.db, c.id, result.events);
      insertOutbox(this.db, result.outbox, c.createdAt);
      return { ok: true, created: true, case: c, outbox: result.outbox };
    });
    return run.immediate();
  }

  async get(id: string): Promise<Case | null> {
    return readCase(this.db, id);
  }

  /**
   * Persists a transition computed from the case at `expectedVersion`. False when someone else
   * changed the case first; nothing is written then.
   */
  save(t: Transition, expectedVersion: number): boolean {
    const run = this.db.transaction((): boolean => {
      const c = t.case;
      const { changes } = this.db
        .prepare('UPDATE cases SET state = ?, version = ?, due_at = ?, updated_at = ?, data = ? WHERE id = ? AND version = ?')
        .run(c.state, c.version, c.dueAt, this.clock.now().toISOString(), caseDocument(c), c.id, expectedVersion);
      if (changes !== 1) return false;
      appendEvents(this.db, c.id, t.events);
      insertOutbox(this.db, t.outbox, this.clock.now().toISOString());
      return true;
    });
    return run.immediate();
  }

  /**
   * Reads the case, lets the domain decide (act, escalateIfDue) and saves a successful
   * transition, all under one write lock: of two concurrent clicks the second sees the first's
   * result and gets a refusal such as "Redan kvitterad". Null when the case does not exist.
   */
  async update<R extends { ok: boolean }>(id: string, decide: (c: Case) => R): Promise<R | null> {
    const run = this.db.transaction((): R | null => {
      const c = readCase(this.db, id);
      if (!c) return null;
      const result = decide(c);
      if (isTransition(result) && !this.save(result, c.version)) throw new Error(`Case ${id} changed inside its own transaction`);
      return result;
    });
    return run.immediate();
  }

  /** Open cases whose escalation time has passed, oldest first, for the scheduler. */
  async dueForEscalation(now: Date, limit = 50): Promise<Case[]> {
    const rows = this.db
      .prepare("SELECT id FROM cases WHERE state = 'open' AND due_at IS NOT NULL AND due_at <= ? ORDER BY due_at LIMIT ?")
      .all(now.toISOString(), limit) as { id: string }[];
    return rows.flatMap((r) => readCase(this.db, r.id) ?? []);
  }

  /** The earliest pending escalation time, so a scheduler can sleep until then. */
  async nextDueAt(): Promise<Date | null> {
    const row = this.db.prepare("SELECT MIN(due_at) AS due FROM cases WHERE state = 'open' AND due_at IS NOT NULL").get() as { due: string | null };
    return row.due ? new Date(row.due) : null;
  }

  /** Newest first, for the admin command `npm run cases -- list`. */
  async list(limit = 50): Promise<CaseSummary[]> {
    return this.db
      .prepare('SELECT id, kind, state, created_at AS createdAt, due_at AS dueAt FROM cases ORDER BY created_at DESC, id DESC LIMIT ?')
      .all(limit) as CaseSummary[];
  }

  async forgetClosedBefore(cutoff: Date): Promise<number> {
    // Events, outbox rows and cards go with their case (ON DELETE CASCADE; the audit trigger allows it then).
    return this.db.prepare("DELETE FROM cases WHERE state = 'closed' AND updated_at < ?").run(cutoff.toISOString()).changes;
  }

  private nextSerial(prefix: string, year: number): number {
    const row = this.db
      .prepare(
        `INSERT INTO case_sequences (prefix, year, last) VALUES (?, ?, 1)
         ON CONFLICT (prefix, year) DO UPDATE SET last = last + 1 RETURNING last`,
      )
      .get(prefix, year) as { last: number };
    return row.last;
  }

  private mustRead(id: string): Case {
    const c = readCase(this.db, id);
    if (!c) throw new Error(`Case ${id} vanished inside a transaction`);
    return c;
  }
}

function isTransition(r: { ok: boolean }): r is Transition {
  return r.ok && 'case' in r && 'events' in r && 'outbox' in r;
}
