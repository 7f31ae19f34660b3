import { submitReport } from '../../../bot/domain/cases/submit';
import { reporterUpdateText } from '../../../bot/domain/cases/texts';
import { beredskap, chain, counter, definition, maja, reporter, sequentialIds, threatForm } from './fixtures';

const now = new Date('2026-03-02T09:00:00Z');

describe('submitReport', () => {
  it('creates an open case numbered per prefix and year, due for escalation after the time limit', () => {
    const next = counter();
    const first = submitReport(definition('phone-threat'), threatForm, reporter, chain, now, next, sequentialIds());
    const second = submitReport(definition('phone-threat'), threatForm, reporter, chain, now, next, sequentialIds());
    const phone = submitReport(definition('lost-phone'), { 'phone-number': '070-1', 'lost-or-stolen': 'lost' }, reporter, chain, now, next, sequentialIds());
    expect(first.ok && first.case.id).toBe('HOT-2026-0001');
    expect(second.ok && second.case.id).toBe('HOT-2026-0002');
    expect(phone.ok ? phone.case.id : phone).toBe('MOB-2026-0001');
    if (!first.ok) throw new Error('not ok');
    expect(first.case).toMatchObject({ kind: 'phone-threat', state: 'open', version: 1, assigneeIndex: 0, dueAt: '2026-03-02T09:15:00.000Z' });
    expect(first.case.checklist).toEqual({ 'talked-with-employee': false, 'incident-recorded': false, 'serious-incident-assessed': false, 'police-report': false });
    expect(first.events).toEqual([{ at: now.toISOString(), actor: reporter, type: 'created' }]);
  });

  it('counts case numbers by the Swedish calendar year', () => {
    const newYearsNight = new Date('2026-12-31T23:30:00Z'); // 00:30 on 1 January 2027 in Sweden
    const result = submitReport(definition('phone-threat'), threatForm, reporter, chain, newYearsNight, counter(), sequentialIds());
    expect(result.ok && result.case.id).toBe('HOT-2027-0001');
  });

  it('sends the card to the manager and a confirmation naming the manager to the reporter', () => {
    const result = submitReport(definition('phone-threat'), threatForm, reporter, chain, now, counter(), sequentialIds());
    if (!result.ok) throw new Error('not ok');
    expect(result.outbox.map((m) => [m.kind, m.recipient.name])).toEqual([
      ['manager-card', 'Maja'],
      ['reporter-update', 'Rita Rapportör'],
    ]);
    const confirmation = result.outbox[1]?.payload;
    if (confirmation?.kind !== 'reporter-update') throw new Error('no confirmation');
    expect(reporterUpdateText(result.case.id, confirmation.update, 'sv')).toBe('Din rapport är mottagen som ärende HOT-2026-0001 och har skickats till Maja.');
  });

  it('uses no case number for an invalid form', () => {
    const next = jest.fn(counter());
    const result = submitReport(definition('phone-threat'), { 'what-was-said': '' }, reporter, chain, now, next, sequentialIds());
    expect(result).toMatchObject({ ok: false, reason: 'invalid', errors: [{ field: 'what-was-said', code: 'required' }] });
    expect(next).not.toHaveBeenCalled();
  });

  it('records that there was no manager and tells the reporter who got it instead', () => {
    const result = submitReport(definition('lost-phone'), { 'phone-number': '070-1', 'lost-or-stolen': 'lost' }, reporter, [{ person: beredskap, role: 'on-call' }], now, counter(), sequentialIds());
    if (!result.ok) throw new Error('not ok');
    expect(result.events[1]).toMatchObject({ type: 'escalated', reason: 'no-manager', from: null, to: beredskap.aadObjectId });
    const update = result.outbox[1]?.payload;
    expect(update?.kind === 'reporter-update' && reporterUpdateText(result.case.id, update.update, 'sv')).toBe(
      'Din rapport är mottagen som ärende MOB-2026-0001. Ingen chef finns registrerad för dig, så den har skickats till Tjänsteman i beredskap.',
    );
  });

  it('refuses with an actionable message when there is nobody to send to', () => {
    const result = submitReport(definition('phone-threat'), threatForm, reporter, [], now, counter(), sequentialIds());
    expect(result).toMatchObject({ ok: false, reason: 'no-recipient' });
    expect(result.ok ? '' : 'message' in result && result.message.sv).toContain('Ring din chef direkt');
  });

  it('keeps the manager as first in line', () => {
    const result = submitReport(definition('phone-threat'), threatForm, reporter, chain, now, counter(), sequentialIds());
    expect(result.ok && result.case.chain[result.case.assigneeIndex]?.person).toEqual(maja);
  });
});
