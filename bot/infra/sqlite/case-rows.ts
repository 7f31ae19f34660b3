import type { Case, CaseEvent } from '../../domain/cases/case';
import type { OutgoingMessage } from '../../domain/outbox/message';
import type { Database } from './database';

/** Row shapes and writes shared by the case and outbox stores; always called inside a transaction. */
export interface CaseRow {
  data: string;
}

export interface EventRow {
  seq: number;
  at: string;
  actor_id: string;
  type: string;
  data: string;
}

export function caseDocument(c: Case): string {
  const { events: _events, ...rest } = c;
  return JSON.stringify(rest);
}

export function eventFromRow(row: EventRow): CaseEvent {
  return JSON.parse(row.data) as CaseEvent;
}

export function readCase(db: Database, id: string): Case | null {
  const row = db.prepare('SELECT data FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
  if (!row) return null;
  const events = (db.prepare('SELECT seq, at, actor_id, type, data FROM case_events WHERE case_id = ? ORDER BY seq').all(id) as EventRow[]).map(eventFromRow);
  return { ...(JSON.parse(row.data) as Omit<Case, 'events'>), events };
}

export function appendEvents(db: Database, caseId: string, events: readonly CaseEvent[]): void {
  if (events.length === 0) return;
  const { last } = db.prepare('SELECT COALESCE(MAX(seq), 0) AS last FROM case_events WHERE case_id = ?').get(caseId) as { last: number };
  const insert = db.prepare('INSERT INTO case_events (case_id, seq, at, actor_id, type, data) VALUES (?, ?, ?, ?, ?, ?)');
  events.forEach((e, i) => insert.run(caseId, last + i + 1, e.at, e.actor.aadObjectId, e.type, JSON.stringify(e)));
}

export function insertOutbox(db: Database, messages: readonly OutgoingMessage[], now: string): void {
  const insert = db.prepare(
    `INSERT INTO outbox (id, case_id, recipient_id, recipient, kind, payload, attempts, due_at, created_at)
     VALUES (@id, @caseId, @recipientId, @recipient, @kind, @payload, @attempts, @dueAt, @now)`,
  );
  for (const m of messages) {
    insert.run({
      id: m.id,
      caseId: m.caseId,
      recipientId: m.recipient.aadObjectId.toLowerCase(),
      recipient: JSON.stringify(m.recipient),
      kind: m.kind,
      payload: JSON.stringify(m.payload),
      attempts: m.attempts,
      dueAt: m.dueAt,
      now,
    });
  }
}
