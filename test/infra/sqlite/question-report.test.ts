import type { UnansweredRecord } from '../../../bot/domain/ports';
import { IN_MEMORY, openDatabase, type Database } from '../../../bot/infra/sqlite/database';
import { SqliteQuestionLog } from '../../../bot/infra/sqlite/question-log';
import { readQuestionReport, readRecentQuestionReport } from '../../../bot/infra/sqlite/question-report';

const now = new Date('2026-11-28T12:00:00.000Z');
const daysAgo = (days: number): Date => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

describe('readQuestionReport', () => {
  let db: Database;
  let log: SqliteQuestionLog;

  beforeEach(async () => {
    db = openDatabase(IN_MEMORY);
    log = new SqliteQuestionLog(db);
  });
  afterEach(() => db.close());

  const unanswered = async (text: string, at: Date, extra: Partial<UnansweredRecord> = {}): Promise<void> =>
    await log.recordUnanswered({ text, lang: 'sv', reason: 'fallback', suggestions: [], at, ...extra });

  it('groups the same question however it is typed, most frequent first, with the latest wording and date', async () => {
    await unanswered('Hur bokar jag ett mötesrum?', daysAgo(5));
    await unanswered('hur bokar jag ett motesrum', daysAgo(1));
    await unanswered('HUR BOKAR JAG ETT MÖTESRUM', daysAgo(3));
    await unanswered('var är parkeringen', daysAgo(2));

    const report = readRecentQuestionReport(db, now, 30);

    expect(report.unanswered.map(({ text, count, lastAt }) => ({ text, count, lastAt }))).toEqual([
      { text: 'hur bokar jag ett motesrum', count: 3, lastAt: daysAgo(1) },
      { text: 'var är parkeringen', count: 1, lastAt: daysAgo(2) },
    ]);
  });

  it('lists the topics the bot suggested for a question, most often first', async () => {
    await unanswered('vidarebefordra mejl', daysAgo(2), { suggestions: ['e-post-vidarebefordran', 'sekretess'] });
    await unanswered('vidarebefordra mejl', daysAgo(1), { suggestions: ['e-post-vidarebefordran'] });

    const [group] = readRecentQuestionReport(db, now, 30).unanswered;

    expect(group?.suggestions).toEqual([
      { topic: 'e-post-vidarebefordran', count: 2 },
      { topic: 'sekretess', count: 1 },
    ]);
  });

  it('keeps "Inget av dessa" picks apart from questions the bot could not answer', async () => {
    await unanswered('signatur', daysAgo(1), { reason: 'none-of-these', suggestions: ['e-postsignatur'] });
    await unanswered('glömt lösenord', daysAgo(1));

    const report = readRecentQuestionReport(db, now, 30);

    expect(report.unanswered.map((g) => g.text)).toEqual(['glömt lösenord']);
    expect(report.noneOfThese).toEqual([
      { text: 'signatur', count: 1, lastAt: daysAgo(1), suggestions: [{ topic: 'e-postsignatur', count: 1 }] },
    ]);
  });

  it('counts votes per topic, worst first', async () => {
    const vote = async (topic: string, v: 'up' | 'down', times: number): Promise<void> => {
      for (let i = 0; i < times; i++) await log.recordFeedback({ topic, vote: v, lang: 'sv', at: daysAgo(1) });
    };
    await vote('telesvar-mobil', 'up', 5);
    await vote('sekretess', 'down', 3);
    await vote('sekretess', 'up', 1);
    await vote('allman-handling', 'down', 1);
    await vote('allman-handling', 'up', 2);
    await vote('e-postsignatur', 'down', 1);

    expect(readRecentQuestionReport(db, now, 30).feedback).toEqual([
      { topic: 'sekretess', up: 1, down: 3 },
      { topic: 'e-postsignatur', up: 0, down: 1 },
      { topic: 'allman-handling', up: 2, down: 1 },
      { topic: 'telesvar-mobil', up: 5, down: 0 },
    ]);
  });

  it('leaves out what happened before the period', async () => {
    await unanswered('gammal fråga', daysAgo(31));
    await log.recordFeedback({ topic: 'sekretess', vote: 'down', lang: 'sv', at: daysAgo(31) });
    await unanswered('ny fråga', daysAgo(29));

    const report = readQuestionReport(db, daysAgo(30), now);

    expect(report.unanswered.map((g) => g.text)).toEqual(['ny fråga']);
    expect(report.feedback).toEqual([]);
    expect(report.since).toEqual(daysAgo(30));
    expect(report.until).toEqual(now);
  });

  it('includes something recorded at the very moment the report is made', async () => {
    await unanswered('just nu', now);
    expect(readRecentQuestionReport(db, now, 1).unanswered).toHaveLength(1);
  });

  it('is empty for an empty log', async () => {
    expect(readRecentQuestionReport(db, now, 30)).toEqual({
      since: daysAgo(30),
      until: now,
      unanswered: [],
      noneOfThese: [],
      notCovered: [],
      feedback: [],
    });
  });
});
