import { submitReport } from '../../bot/domain/cases/submit';
import { chain, definition, maja, reporter, sequentialIds, threatForm } from '../domain/cases/fixtures';
import { ManualClock } from '../infra/sqlite/fixtures';
import type { StoreBackend, StoreInstance, StoreWorld } from './backend';

const start = new Date('2026-03-02T09:00:00Z');

/** The outbox's leases, whatever keeps the data: each message is delivered by exactly one instance. */
export function describeOutboxContract(backend: StoreBackend): void {
  describe(`${backend.name} outbox (contract)`, () => {
    let clock: ManualClock;
    let world: StoreWorld;
    let a: StoreInstance;
    let b: StoreInstance;
    const later = (ms: number) => new Date(clock.now().getTime() + ms);

    beforeEach(async () => {
      clock = new ManualClock(start);
      world = await backend.open(clock);
      [a, b] = [await world.instance(), await world.instance()];
      const ids = sequentialIds('out');
      await a.cases.submit('form-1', (next) => submitReport(definition('phone-threat'), threatForm, reporter, chain, start, next, ids));
    });
    afterEach(() => world.close());

    it('leases each due message to one of two instances claiming at the same moment', async () => {
      const [byA, byB] = await Promise.all([a.outbox.claimDue('a', 30_000), b.outbox.claimDue('b', 30_000)]);
      const claimed = [...byA, ...byB].map((m) => m.id).sort();
      expect(claimed).toEqual(['out-1', 'out-2']);
      expect(await a.outbox.claimDue('a', 30_000)).toEqual([]);
      expect(await b.outbox.claimDue('b', 30_000)).toEqual([]);
    });

    it('hands out the manager card first, with its recipient and payload', async () => {
      const [card, update] = await a.outbox.claimDue('a', 30_000);
      expect(card).toMatchObject({ id: 'out-1', caseId: 'HOT-2026-0001', kind: 'manager-card', recipient: maja, attempts: 0, payload: { kind: 'manager-card' } });
      expect(update).toMatchObject({ kind: 'reporter-update', recipient: reporter });
    });

    it('lets another instance take over when a lease runs out, and refuses the stale owner', async () => {
      const [card] = await a.outbox.claimDue('a', 30_000, 1);
      expect(await b.outbox.claimDue('b', 30_000, 1)).toEqual([expect.objectContaining({ id: 'out-2' })]);
      clock.set(later(30_000));
      expect((await b.outbox.claimDue('b', 30_000, 1)).map((m) => m.id)).toEqual([card?.id]);
      expect(await a.outbox.markSent(card!.id, 'a', { conversationId: 'c1', activityId: 'act-1' })).toBe(false);
      expect(await a.outbox.reschedule(card!.id, 'a', 1, later(1000), 'http 503')).toBe(false);
      expect(await a.outbox.markFailed(card!.id, 'a', 1, 'http 403')).toBe(false);
      expect(await b.outbox.markSent(card!.id, 'b', { conversationId: 'c1', activityId: 'act-1' })).toBe(true);
      expect(await b.outbox.markSent(card!.id, 'b', { conversationId: 'c1', activityId: 'act-1' })).toBe(false);
      expect(await a.outbox.counts()).toEqual({ pending: 1, sent: 1, failed: 0 });
    });

    it('remembers a delivered card once in the audit trail, and hands it back for an update in place', async () => {
      const [card] = await a.outbox.claimDue('a', 30_000, 1);
      expect(await a.outbox.markSent(card!.id, 'a', { conversationId: 'c1', activityId: 'act-1' })).toBe(true);
      expect(await b.outbox.cardOf('HOT-2026-0001', maja.aadObjectId.toUpperCase())).toEqual({ conversationId: 'c1', activityId: 'act-1' });
      const events = (await b.cases.get('HOT-2026-0001'))?.events.map((e) => e.type);
      expect(events).toEqual(['created', 'delivered']);
      await b.outbox.forgetCard('HOT-2026-0001', maja.aadObjectId);
      expect(await a.outbox.cardOf('HOT-2026-0001', maja.aadObjectId)).toBeNull();
    });

    it('does not hand out a rescheduled message before it is due, and counts a given-up one as failed', async () => {
      const [card, update] = await a.outbox.claimDue('a', 30_000);
      expect(await a.outbox.reschedule(card!.id, 'a', 1, later(60_000), 'http 503')).toBe(true);
      expect(await a.outbox.markFailed(update!.id, 'a', 1, 'http 403')).toBe(true);
      expect(await b.outbox.nextDueAt()).toEqual(later(60_000));
      expect(await b.outbox.claimDue('b', 30_000)).toEqual([]);
      clock.set(later(60_000));
      expect(await b.outbox.claimDue('b', 30_000)).toEqual([expect.objectContaining({ id: card!.id, attempts: 1 })]);
      expect(await b.outbox.counts()).toEqual({ pending: 1, sent: 0, failed: 1 });
    });

    it('keeps pending messages across a restart', async () => {
      await world.restart();
      const fresh = await world.instance();
      expect(await fresh.outbox.nextDueAt()).toEqual(start);
      expect(await fresh.outbox.claimDue('c', 30_000)).toHaveLength(2);
    });
  });
}
