import type { ChainLink, Person } from '../directory/directory';
import type { CaseStatusChange, EscalationReason } from '../outbox/message';
import type { FormValues } from '../reports/form';

export type CaseState = 'open' | 'acknowledged' | 'closed';

/** Who did something: a person, or the bot itself (escalation, delivery). */
export type Actor = Person | { aadObjectId: 'system'; name: 'Riktlinjeboten' };

export const SYSTEM: Actor = { aadObjectId: 'system', name: 'Riktlinjeboten' };

interface EventBase {
  /** ISO time. */
  at: string;
  actor: Actor;
}

/** The audit trail: appended, never changed. */
export type CaseEvent = EventBase &
  (
    | { type: 'created' }
    | { type: 'delivered'; recipient: string }
    | { type: 'acknowledged' }
    | { type: 'checklist'; item: string; done: boolean }
    | { type: 'note'; text: string }
    | { type: 'status'; status: CaseStatusChange }
    | { type: 'escalated'; reason: EscalationReason; from: string | null; to: string }
    | { type: 'closed' }
  );

export type CaseEventType = CaseEvent['type'];

export interface Case {
  /** Readable by people, e.g. HOT-2026-0042. */
  id: string;
  /** Report definition id, e.g. phone-threat. */
  kind: string;
  reporter: Person;
  fields: FormValues;
  state: CaseState;
  chain: ChainLink[];
  /** Index into chain of who is responsible now. */
  assigneeIndex: number;
  /** Bumped by every change a person or the escalation makes; the card carries it back. */
  version: number;
  /** ISO time of the next escalation, or null when nothing is pending. */
  dueAt: string | null;
  /** Copied from the report definition at submit, so a later edit does not change a running case. */
  escalateAfterMinutes: number;
  createdAt: string;
  /** Checklist item id -> done. */
  checklist: Record<string, boolean>;
  status: CaseStatusChange | null;
  acknowledgedBy: Person | null;
  acknowledgedAt: string | null;
  events: CaseEvent[];
}

export function assignee(c: Case): ChainLink | undefined {
  return c.chain[c.assigneeIndex];
}

export function isInChain(c: Case, aadObjectId: string): boolean {
  return c.chain.some((l) => sameId(l.person.aadObjectId, aadObjectId));
}

/** Chain members whose chat already has this case's card (updated when the case changes). */
export function cardHolders(c: Case): string[] {
  const ids = c.events.flatMap((e) => (e.type === 'delivered' ? [e.recipient] : []));
  return [...new Set(ids)].filter((id) => isInChain(c, id));
}

/** Who may see a case: the reporter, the chain and configured admins. */
export function canView(c: Case, aadObjectId: string, admins: readonly string[]): boolean {
  return sameId(c.reporter.aadObjectId, aadObjectId) || isInChain(c, aadObjectId) || admins.some((a) => sameId(a, aadObjectId));
}

export function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function minutesLater(at: Date, minutes: number): string {
  return new Date(at.getTime() + minutes * 60_000).toISOString();
}
