import { act, type ActContext } from '../../../bot/domain/cases/act';
import type { Case } from '../../../bot/domain/cases/case';
import { parseCommand } from '../../../bot/domain/cases/commands';
import { submitReport } from '../../../bot/domain/cases/submit';
import { chain, counter, dan, definition, kim, lostPhoneForm, maja, reporter, sequentialIds, stranger, threatForm } from './fixtures';

const submitted = new Date('2026-03-02T09:00:00Z');
const at1042 = new Date('2026-03-02T09:42:00Z'); // 10:42 Swedish time

function newCase(kind: 'phone-threat' | 'lost-phone'): { c: Case; ctx: ActContext } {
  const ids = sequentialIds();
  const form = kind === 'phone-threat' ? threatForm : lostPhoneForm;
  const result = submitReport(definition(kind), form, reporter, chain, submitted, counter(), ids);
  if (!result.ok) throw new Error('submit failed');
  return { c: result.case, ctx: { definition: definition(kind), ids } };
}

function withCardsDelivered(c: Case, ...people: { aadObjectId: string }[]): Case {
  const delivered = people.map((p) => ({ at: submitted.toISOString(), actor: { aadObjectId: 'system' as const, name: 'Riktlinjeboten' as const }, type: 'delivered' as const, recipient: p.aadObjectId }));
  return { ...c, events: [...c.events, ...delivered] };
}

describe('act', () => {
  it('lets the manager acknowledge: escalation stops and the reporter is told who and when', () => {
    const { c, ctx } = newCase('phone-threat');
    const result = act(c, { type: 'acknowledge' }, maja, 1, at1042, ctx);
    if (!result.ok) throw new Error(result.message.sv);
    expect(result.case).toMatchObject({ state: 'acknowledged', version: 2, dueAt: null, acknowledgedBy: maja });
    expect(result.events).toEqual([{ at: at1042.toISOString(), actor: maja, type: 'acknowledged' }]);
    expect(result.outbox).toHaveLength(1);
    expect(result.outbox[0]?.payload).toEqual({ kind: 'reporter-update', update: { type: 'acknowledged', by: 'Maja', at: at1042.toISOString() } });
  });

  it('answers a second click with who already acknowledged and when', () => {
    const { c, ctx } = newCase('phone-threat');
    const first = act(c, { type: 'acknowledge' }, maja, 1, at1042, ctx);
    if (!first.ok) throw new Error('first failed');
    const again = act(first.case, { type: 'acknowledge' }, dan, 1, new Date('2026-03-02T09:43:00Z'), ctx);
    expect(again).toMatchObject({ ok: false, reason: 'already-done', message: { sv: 'Redan kvitterad av Maja 10:42', en: 'Already acknowledged by Maja at 10:42' } });
  });

  it('refuses someone outside the assignee chain and changes nothing', () => {
    const { c, ctx } = newCase('phone-threat');
    const result = act(c, { type: 'acknowledge' }, stranger, 1, at1042, ctx);
    expect(result).toMatchObject({ ok: false, reason: 'not-assignee', case: c });
    expect(result.ok ? '' : result.message.sv).toBe('Du kan inte ändra ärende HOT-2026-0001: det är bara den ansvariga chefen och ersättarna som kan göra det.');
  });

  it('refuses the reporter acting on their own case', () => {
    const { c, ctx } = newCase('lost-phone');
    expect(act(c, { type: 'close' }, reporter, 1, at1042, ctx)).toMatchObject({ ok: false, reason: 'not-assignee' });
  });

  it('lets a deputy act, since deputies are in the chain', () => {
    const { c, ctx } = newCase('lost-phone');
    expect(act(c, { type: 'acknowledge' }, dan, 1, at1042, ctx)).toMatchObject({ ok: true, case: { acknowledgedBy: dan } });
  });

  it('refuses an action from a card showing an older version', () => {
    const { c, ctx } = newCase('lost-phone');
    const acked = act(c, { type: 'acknowledge' }, maja, 1, at1042, ctx);
    if (!acked.ok) throw new Error('ack failed');
    expect(act(acked.case, { type: 'status', status: 'blocked' }, dan, 1, at1042, ctx)).toMatchObject({ ok: false, reason: 'stale' });
  });

  it('still lets a late manager take an open case escalated meanwhile', () => {
    const { c, ctx } = newCase('lost-phone');
    const escalated: Case = { ...c, version: 2, assigneeIndex: 1 };
    expect(act(escalated, { type: 'acknowledge' }, maja, 1, at1042, ctx)).toMatchObject({ ok: true, case: { state: 'acknowledged', version: 3 } });
  });

  it('walks a lost phone through block ordered, blocked and closed, telling the reporter each step', () => {
    const { c, ctx } = newCase('lost-phone');
    const ordered = act(c, { type: 'status', status: 'block-ordered' }, maja, 1, at1042, ctx);
    if (!ordered.ok) throw new Error('order failed');
    // Acting on an open case acknowledges it first.
    expect(ordered.events.map((e) => e.type)).toEqual(['acknowledged', 'status']);
    const blocked = act(ordered.case, { type: 'status', status: 'blocked' }, maja, 2, at1042, ctx);
    if (!blocked.ok) throw new Error('block failed');
    const closed = act(blocked.case, { type: 'close' }, maja, 3, at1042, ctx);
    if (!closed.ok) throw new Error('close failed');
    expect(closed.case).toMatchObject({ state: 'closed', status: 'blocked', version: 4 });
    const updates = [...ordered.outbox, ...blocked.outbox, ...closed.outbox].flatMap((m) => (m.payload.kind === 'reporter-update' ? [m.payload.update.type] : []));
    expect(updates).toEqual(['acknowledged', 'status', 'status', 'closed']);
    expect(closed.case.events.map((e) => e.type)).toEqual(['created', 'acknowledged', 'status', 'status', 'closed']);
  });

  it('does not offer phone blocking on a threat, nor a checklist on a lost phone', () => {
    const threat = newCase('phone-threat');
    expect(act(threat.c, { type: 'status', status: 'blocked' }, maja, 1, at1042, threat.ctx)).toMatchObject({ ok: false, reason: 'not-allowed' });
    const phone = newCase('lost-phone');
    expect(act(phone.c, { type: 'checklist', items: { 'police-report': true } }, maja, 1, at1042, phone.ctx)).toMatchObject({ ok: false, reason: 'not-allowed' });
  });

  it('records each checked item of the threat checklist, without troubling the reporter', () => {
    const { c, ctx } = newCase('phone-threat');
    const acked = act(c, { type: 'acknowledge' }, maja, 1, at1042, ctx);
    if (!acked.ok) throw new Error('ack failed');
    const checked = act(acked.case, { type: 'checklist', items: { 'talked-with-employee': true, 'police-report': false } }, maja, 2, at1042, ctx);
    if (!checked.ok) throw new Error(checked.message.sv);
    expect(checked.events).toEqual([{ at: at1042.toISOString(), actor: maja, type: 'checklist', item: 'talked-with-employee', done: true }]);
    expect(checked.case.checklist['talked-with-employee']).toBe(true);
    expect(checked.outbox).toEqual([]);
  });

  it('refuses an unknown checklist item and an empty note', () => {
    const { c, ctx } = newCase('phone-threat');
    expect(act(c, { type: 'checklist', items: { 'made-up': true } }, maja, 1, at1042, ctx)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(act(c, { type: 'note', text: '  ' }, maja, 1, at1042, ctx)).toMatchObject({ ok: false, reason: 'invalid', message: { sv: 'Anteckningen är tom. Skriv något och försök igen.' } });
  });

  it('refreshes the cards other chain members already have, but not the actor’s own', () => {
    const { c, ctx } = newCase('phone-threat');
    const result = act(withCardsDelivered(c, maja, kim), { type: 'note', text: 'Ringde henne.' }, maja, 1, at1042, ctx);
    if (!result.ok) throw new Error('note failed');
    expect(result.outbox.filter((m) => m.kind === 'manager-card').map((m) => m.recipient)).toEqual([kim]);
  });

  it('says who closed it when someone acts on a closed case', () => {
    const { c, ctx } = newCase('phone-threat');
    const closed = act(c, { type: 'close' }, maja, 1, at1042, ctx);
    if (!closed.ok) throw new Error('close failed');
    expect(act(closed.case, { type: 'note', text: 'x' }, dan, 3, at1042, ctx)).toMatchObject({ ok: false, reason: 'closed', message: { sv: 'Ärendet är redan avslutat av Maja 10:42.' } });
  });
});

describe('parseCommand', () => {
  it('turns card verbs and inputs into commands', () => {
    expect(parseCommand('acknowledge', {})).toEqual({ type: 'acknowledge' });
    expect(parseCommand('blocked', {})).toEqual({ type: 'status', status: 'blocked' });
    expect(parseCommand('checklist', { 'check.police-report': 'true', 'check.talked-with-employee': 'false', caseId: 'x' })).toEqual({
      type: 'checklist',
      items: { 'police-report': true, 'talked-with-employee': false },
    });
    expect(parseCommand('note', { note: 'Hej' })).toEqual({ type: 'note', text: 'Hej' });
    expect(parseCommand('delete-everything', {})).toBeNull();
  });
});
