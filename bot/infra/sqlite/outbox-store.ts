import { SYSTEM, type CaseEvent } from '../../domain/cases/case';
import type { Person } from '../../domain/directory/directory';
import type { OutgoingKind, OutgoingPayload } from '../../domain/outbox/message';
import type { ClaimedMessage, Delivered, OutboxCounts, OutboxStore } from '../../domain/outbox/ports';
import type { Clock } from '../../domain/ports';
import { appendEvents } from './case-rows';
import type { Database } from './database';

interface OutboxRow {
  id: string;
  case_id: string;
  recipient: string;
  kind: OutgoingKind;
  payload: string;
  attempts: number;
  due_at: string;
  activity_id: string | null;
  conversation_id: string | null;
}

/** Where a sent card is; for a manager card, later sends update it in place. */
export type Delivery = Delivered;

export type { ClaimedMessage, OutboxCounts };

/**
 * The outbox in SQLite. Several dispatcher instances may share the file: a claim leases rows to
 * one owner until the lease runs out, and every later write checks the owner, so a message that
 * was claimed again after a crash is finished by exactly one of them.
 */
export class SqliteOutboxStore implements OutboxStore {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Leases up to `limit` due messages to `owner` for `leaseMs`, oldest first. */
  async claimDue(owner: string, leaseMs: number, limit = 20): Promise<ClaimedMessage[]> {
    const now = this.clock.now();
    const run = this.db.transaction((): ClaimedMessage[] => {
      const rows = this.db
        .prepare(
          `SELECT o.id, o.case_id, o.recipient, o.kind, o.payload, o.attempts, o.due_at, c.activity_id, c.conversation_id
           FROM outbox o LEFT JOIN case_cards c ON c.case_id = o.case_id AND c.recipient_id = o.recipient_id AND o.kind = 'manager-card'
           WHERE o.state = 'pending' AND o.due_at <= @now AND (o.lease_until IS NULL OR o.lease_until <= @now)
           ORDER BY o.due_at, o.created_at, o.id LIMIT @limit`,
        )
        .all({ now: now.toISOString(), limit }) as OutboxRow[];
      const lease = this.db.prepare('UPDATE outbox SET lease_owner = ?, lease_until = ? WHERE id = ?');
      const until = new Date(now.getTime() + leaseMs).toISOString();
      for (const row of rows) lease.run(owner, until, row.id);
      return rows.map(toMessage);
    });
    return run.immediate();
  }

  /**
   * Records a successful send. The first card to a person is also written to the case's audit
   * trail as delivered, and remembered so later sends update it. False if the lease was lost.
   */
  async markSent(id: string, owner: string, delivery: Delivery): Promise<boolean> {
    const at = this.clock.now().toISOString();
    const run = this.db.transaction((): boolean => {
      const row = this.db.prepare('SELECT case_id, recipient_id, recipient, kind FROM outbox WHERE id = ?').get(id) as
        | { case_id: string; recipient_id: string; recipient: string; kind: OutgoingKind }
        | undefined;
      const { changes } = this.db
        .prepare("UPDATE outbox SET state = 'sent', done_at = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ? AND state = 'pending'")
        .run(at, id, owner);
      if (changes !== 1 || !row) return false;
      if (row.kind === 'manager-card') this.rememberCard(row.case_id, row.recipient_id, JSON.parse(row.recipient) as Person, delivery, at);
      return true;
    });
    return run.immediate();
  }

  /** A failed send to try again at `dueAt` (from the domain's nextAttempt). */
  async reschedule(id: string, owner: string, attempts: number, dueAt: Date, error: string): Promise<boolean> {
    const { changes } = this.db
      .prepare(
        "UPDATE outbox SET attempts = ?, due_at = ?, last_error = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ? AND state = 'pending'",
      )
      .run(attempts, dueAt.toISOString(), error, id, owner);
    return changes === 1;
  }

  /** Gives up on a message; a manager card's caller then escalates the case. */
  async markFailed(id: string, owner: string, attempts: number, error: string): Promise<boolean> {
    const { changes } = this.db
      .prepare(
        "UPDATE outbox SET state = 'failed', attempts = ?, last_error = ?, done_at = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ? AND state = 'pending'",
      )
      .run(attempts, error, this.clock.now().toISOString(), id, owner);
    return changes === 1;
  }

  /** The card a person already has for a case, e.g. to update it after a 404 recreated the chat. */
  async cardOf(caseId: string, recipientId: string): Promise<Delivery | null> {
    const row = this.db
      .prepare('SELECT conversation_id AS conversationId, activity_id AS activityId FROM case_cards WHERE case_id = ? AND recipient_id = ?')
      .get(caseId, recipientId.toLowerCase()) as Delivery | undefined;
    return row ?? null;
  }

  /** Forgets a stored card (its conversation is gone), so the next send posts a new one. */
  async forgetCard(caseId: string, recipientId: string): Promise<void> {
    this.db.prepare('DELETE FROM case_cards WHERE case_id = ? AND recipient_id = ?').run(caseId, recipientId.toLowerCase());
  }

  async counts(): Promise<OutboxCounts> {
    const rows = this.db.prepare('SELECT state, COUNT(*) AS n FROM outbox GROUP BY state').all() as { state: keyof OutboxCounts; n: number }[];
    const counts: OutboxCounts = { pending: 0, sent: 0, failed: 0 };
    for (const r of rows) counts[r.state] = r.n;
    return counts;
  }

  /** When the next message becomes due, so a dispatcher can sleep until then. */
  async nextDueAt(): Promise<Date | null> {
    const row = this.db.prepare("SELECT MIN(COALESCE(MAX(due_at, lease_until), due_at)) AS due FROM outbox WHERE state = 'pending'").get() as { due: string | null };
    return row.due ? new Date(row.due) : null;
  }

  private rememberCard(caseId: string, recipientId: string, recipient: Person, delivery: Delivery, at: string): void {
    const { changes } = this.db
      .prepare(
        `INSERT INTO case_cards (case_id, recipient_id, conversation_id, activity_id) VALUES (?, ?, ?, ?)
         ON CONFLICT (case_id, recipient_id) DO UPDATE SET conversation_id = excluded.conversation_id, activity_id = excluded.activity_id
         WHERE activity_id <> excluded.activity_id OR conversation_id <> excluded.conversation_id`,
      )
      .run(caseId, recipientId, delivery.conversationId, delivery.activityId);
    const firstCard = changes === 1 && !this.hasDeliveredEvent(caseId, recipientId);
    if (!firstCard) return;
    const event: CaseEvent = { at, actor: SYSTEM, type: 'delivered', recipient: recipient.aadObjectId };
    appendEvents(this.db, caseId, [event]);
  }

  private hasDeliveredEvent(caseId: string, recipientId: string): boolean {
    const row = this.db
      .prepare("SELECT 1 FROM case_events WHERE case_id = ? AND type = 'delivered' AND lower(json_extract(data, '$.recipient')) = ?")
      .get(caseId, recipientId);
    return row !== undefined;
  }
}

function toMessage(row: OutboxRow): ClaimedMessage {
  return {
    id: row.id,
    caseId: row.case_id,
    recipient: JSON.parse(row.recipient) as Person,
    kind: row.kind,
    payload: JSON.parse(row.payload) as OutgoingPayload,
    attempts: row.attempts,
    dueAt: row.due_at,
    ...(row.activity_id ? { cardActivityId: row.activity_id } : {}),
    ...(row.conversation_id ? { cardConversationId: row.conversation_id } : {}),
  };
}
