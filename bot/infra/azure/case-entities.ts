import type { TableClient, TransactionAction } from '@azure/data-tables';
import type { Case, CaseEvent } from '../../domain/cases/case';
import type { Person } from '../../domain/directory/directory';
import type { OutgoingKind, OutgoingMessage, OutgoingPayload } from '../../domain/outbox/message';
import { fromChunks, hashKey, listAll, odata, toChunks, type Entity, type Row } from './tables';

/**
 * Row keys inside a case's partition (PartitionKey = case id) of the cases table:
 *   case                 the case document without its events, with version, state and dueAt as columns
 *   event-0000000001     the audit trail, append-only, in order
 *   outbox-<message id>  a message to deliver, with its lease
 *   card-<hash>          the card a person already has for the case
 * Everything a change writes lies in one partition, so one Table transaction stores it atomically.
 */
export const CASE_ROW = 'case';
export const EVENT_PREFIX = 'event-';
export const OUTBOX_PREFIX = 'outbox-';
export const CARD_PREFIX = 'card-';

/** Everything after a prefix and before the next character: `RowKey ge 'event-' and RowKey lt 'event.'`. */
export function rowRange(prefix: string): string {
  const end = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return `RowKey ge ${odata(prefix)} and RowKey lt ${odata(end)}`;
}

export const eventRow = (seq: number) => `${EVENT_PREFIX}${String(seq).padStart(10, '0')}`;
export const outboxRow = (id: string) => `${OUTBOX_PREFIX}${id}`;
export const cardRow = (recipientId: string) => `${CARD_PREFIX}${hashKey(recipientId.toLowerCase())}`;

export interface CaseColumns {
  kind: string;
  reporterId: string;
  state: string;
  version: number;
  /** Absent when nothing is pending, so `dueAt le ...` never matches it. */
  dueAt?: string;
  submission: string;
  createdAt: string;
  updatedAt: string;
  parts: number;
}

export interface OutboxColumns {
  recipientId: string;
  recipient: string;
  kind: OutgoingKind;
  payload: string;
  state: 'pending' | 'sent' | 'failed';
  attempts: number;
  dueAt: string;
  /** '' when nobody holds the row. */
  leaseOwner: string;
  leaseUntil: string;
  lastError: string;
  createdAt: string;
  doneAt: string;
}

export interface CardColumns {
  recipientId: string;
  conversationId: string;
  activityId: string;
}

export function caseEntity(c: Case, submission: string, updatedAt: string): Entity {
  const { events: _events, ...rest } = c;
  return {
    partitionKey: c.id,
    rowKey: CASE_ROW,
    kind: c.kind,
    reporterId: c.reporter.aadObjectId.toLowerCase(),
    state: c.state,
    version: c.version,
    ...(c.dueAt ? { dueAt: c.dueAt } : {}),
    submission,
    createdAt: c.createdAt,
    updatedAt,
    ...toChunks(`Case ${c.id}`, JSON.stringify(rest)),
  };
}

export function eventEntities(caseId: string, lastSeq: number, events: readonly CaseEvent[]): Entity[] {
  return events.map((e, i) => ({
    partitionKey: caseId,
    rowKey: eventRow(lastSeq + i + 1),
    at: e.at,
    actorId: e.actor.aadObjectId,
    type: e.type,
    ...toChunks(`An event of case ${caseId}`, JSON.stringify(e)),
  }));
}

export function outboxEntity(m: OutgoingMessage, now: string): Entity & OutboxColumns {
  return {
    partitionKey: m.caseId,
    rowKey: outboxRow(m.id),
    recipientId: m.recipient.aadObjectId.toLowerCase(),
    recipient: JSON.stringify(m.recipient),
    kind: m.kind,
    payload: JSON.stringify(m.payload),
    state: 'pending',
    attempts: m.attempts,
    dueAt: m.dueAt,
    leaseOwner: '',
    leaseUntil: '',
    lastError: '',
    createdAt: now,
    doneAt: '',
  };
}

export function messageOf(row: Row<OutboxColumns>): OutgoingMessage {
  return {
    id: row.rowKey.slice(OUTBOX_PREFIX.length),
    caseId: row.partitionKey,
    recipient: JSON.parse(row.recipient) as Person,
    kind: row.kind,
    payload: JSON.parse(row.payload) as OutgoingPayload,
    attempts: row.attempts,
    dueAt: row.dueAt,
  };
}

/** Insert actions for a transition's new rows: events after `lastSeq`, then its outbox messages. */
export function appendActions(caseId: string, lastSeq: number, events: readonly CaseEvent[], outbox: readonly OutgoingMessage[], now: string): TransactionAction[] {
  return [...eventEntities(caseId, lastSeq, events).map((e): TransactionAction => ['create', e]), ...outbox.map((m): TransactionAction => ['create', outboxEntity(m, now)])];
}

export interface StoredCase {
  case: Case;
  etag: string;
  lastSeq: number;
  submission: string;
}

/** The case and its audit trail in one partition query. */
export async function readCase(table: TableClient, id: string): Promise<StoredCase | null> {
  const rows = await listAll<Record<string, unknown>>(table, `PartitionKey eq ${odata(id)} and (RowKey eq '${CASE_ROW}' or (${rowRange(EVENT_PREFIX)}))`);
  const head = rows.find((r) => r.rowKey === CASE_ROW);
  if (!head) return null;
  const events = rows.filter((r) => r.rowKey.startsWith(EVENT_PREFIX)).sort((a, b) => (a.rowKey < b.rowKey ? -1 : 1));
  const last = events.at(-1);
  return {
    case: { ...(JSON.parse(fromChunks(head)) as Omit<Case, 'events'>), events: events.map((e) => JSON.parse(fromChunks(e)) as CaseEvent) },
    etag: head.etag,
    lastSeq: last ? Number(last.rowKey.slice(EVENT_PREFIX.length)) : 0,
    submission: String(head.submission ?? ''),
  };
}
