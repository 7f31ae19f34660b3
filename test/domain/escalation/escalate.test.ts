import { act } from '../../../bot/domain/cases/act';
import type { Case } from '../../../bot/domain/cases/case';
import { submitReport } from '../../../bot/domain/cases/submit';
import { reporterUpdateText } from '../../../bot/domain/cases/texts';
import { escalateIfDue, escalateUnreachable } from '../../../bot/domain/escalation/escalate';
import { beredskap, chain, counter, dan, definition, kim, maja, reporter, sequentialIds, threatForm } from '../cases/fixtures';

const submitted = new Date('2026-03-02T09:00:00Z');
const minutes = (n: number): Date => new Date(submitted.getTime() + n * 60_000);
const ids = sequentialIds();

function threatCase(): Case {
  const result = submitReport(definition('phone-threat'), threatForm, reporter, chain, submitted, counter(), ids);
  if (!result.ok) throw new Error('submit failed');
  return result.case;
}

describe('escalateIfDue', () => {
  it('does nothing before the time limit', () => {
    expect(escalateIfDue(threatCase(), minutes(14), ids)).toEqual({ ok: false, reason: 'not-due' });
  });

  it('escalates to the deputy after 15 minutes and tells the reporter why', () => {
    const result = escalateIfDue(threatCase(), minutes(15), ids);
    if (!result.ok) throw new Error(result.reason);
    expect(result.case).toMatchObject({ assigneeIndex: 1, version: 2, dueAt: minutes(30).toISOString() });
    expect(result.events).toEqual([{ at: minutes(15).toISOString(), actor: { aadObjectId: 'system', name: 'Riktlinjeboten' }, type: 'escalated', reason: 'no-ack', from: maja.aadObjectId, to: dan.aadObjectId }]);
    expect(result.outbox.map((m) => [m.kind, m.recipient.name])).toEqual([
      ['manager-card', dan.name],
      ['reporter-update', reporter.name],
    ]);
    const update = result.outbox[1]?.payload;
    expect(update?.kind === 'reporter-update' && reporterUpdateText('HOT-2026-0001', update.update, 'sv')).toBe(
      'Ärende HOT-2026-0001 har gått vidare till Dan Ersättare eftersom ingen hann svara i tid.',
    );
  });

  it('goes on to the manager’s manager and then on-call, then stops', () => {
    let c = threatCase();
    const reached: string[] = [];
    for (let step = 1; step <= 4; step++) {
      const result = escalateIfDue(c, minutes(15 * step), ids);
      if (!result.ok) throw new Error(result.reason);
      c = result.case;
      reached.push(c.chain[c.assigneeIndex]?.person.name ?? '?');
    }
    expect(reached).toEqual([dan.name, kim.name, beredskap.name, beredskap.name]);
    expect(c.dueAt).toBeNull();
    expect(escalateIfDue(c, minutes(120), ids)).toEqual({ ok: false, reason: 'not-due' });
  });

  it('does not escalate a case someone acknowledged after the scheduler picked it', () => {
    const c = threatCase();
    const acked = act(c, { type: 'acknowledge' }, maja, 1, minutes(16), { definition: definition('phone-threat'), ids });
    if (!acked.ok) throw new Error('ack failed');
    expect(escalateIfDue({ ...acked.case, dueAt: c.dueAt }, minutes(16), ids)).toEqual({ ok: false, reason: 'not-open' });
  });

  it('refreshes the card of whoever had it before', () => {
    const c = threatCase();
    const delivered: Case = { ...c, events: [...c.events, { at: submitted.toISOString(), actor: { aadObjectId: 'system', name: 'Riktlinjeboten' }, type: 'delivered', recipient: maja.aadObjectId }] };
    const result = escalateIfDue(delivered, minutes(15), ids);
    expect(result.ok && result.outbox.filter((m) => m.kind === 'manager-card').map((m) => m.recipient.name)).toEqual([dan.name, maja.name]);
  });
});

describe('escalateUnreachable', () => {
  it('moves an open case on at once when its assignee cannot be reached', () => {
    const result = escalateUnreachable(threatCase(), maja.aadObjectId, minutes(1), ids);
    expect(result).toMatchObject({ ok: true, case: { assigneeIndex: 1 }, events: [{ type: 'escalated', reason: 'unreachable' }] });
  });

  it('ignores an unreachable person who no longer holds the case', () => {
    expect(escalateUnreachable(threatCase(), kim.aadObjectId, minutes(1), ids)).toEqual({ ok: false, reason: 'not-assignee' });
  });
});
