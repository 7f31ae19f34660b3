import type { TableClient, TransactionAction } from '@azure/data-tables';
import { SYSTEM, sameId, type CaseEvent } from '../../domain/cases/case';
import type { Person } from '../../domain/directory/directory';
import type { ClaimedMessage, Delivered, OutboxCounts, OutboxStore } from '../../domain/outbox/ports';
import type { Clock } from '../../domain/ports';
import { OUTBOX_PREFIX, cardRow, eventEntities, messageOf, outboxRow, readCase, rowRange, type CardColumns, type OutboxColumns } from './case-entities';
import { columns, getOrNull, listAll, odata, retryOnConflict, statusOf, type Entity, type Row } from './tables';

const PENDING = `${rowRange(OUTBOX_PREFIX)} and state eq 'pending'`;

/**
 * The outbox in Azure Table Storage. Rows live in their case's partition (written in the same
 * transaction as the case change); the dispatcher finds due rows with a filtered scan. A claim
 * is a Merge If-Match the row's ETag, so of two instances claiming the same row exactly one
 * succeeds (the other gets 412 and skips it). Every later write re-reads the row, checks the
 * lease owner and writes If-Match, so a stale owner (its lease ran out and was taken over) is
 * refused.
 */
export class AzureOutboxStore implements OutboxStore {
  /** Message id -> case id for rows this instance claimed (the port's writes name only the message). */
  private readonly caseOf = new Map<string, string>();

  constructor(
    private readonly table: TableClient,
    private readonly clock: Clock,
  ) {}

  async claimDue(owner: string, leaseMs: number, limit = 20): Promise<ClaimedMessage[]> {
    const now = this.clock.now();
    const at = now.toISOString();
    const rows = await listAll<OutboxColumns>(this.table, `${PENDING} and dueAt le ${odata(at)} and leaseUntil le ${odata(at)}`);
    rows.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.createdAt.localeCompare(b.createdAt) || a.rowKey.localeCompare(b.rowKey));
    const until = new Date(now.getTime() + leaseMs).toISOString();
    const claimed: ClaimedMessage[] = [];
    for (const row of rows) {
      if (claimed.length >= limit) break;
      if (!(await this.lease(row, owner, until))) continue;
      this.caseOf.set(messageOf(row).id, row.partitionKey);
      claimed.push(await this.withCard(row));
    }
    return claimed;
  }

  async markSent(id: string, owner: string, delivery: Delivered): Promise<boolean> {
    return this.finish(id, owner, async (row) => {
      const done = { ...this.done(row), state: 'sent' as const };
      const actions: TransactionAction[] = [['update', done, 'Replace', { etag: row.etag }]];
      if (row.kind === 'manager-card') actions.push(...(await this.cardActions(row, delivery)));
      await this.table.submitTransaction(actions);
    });
  }

  async reschedule(id: string, owner: string, attempts: number, dueAt: Date, error: string): Promise<boolean> {
    return this.finish(id, owner, async (row) => {
      await this.table.updateEntity({ ...columns(row), attempts, dueAt: dueAt.toISOString(), lastError: error, leaseOwner: '', leaseUntil: '' }, 'Replace', { etag: row.etag });
    });
  }

  async markFailed(id: string, owner: string, attempts: number, error: string): Promise<boolean> {
    return this.finish(id, owner, async (row) => {
      await this.table.updateEntity({ ...this.done(row), state: 'failed', attempts, lastError: error }, 'Replace', { etag: row.etag });
    });
  }

  async cardOf(caseId: string, recipientId: string): Promise<Delivered | null> {
    const row = await getOrNull<CardColumns>(this.table, caseId, cardRow(recipientId));
    return row ? { conversationId: row.conversationId, activityId: row.activityId } : null;
  }

  async forgetCard(caseId: string, recipientId: string): Promise<void> {
    try {
      // A delete needs no ETag check: whoever stored the card, its conversation is gone.
      await this.table.deleteEntity(caseId, cardRow(recipientId));
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }

  async counts(): Promise<OutboxCounts> {
    const rows = await listAll<OutboxColumns>(this.table, rowRange(OUTBOX_PREFIX), ['state']);
    const counts: OutboxCounts = { pending: 0, sent: 0, failed: 0 };
    for (const r of rows) counts[r.state] += 1;
    return counts;
  }

  async nextDueAt(): Promise<Date | null> {
    const rows = await listAll<OutboxColumns>(this.table, PENDING, ['dueAt', 'leaseUntil']);
    const first = rows.map((r) => (r.leaseUntil > r.dueAt ? r.leaseUntil : r.dueAt)).sort()[0];
    return first ? new Date(first) : null;
  }

  private async lease(row: Row<OutboxColumns>, owner: string, until: string): Promise<boolean> {
    try {
      await this.table.updateEntity({ partitionKey: row.partitionKey, rowKey: row.rowKey, leaseOwner: owner, leaseUntil: until }, 'Merge', { etag: row.etag });
      return true;
    } catch (error) {
      if (statusOf(error) === 412 || statusOf(error) === 404) return false;
      throw error;
    }
  }

  private async withCard(row: Row<OutboxColumns>): Promise<ClaimedMessage> {
    const m = messageOf(row);
    if (m.kind !== 'manager-card') return m;
    const card = await this.cardOf(m.caseId, m.recipient.aadObjectId);
    return card ? { ...m, cardActivityId: card.activityId, cardConversationId: card.conversationId } : m;
  }

  private done(row: Row<OutboxColumns>): Entity & OutboxColumns {
    return { ...columns(row), doneAt: this.clock.now().toISOString(), leaseOwner: '', leaseUntil: '' };
  }

  /**
   * Re-reads the row and writes it only while `owner` still holds it; a lost race (412, or 409 on
   * the delivered event) is read again. False when the row is not ours (any more).
   */
  private async finish(id: string, owner: string, write: (row: Row<OutboxColumns>) => Promise<void>): Promise<boolean> {
    const caseId = this.caseOf.get(id) ?? (await this.findCase(id));
    if (!caseId) return false;
    const ok = await retryOnConflict(`Outbox message ${id}`, async () => {
      const row = await getOrNull<OutboxColumns>(this.table, caseId, outboxRow(id));
      if (!row || row.state !== 'pending' || row.leaseOwner !== owner) return false;
      await write(row);
      return true;
    });
    this.caseOf.delete(id);
    return ok;
  }

  /** Another instance's claim (tests, a restarted instance): one scan for the row. */
  private async findCase(id: string): Promise<string | null> {
    const [row] = await listAll<OutboxColumns>(this.table, `RowKey eq ${odata(outboxRow(id))}`, ['PartitionKey']);
    return row?.partitionKey ?? null;
  }

  /** The card is remembered (insert, or replace If-Match when it moved); the first card to a person is an audit event. */
  private async cardActions(row: Row<OutboxColumns>, delivery: Delivered): Promise<TransactionAction[]> {
    const caseId = row.partitionKey;
    const existing = await getOrNull<CardColumns>(this.table, caseId, cardRow(row.recipientId));
    const card = { partitionKey: caseId, rowKey: cardRow(row.recipientId), recipientId: row.recipientId, conversationId: delivery.conversationId, activityId: delivery.activityId };
    if (existing && existing.conversationId === delivery.conversationId && existing.activityId === delivery.activityId) return [];
    const actions: TransactionAction[] = [existing ? ['update', card, 'Replace', { etag: existing.etag }] : ['create', card]];
    const stored = await readCase(this.table, caseId);
    if (!stored || stored.case.events.some((e) => e.type === 'delivered' && sameId(e.recipient, row.recipientId))) return actions;
    const recipient = JSON.parse(row.recipient) as Person;
    const event: CaseEvent = { at: this.clock.now().toISOString(), actor: SYSTEM, type: 'delivered', recipient: recipient.aadObjectId };
    return [...actions, ...eventEntities(caseId, stored.lastSeq, [event]).map((e): TransactionAction => ['create', e])];
  }
}
