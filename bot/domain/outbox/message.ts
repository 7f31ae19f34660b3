import type { Person } from '../directory/directory';

export type OutgoingKind = 'manager-card' | 'reporter-update';

/** What the reporter is told; rendered to text in their language when sent. */
export type ReporterUpdate =
  | { type: 'received'; assignee: string | null; noManager: boolean }
  | { type: 'acknowledged'; by: string; at: string }
  | { type: 'status'; status: CaseStatusChange; by: string; at: string }
  | { type: 'escalated'; reason: EscalationReason; to: string; at: string }
  | { type: 'closed'; by: string; at: string };

export type CaseStatusChange = 'block-ordered' | 'blocked';
export type EscalationReason = 'no-ack' | 'unreachable' | 'no-manager';

/**
 * What to send, by reference: a manager card is rendered from the case as it is when sent (so it
 * is never out of date), and sent again to the same person updates their existing card.
 */
export type OutgoingPayload = { kind: 'manager-card' } | { kind: 'reporter-update'; update: ReporterUpdate };

export interface OutgoingMessage {
  id: string;
  caseId: string;
  recipient: Person;
  kind: OutgoingKind;
  payload: OutgoingPayload;
  /** Failed sends so far. */
  attempts: number;
  /** ISO time; not sent before. */
  dueAt: string;
  /** The card already in the recipient's chat for this case, to update in place instead of posting again. */
  cardActivityId?: string;
}

/** Ids for outbox rows come in through a port, so the domain stays deterministic. */
export interface IdSource {
  next(): string;
}

export function managerCard(ids: IdSource, caseId: string, recipient: Person, now: Date): OutgoingMessage {
  return { id: ids.next(), caseId, recipient, kind: 'manager-card', payload: { kind: 'manager-card' }, attempts: 0, dueAt: now.toISOString() };
}

export function reporterUpdate(ids: IdSource, caseId: string, reporter: Person, update: ReporterUpdate, now: Date): OutgoingMessage {
  return { id: ids.next(), caseId, recipient: reporter, kind: 'reporter-update', payload: { kind: 'reporter-update', update }, attempts: 0, dueAt: now.toISOString() };
}
