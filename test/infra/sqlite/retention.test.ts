import { IN_MEMORY, openDatabase, type Database } from '../../../bot/infra/sqlite/database';
import { SqliteActivityDedupe } from '../../../bot/infra/sqlite/activity-dedupe';
import { SqliteQuestionLog } from '../../../bot/infra/sqlite/question-log';
import { applyRetention, RetentionDaysError } from '../../../bot/infra/sqlite/retention';
import { ManualClock } from './fixtures';

describe('applyRetention', () => {
  let db: Database;
  let clock: ManualClock;

  beforeEach(async () => {
    db = openDatabase(IN_MEMORY);
    clock = new ManualClock(new Date('2026-11-28T10:00:00.000Z'));
  });
  afterEach(() => db.close());

  const count = (table: string): number => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

  async function recordEverything(): Promise<void> {
    const log = new SqliteQuestionLog(db);
    const at = clock.now();
    await log.recordFeedback({ topic: 'sekretess', vote: 'down', lang: 'sv', at });
    await log.recordUnanswered({ text: 'vad är x', lang: 'sv', reason: 'fallback', suggestions: [], at });
    await new SqliteActivityDedupe(db, clock).firstTime(`act-${at.toISOString()}`);
  }

  it('deletes feedback, unanswered questions and dedupe keys older than N days and keeps newer ones', async () => {
    await recordEverything();
    clock.advanceDays(20);
    await recordEverything();
    clock.advanceDays(15);

    expect(applyRetention(db, clock, 30)).toEqual({ feedback: 1, unanswered: 1, activities: 1 });
    expect([count('feedback'), count('unanswered'), count('processed_activities')]).toEqual([1, 1, 1]);
  });

  it('keeps a row exactly N days old', async () => {
    await recordEverything();
    clock.advanceDays(30);
    expect(applyRetention(db, clock, 30)).toEqual({ feedback: 0, unanswered: 0, activities: 0 });
  });

  it('is harmless to run twice', async () => {
    await recordEverything();
    clock.advanceDays(31);
    applyRetention(db, clock, 30);
    expect(applyRetention(db, clock, 30)).toEqual({ feedback: 0, unanswered: 0, activities: 0 });
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %p days with a message pointing at the setting', (days) => {
    expect(() => applyRetention(db, clock, days)).toThrow(RetentionDaysError);
    expect(() => applyRetention(db, clock, days)).toThrow(/retention setting/u);
  });
});
