import { ManualClock } from '../infra/sqlite/fixtures';
import type { StoreBackend, StoreWorld } from './backend';

/** Question log, delivery dedupe and conversation references, whatever keeps the data. */
export function describeSmallStoresContract(backend: StoreBackend): void {
  describe(`${backend.name} question log, dedupe and references (contract)`, () => {
    let clock: ManualClock;
    let world: StoreWorld;

    beforeEach(async () => {
      clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
      world = await backend.open(clock);
    });
    afterEach(() => world.close());

    it('stores an unanswered question with e-mail addresses, phone numbers and personnummer masked', async () => {
      const { questionLog } = await world.instance();
      await questionLog.recordUnanswered({ text: 'Ring mig på 070-123 45 67 eller anna.andersson@oxelosund.se, pnr 19850101-1234', lang: 'sv', reason: 'fallback', suggestions: ['sekretess'], at: clock.now() });
      const [stored] = await world.storedUnanswered();
      expect(stored).toBeDefined();
      expect(stored).not.toMatch(/070|anna\.andersson|1234/);
      expect(stored).toMatch(/^Ring mig på /);
    });

    it('counts a vote once per click key, also when two instances store it at the same moment', async () => {
      const [a, b] = [await world.instance(), await world.instance()];
      const vote = { topic: 'sekretess', vote: 'up' as const, lang: 'sv' as const, at: clock.now(), key: 'conv:card:user' };
      const first = await Promise.all([a.questionLog.recordFeedback(vote), b.questionLog.recordFeedback(vote)]);
      expect(first.sort()).toEqual([false, true]);
      expect(await a.questionLog.recordFeedback({ ...vote, key: 'conv:card:other' })).toBe(true);
    });

    it('sees an activity key for the first time exactly once across instances and restarts', async () => {
      const [a, b] = [await world.instance(), await world.instance()];
      const firsts = await Promise.all([a.dedupe.firstTime('19:conv/x?#:act-1'), b.dedupe.firstTime('19:conv/x?#:act-1')]);
      expect(firsts.sort()).toEqual([false, true]);
      await world.restart();
      const c = await world.instance();
      expect(await c.dedupe.firstTime('19:conv/x?#:act-1')).toBe(false);
      expect(await c.dedupe.firstTime('19:conv/x?#:act-2')).toBe(true);
    });

    it('keeps the latest conversation reference per person, whatever the id’s letter case, across a restart', async () => {
      const [a, b] = [await world.instance(), await world.instance()];
      expect(await a.refs.get('AAD-1')).toBeNull();
      await a.refs.upsert('AAD-1', { conversation: { id: 'old', isGroup: false, conversationType: 'personal', name: '' }, serviceUrl: 'https://smba' });
      await b.refs.upsert('aad-1', { conversation: { id: 'new', isGroup: false, conversationType: 'personal', name: '' }, serviceUrl: 'https://smba' });
      await world.restart();
      expect((await (await world.instance()).refs.get('Aad-1'))?.conversation?.id).toBe('new');
    });
  });
}
