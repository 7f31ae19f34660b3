import { act } from '../../bot/domain/cases/act';
import { escalateIfDue } from '../../bot/domain/escalation/escalate';
import { submitReport } from '../../bot/domain/cases/submit';
import type { CasePort } from '../../bot/domain/outbox/ports';
import { chain, dan, definition, lostPhoneForm, maja, reporter, sequentialIds, threatForm } from '../domain/cases/fixtures';
import { ManualClock } from '../infra/sqlite/fixtures';
import type { StoreBackend, StoreWorld } from './backend';

const submittedAt = new Date('2026-03-02T09:00:00Z');

/** The behaviour every case store must have, whatever keeps the data. */
export function describeCaseStoreContract(backend: StoreBackend): void {
  describe(`${backend.name} case store (contract)`, () => {
    let clock: ManualClock;
    let world: StoreWorld;
    const ids = sequentialIds('case');
    const ctx = { definition: definition('phone-threat'), ids };

    const submit = (cases: CasePort, key: string, kind: 'phone-threat' | 'lost-phone' = 'phone-threat', form: Record<string, unknown> = kind === 'phone-threat' ? threatForm : lostPhoneForm) =>
      cases.submit(key, (next) => submitReport(definition(kind), form, reporter, chain, clock.now(), next, ids));

    beforeEach(async () => {
      clock = new ManualClock(submittedAt);
      world = await backend.open(clock);
    });
    afterEach(() => world.close());

    it('stores the case, its events and its outbox together', async () => {
      const { cases, outbox } = await world.instance();
      const result = await submit(cases, 'form-1');
      expect(result).toMatchObject({ ok: true, created: true, case: { id: 'HOT-2026-0001' } });
      expect(await cases.get('HOT-2026-0001')).toEqual(result.ok ? result.case : null);
      expect(await outbox.counts()).toEqual({ pending: 2, sent: 0, failed: 0 });
    });

    it('creates one case when the same form is submitted twice, also at the same moment on two instances', async () => {
      const [a, b] = [await world.instance(), await world.instance()];
      const results = await Promise.all([submit(a.cases, 'form-1'), submit(b.cases, 'form-1')]);
      expect(results.filter((r) => r.ok && r.created)).toHaveLength(1);
      expect(results.map((r) => r.ok && r.case.id)).toEqual(['HOT-2026-0001', 'HOT-2026-0001']);
      expect(await submit(a.cases, 'form-1')).toMatchObject({ ok: true, created: false, case: { id: 'HOT-2026-0001' }, outbox: [] });
      expect(await a.cases.list()).toHaveLength(1);
      expect(await a.outbox.counts()).toEqual({ pending: 2, sent: 0, failed: 0 });
      expect(await submit(b.cases, 'form-2')).toMatchObject({ case: { id: 'HOT-2026-0002' } });
    });

    it('stores nothing and uses no number for an invalid form', async () => {
      const { cases } = await world.instance();
      expect(await submit(cases, 'bad', 'phone-threat', { 'what-was-said': '' })).toMatchObject({ ok: false, reason: 'invalid' });
      expect(await cases.list()).toEqual([]);
      expect(await submit(cases, 'good')).toMatchObject({ case: { id: 'HOT-2026-0001' } });
    });

    it('numbers concurrent reports from two instances uniquely and without gaps, per prefix and year', async () => {
      const [a, b] = [await world.instance(), await world.instance()];
      const keys = Array.from({ length: 8 }, (_, i) => `form-${i}`);
      const results = await Promise.all(keys.map((k, i) => submit(i % 2 ? a.cases : b.cases, k)));
      const numbers = results.map((r) => (r.ok ? r.case.id : 'failed')).sort();
      expect(numbers).toEqual(keys.map((_, i) => `HOT-2026-${String(i + 1).padStart(4, '0')}`));
      expect(await submit(a.cases, 'phone', 'lost-phone')).toMatchObject({ case: { id: 'MOB-2026-0001' } });
      clock.set('2027-01-10T09:00:00Z');
      expect(await submit(b.cases, 'next-year')).toMatchObject({ case: { id: 'HOT-2027-0001' } });
    });

    it('lets exactly one of two concurrent acknowledgements win; the other is told who won', async () => {
      const [a, b] = [await world.instance(), await world.instance()];
      await submit(a.cases, 'form-1');
      const [byMaja, byDan] = await Promise.all([
        a.cases.update('HOT-2026-0001', (c) => act(c, { type: 'acknowledge' }, maja, 1, submittedAt, ctx)),
        b.cases.update('HOT-2026-0001', (c) => act(c, { type: 'acknowledge' }, dan, 1, submittedAt, ctx)),
      ]);
      const outcomes = [byMaja, byDan];
      expect(outcomes.filter((r) => r?.ok)).toHaveLength(1);
      const loser = outcomes.find((r) => r && !r.ok);
      expect(loser).toMatchObject({ ok: false, reason: 'already-done', message: { sv: expect.stringMatching(/^Redan kvitterad av (Maja|Dan Ersättare) 10:00$/) } });
      const stored = await b.cases.get('HOT-2026-0001');
      expect(stored?.version).toBe(2);
      expect(stored?.events.filter((e) => e.type === 'acknowledged')).toHaveLength(1);
      expect(await a.cases.update('NOPE-2026-0001', (c) => act(c, { type: 'acknowledge' }, maja, 1, submittedAt, ctx))).toBeNull();
    });

    it('applies every one of many concurrent changes exactly once (none lost)', async () => {
      const [a, b] = [await world.instance(), await world.instance()];
      await submit(a.cases, 'form-1');
      await a.cases.update('HOT-2026-0001', (c) => act(c, { type: 'acknowledge' }, maja, c.version, submittedAt, ctx));
      const notes = Array.from({ length: 6 }, (_, i) => `anteckning ${i}`);
      await Promise.all(notes.map((text, i) => (i % 2 ? a : b).cases.update('HOT-2026-0001', (c) => act(c, { type: 'note', text }, maja, c.version, submittedAt, ctx))));
      const stored = await a.cases.get('HOT-2026-0001');
      expect(stored?.version).toBe(2 + notes.length);
      expect(stored?.events.flatMap((e) => (e.type === 'note' ? [e.text] : [])).sort()).toEqual(notes);
    });

    it('persists an escalation with its outbox, after which the case is no longer due', async () => {
      const { cases, outbox } = await world.instance();
      await submit(cases, 'form-1');
      const at = new Date('2026-03-02T09:15:00Z');
      expect((await cases.dueForEscalation(new Date('2026-03-02T09:14:59Z'))).map((c) => c.id)).toEqual([]);
      expect((await cases.dueForEscalation(at)).map((c) => c.id)).toEqual(['HOT-2026-0001']);
      expect(await cases.update('HOT-2026-0001', (c) => escalateIfDue(c, at, ids))).toMatchObject({ ok: true, case: { assigneeIndex: 1 } });
      expect(await cases.dueForEscalation(at)).toEqual([]);
      expect(await cases.nextDueAt()).toEqual(new Date('2026-03-02T09:30:00Z'));
      expect((await cases.get('HOT-2026-0001'))?.events.map((e) => e.type)).toEqual(['created', 'escalated']);
      expect((await outbox.counts()).pending).toBe(4);
    });

    it('keeps due escalations across a restart', async () => {
      await submit((await world.instance()).cases, 'form-1');
      await world.restart();
      const { cases } = await world.instance();
      expect(await cases.nextDueAt()).toEqual(new Date('2026-03-02T09:15:00Z'));
      expect((await cases.dueForEscalation(new Date('2026-03-02T09:16:00Z'))).map((c) => c.id)).toEqual(['HOT-2026-0001']);
    });

    it('lists cases newest first and leaves acknowledged ones out of the escalations', async () => {
      const { cases } = await world.instance();
      await submit(cases, 'a');
      clock.set('2026-03-02T09:05:00Z');
      await submit(cases, 'b', 'lost-phone');
      await cases.update('HOT-2026-0001', (c) => act(c, { type: 'acknowledge' }, maja, c.version, submittedAt, ctx));
      expect(await cases.list()).toEqual([
        { id: 'MOB-2026-0001', kind: 'lost-phone', state: 'open', createdAt: '2026-03-02T09:05:00.000Z', dueAt: '2026-03-02T10:05:00.000Z' },
        { id: 'HOT-2026-0001', kind: 'phone-threat', state: 'acknowledged', createdAt: '2026-03-02T09:00:00.000Z', dueAt: null },
      ]);
      expect(await cases.list(1)).toHaveLength(1);
      expect((await cases.dueForEscalation(new Date('2026-03-03T00:00:00Z'))).map((c) => c.id)).toEqual(['MOB-2026-0001']);
    });

    it('forgets closed cases older than the retention period, with their audit trail, and keeps the rest', async () => {
      const { cases, outbox } = await world.instance();
      await submit(cases, 'old');
      await submit(cases, 'open', 'lost-phone');
      await cases.update('HOT-2026-0001', (c) => act(c, { type: 'close' }, maja, c.version, submittedAt, ctx));
      clock.set('2026-03-10T09:00:00Z');
      expect(await cases.forgetClosedBefore(new Date('2026-03-02T08:00:00Z'))).toBe(0);
      expect(await cases.forgetClosedBefore(new Date('2026-03-05T00:00:00Z'))).toBe(1);
      expect(await cases.get('HOT-2026-0001')).toBeNull();
      expect((await cases.list()).map((c) => c.id)).toEqual(['MOB-2026-0001']);
      expect(await outbox.counts()).toMatchObject({ pending: 2 });
      // The same form sent again after its case is gone is a new report, not a lost one.
      expect(await submit(cases, 'old')).toMatchObject({ ok: true, created: true });
    });
  });
}
