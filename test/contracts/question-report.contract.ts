import type { UnansweredRecord } from '../../bot/domain/ports';
import { ManualClock } from '../infra/sqlite/fixtures';
import type { StoreBackend, StoreInstance, StoreWorld } from './backend';

const now = new Date('2026-11-28T12:00:00.000Z');
const daysAgo = (days: number): Date => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

/** kansliet's report of unanswered questions and votes, and its retention, whatever keeps the log. */
export function describeQuestionReportContract(backend: StoreBackend): void {
  describe(`${backend.name} question report (contract)`, () => {
    let world: StoreWorld;
    let log: StoreInstance['questionLog'];
    const unanswered = (text: string, at: Date, extra: Partial<UnansweredRecord> = {}) => log.recordUnanswered({ text, lang: 'sv', reason: 'fallback', suggestions: [], at, ...extra });

    beforeEach(async () => {
      world = await backend.open(new ManualClock(now));
      log = (await world.instance()).questionLog;
    });
    afterEach(() => world.close());

    it('groups the same question however it is typed, most asked first, with the latest wording and the topics offered', async () => {
      await unanswered('Hur bokar jag ett mötesrum?', daysAgo(5), { suggestions: ['sekretess', 'e-postsignatur'] });
      await unanswered('hur bokar jag ett motesrum', daysAgo(1), { suggestions: ['e-postsignatur'] });
      await unanswered('HUR BOKAR JAG ETT MÖTESRUM', daysAgo(3));
      await unanswered('var är parkeringen', daysAgo(2));
      await unanswered('signatur', daysAgo(1), { reason: 'none-of-these', suggestions: ['e-postsignatur'] });
      const report = await world.questionReport(daysAgo(30), now);
      expect(report.unanswered).toEqual([
        { text: 'hur bokar jag ett motesrum', count: 3, lastAt: daysAgo(1), suggestions: [{ topic: 'e-postsignatur', count: 2 }, { topic: 'sekretess', count: 1 }] },
        { text: 'var är parkeringen', count: 1, lastAt: daysAgo(2), suggestions: [] },
      ]);
      expect(report.noneOfThese).toEqual([{ text: 'signatur', count: 1, lastAt: daysAgo(1), suggestions: [{ topic: 'e-postsignatur', count: 1 }] }]);
    });

    it('keeps questions referred to a not-covered area apart, counted per area', async () => {
      await unanswered('hur delar jag min kalender', daysAgo(2), { reason: 'not-covered', suggestions: ['utanfor-outlook'] });
      await unanswered('Hur delar jag min kalender?', daysAgo(1), { reason: 'not-covered', suggestions: ['utanfor-outlook'] });
      const report = await world.questionReport(daysAgo(30), now);
      expect(report.notCovered).toEqual([{ text: 'Hur delar jag min kalender?', count: 2, lastAt: daysAgo(1), suggestions: [{ topic: 'utanfor-outlook', count: 2 }] }]);
      expect(report.unanswered).toEqual([]);
    });

    it('counts votes per topic, worst first, within the period only', async () => {
      const votes: [string, 'up' | 'down', number][] = [['telesvar-mobil', 'up', 3], ['sekretess', 'down', 2], ['sekretess', 'up', 1], ['allman-handling', 'down', 1], ['allman-handling', 'up', 2]];
      for (const [topic, vote, times] of votes) for (let i = 0; i < times; i++) await log.recordFeedback({ topic, vote, lang: 'sv', at: daysAgo(1) });
      await log.recordFeedback({ topic: 'gammal', vote: 'down', lang: 'sv', at: daysAgo(31) });
      expect((await world.questionReport(daysAgo(30), now)).feedback).toEqual([
        { topic: 'sekretess', up: 1, down: 2 },
        { topic: 'allman-handling', up: 2, down: 1 },
        { topic: 'telesvar-mobil', up: 3, down: 0 },
      ]);
    });

    it('forgets what is older than the retention period', async () => {
      await unanswered('gammal fråga', daysAgo(40));
      await log.recordFeedback({ topic: 'sekretess', vote: 'down', lang: 'sv', at: daysAgo(40) });
      await unanswered('ny fråga', daysAgo(1));
      await world.purgeQuestionLog(daysAgo(30));
      const report = await world.questionReport(daysAgo(400), now);
      expect(report.unanswered.map((g) => g.text)).toEqual(['ny fråga']);
      expect(report.feedback).toEqual([]);
    });
  });
}
