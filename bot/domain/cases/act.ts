import type { Localized } from '../knowledge/types';
import { managerCard, reporterUpdate, type IdSource, type OutgoingMessage } from '../outbox/message';
import { allows, type ReportDefinition } from '../reports/definition';
import { cardHolders, isInChain, sameId, type Actor, type Case, type CaseEvent } from './case';
import { actionFor, type CaseCommand } from './commands';
import { refusals } from './texts';

export type RefusalReason = 'not-assignee' | 'not-allowed' | 'already-done' | 'closed' | 'stale' | 'invalid';

export type ActResult =
  | { ok: true; case: Case; events: CaseEvent[]; outbox: OutgoingMessage[] }
  | { ok: false; reason: RefusalReason; message: Localized; case: Case };

export const MAX_NOTE_LENGTH = 2000;

export interface ActContext {
  definition: ReportDefinition;
  ids: IdSource;
}

/**
 * One person's action on a case, checked on the server: only the assignee chain may act, only
 * actions the report type has, and only on the version the person saw. A repeated or concurrent
 * click is a normal refusal that says what already happened ("Redan kvitterad av Maja 10:42").
 */
export function act(c: Case, command: CaseCommand, actor: Actor, expectedVersion: number, now: Date, ctx: ActContext): ActResult {
  const refused = check(c, command, actor, expectedVersion, ctx.definition);
  if (refused) return { ok: false, ...refused, case: c };
  const at = now.toISOString();
  const events: CaseEvent[] = [];
  let next: Case = { ...c, version: c.version + 1 };
  if (c.state === 'open') {
    // Any action by the chain means someone has taken the case: escalation stops.
    events.push({ at, actor, type: 'acknowledged' });
    next = { ...next, state: 'acknowledged', dueAt: null, acknowledgedBy: actor, acknowledgedAt: at };
  }
  const applied = apply(next, command, actor, at);
  events.push(...applied.events);
  next = { ...applied.case, events: [...c.events, ...events] };
  return { ok: true, case: next, events, outbox: messages(next, events, actor, now, ctx.ids) };
}

function check(c: Case, command: CaseCommand, actor: Actor, expectedVersion: number, def: ReportDefinition): { reason: RefusalReason; message: Localized } | null {
  if (!isInChain(c, actor.aadObjectId)) return { reason: 'not-assignee', message: refusals.notAssignee(c.id) };
  if (!allows(def, actionFor(command))) return { reason: 'not-allowed', message: refusals.notAllowed };
  const done = alreadyDone(c, command);
  if (done) return { reason: 'already-done', message: done };
  if (c.state === 'closed') return { reason: 'closed', message: closedMessage(c) };
  const invalid = invalidInput(command, def);
  if (invalid) return { reason: 'invalid', message: invalid };
  // Taking an open case needs no fresh card: the intent is clear even if the case was escalated meanwhile.
  const intentIsClear = command.type === 'acknowledge' && c.state === 'open';
  if (expectedVersion !== c.version && !intentIsClear) return { reason: 'stale', message: refusals.stale };
  return null;
}

function alreadyDone(c: Case, command: CaseCommand): Localized | null {
  switch (command.type) {
    case 'acknowledge':
      if (c.state === 'closed') return closedMessage(c);
      return c.acknowledgedBy && c.acknowledgedAt ? refusals.acknowledged(c.acknowledgedBy.name, new Date(c.acknowledgedAt)) : null;
    case 'close':
      return c.state === 'closed' ? closedMessage(c) : null;
    case 'status':
      return c.status === command.status || (command.status === 'block-ordered' && c.status === 'blocked') ? refusals.statusDone(c.status ?? command.status) : null;
    case 'checklist':
      return Object.entries(command.items).every(([item, done]) => c.checklist[item] === done) ? refusals.checklistDone : null;
    case 'note':
      return null;
  }
}

function invalidInput(command: CaseCommand, def: ReportDefinition): Localized | null {
  if (command.type === 'note') {
    if (command.text.trim() === '') return refusals.emptyNote;
    if (command.text.length > MAX_NOTE_LENGTH) return refusals.noteTooLong(MAX_NOTE_LENGTH);
  }
  if (command.type === 'checklist') {
    const unknown = Object.keys(command.items).find((item) => !def.checklist.some((known) => known.id === item));
    if (unknown !== undefined) return refusals.unknownItem(unknown);
  }
  return null;
}

function closedMessage(c: Case): Localized {
  const closed = [...c.events].reverse().find((e) => e.type === 'closed');
  return closed ? refusals.closed(closed.actor.name, new Date(closed.at)) : refusals.closed('?', new Date(c.createdAt));
}

function apply(c: Case, command: CaseCommand, actor: Actor, at: string): { case: Case; events: CaseEvent[] } {
  switch (command.type) {
    case 'acknowledge':
      return { case: c, events: [] };
    case 'status':
      return { case: { ...c, status: command.status }, events: [{ at, actor, type: 'status', status: command.status }] };
    case 'checklist': {
      const changed = Object.entries(command.items).filter(([item, done]) => c.checklist[item] !== done);
      const events: CaseEvent[] = changed.map(([item, done]) => ({ at, actor, type: 'checklist', item, done }));
      return { case: { ...c, checklist: { ...c.checklist, ...command.items } }, events };
    }
    case 'note':
      return { case: c, events: [{ at, actor, type: 'note', text: command.text.trim() }] };
    case 'close':
      return { case: { ...c, state: 'closed', dueAt: null }, events: [{ at, actor, type: 'closed' }] };
  }
}

/** The reporter hears of every step they care about; every card already sent is refreshed. */
function messages(c: Case, events: CaseEvent[], actor: Actor, now: Date, ids: IdSource): OutgoingMessage[] {
  const out: OutgoingMessage[] = [];
  for (const e of events) {
    const by = e.actor.name;
    if (e.type === 'acknowledged') out.push(reporterUpdate(ids, c.id, c.reporter, { type: 'acknowledged', by, at: e.at }, now));
    if (e.type === 'status') out.push(reporterUpdate(ids, c.id, c.reporter, { type: 'status', status: e.status, by, at: e.at }, now));
    if (e.type === 'closed') out.push(reporterUpdate(ids, c.id, c.reporter, { type: 'closed', by, at: e.at }, now));
  }
  for (const holder of cardHolders(c)) {
    // The actor's own card is replaced by the invoke response.
    if (sameId(holder, actor.aadObjectId)) continue;
    const link = c.chain.find((l) => sameId(l.person.aadObjectId, holder));
    if (link) out.push(managerCard(ids, c.id, link.person, now));
  }
  return out;
}
