import { SYSTEM, assignee, cardHolders, minutesLater, sameId, type Case, type CaseEvent } from '../cases/case';
import { managerCard, reporterUpdate, type EscalationReason, type IdSource, type OutgoingMessage } from '../outbox/message';

export type EscalationResult =
  | { ok: true; case: Case; events: CaseEvent[]; outbox: OutgoingMessage[] }
  | { ok: false; reason: 'not-open' | 'not-due' | 'not-assignee' };

/**
 * Called by the scheduler for cases whose due time has passed; re-checks state and time, since
 * someone may have acknowledged between the query and now.
 */
export function escalateIfDue(c: Case, now: Date, ids: IdSource): EscalationResult {
  if (c.state !== 'open') return { ok: false, reason: 'not-open' };
  if (c.dueAt === null || now.getTime() < Date.parse(c.dueAt)) return { ok: false, reason: 'not-due' };
  return escalate(c, 'no-ack', now, ids);
}

/**
 * The dispatcher could not deliver the card to `recipientId` (403, or too many failures). Only
 * the current assignee of an open case matters: once someone has the case, it stays with them.
 */
export function escalateUnreachable(c: Case, recipientId: string, now: Date, ids: IdSource): EscalationResult {
  if (c.state !== 'open') return { ok: false, reason: 'not-open' };
  const current = assignee(c);
  if (!current || !sameId(current.person.aadObjectId, recipientId)) return { ok: false, reason: 'not-assignee' };
  return escalate(c, 'unreachable', now, ids);
}

/**
 * Passes the case to the next in the chain and tells the reporter why. At the end of the chain
 * the case stays with the last person (the on-call fallback) and escalation stops.
 */
function escalate(c: Case, reason: EscalationReason, now: Date, ids: IdSource): EscalationResult {
  const from = assignee(c);
  const nextIndex = c.assigneeIndex + 1;
  const to = c.chain[nextIndex];
  if (!to) return { ok: true, case: { ...c, dueAt: null, version: c.version + 1 }, events: [], outbox: [] };
  const at = now.toISOString();
  const event: CaseEvent = { at, actor: SYSTEM, type: 'escalated', reason, from: from?.person.aadObjectId ?? null, to: to.person.aadObjectId };
  const next: Case = {
    ...c,
    assigneeIndex: nextIndex,
    version: c.version + 1,
    dueAt: minutesLater(now, c.escalateAfterMinutes),
    events: [...c.events, event],
  };
  const refresh = cardHolders(c)
    .filter((id) => !sameId(id, to.person.aadObjectId))
    .flatMap((id) => c.chain.filter((l) => sameId(l.person.aadObjectId, id)).slice(0, 1))
    .map((l) => managerCard(ids, c.id, l.person, now));
  const outbox = [
    managerCard(ids, c.id, to.person, now),
    ...refresh,
    reporterUpdate(ids, c.id, c.reporter, { type: 'escalated', reason, to: to.person.name, at }, now),
  ];
  return { ok: true, case: next, events: [event], outbox };
}
