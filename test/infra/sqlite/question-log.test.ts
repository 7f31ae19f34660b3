import { IN_MEMORY, openDatabase, type Database } from '../../../bot/infra/sqlite/database';
import { SqliteQuestionLog } from '../../../bot/infra/sqlite/question-log';
import { MAX_STORED_TEXT_LENGTH } from '../../../bot/domain/privacy/storable-text';
import { useTempDir } from './fixtures';

const at = new Date('2026-11-28T10:00:00.000Z');

describe('SqliteQuestionLog', () => {
  let db: Database;
  let log: SqliteQuestionLog;

  beforeEach(async () => {
    db = openDatabase(IN_MEMORY);
    log = new SqliteQuestionLog(db);
  });
  afterEach(() => db.close());

  const feedbackRows = () => db.prepare('SELECT topic, vote, lang, at FROM feedback ORDER BY id').all();
  const unansweredRows = () =>
    db.prepare('SELECT text, lang, reason, suggestions, at FROM unanswered ORDER BY id').all() as {
      text: string;
      suggestions: string;
    }[];

  it('stores a vote per topic', async () => {
    expect(await log.recordFeedback({ topic: 'telesvar-mobil', vote: 'up', lang: 'sv', at })).toBe(true);
    expect(await log.recordFeedback({ topic: 'sekretess', vote: 'down', lang: 'en', at })).toBe(true);
    expect(feedbackRows()).toEqual([
      { topic: 'telesvar-mobil', vote: 'up', lang: 'sv', at: at.toISOString() },
      { topic: 'sekretess', vote: 'down', lang: 'en', at: at.toISOString() },
    ]);
  });

  it('counts a double click with the same key once', async () => {
    const vote = { topic: 'sekretess', vote: 'down' as const, lang: 'sv' as const, at, key: 'activity-1:user-a' };
    expect(await log.recordFeedback(vote)).toBe(true);
    expect(await log.recordFeedback({ ...vote, vote: 'up' })).toBe(false);
    expect(feedbackRows()).toEqual([{ topic: 'sekretess', vote: 'down', lang: 'sv', at: at.toISOString() }]);
  });

  it('counts votes without a key every time', async () => {
    await log.recordFeedback({ topic: 'sekretess', vote: 'up', lang: 'sv', at });
    await log.recordFeedback({ topic: 'sekretess', vote: 'up', lang: 'sv', at });
    expect(feedbackRows()).toHaveLength(2);
  });

  it('stores an unanswered question with reason, suggestions and language', async () => {
    await log.recordUnanswered({ text: 'hur bokar jag ett mötesrum?', lang: 'sv', reason: 'fallback', suggestions: [], at });
    await log.recordUnanswered({
      text: 'can I forward mail',
      lang: 'en',
      reason: 'none-of-these',
      suggestions: ['vidarebefordran', 'e-post-sakerhet'],
      at,
    });
    expect(unansweredRows()).toEqual([
      { text: 'hur bokar jag ett mötesrum?', lang: 'sv', reason: 'fallback', suggestions: '[]', at: at.toISOString() },
      {
        text: 'can I forward mail',
        lang: 'en',
        reason: 'none-of-these',
        suggestions: '["vidarebefordran","e-post-sakerhet"]',
        at: at.toISOString(),
      },
    ]);
  });

  it('never stores e-mail addresses, phone numbers or personnummer, even when the caller forgot to mask', async () => {
    await log.recordUnanswered({
      text: 'Jag heter 850101-1234, ring 070-123 45 67 eller mejla anna.svensson@oxelosund.se',
      lang: 'sv',
      reason: 'fallback',
      suggestions: [],
      at,
    });
    const stored = JSON.stringify(db.prepare('SELECT * FROM unanswered').all());
    expect(stored).not.toMatch(/850101|070|123 45 67|anna|oxelosund/u);
    expect(unansweredRows()[0]?.text).toBe('Jag heter [personnummer], ring [telefon] eller mejla [e-post]');
  });

  it(`keeps at most ${MAX_STORED_TEXT_LENGTH} characters of a very long question`, async () => {
    await log.recordUnanswered({ text: 'x'.repeat(20000), lang: 'sv', reason: 'fallback', suggestions: [], at });
    expect(unansweredRows()[0]?.text).toHaveLength(MAX_STORED_TEXT_LENGTH);
  });
});

describe('SqliteQuestionLog on a file', () => {
  const dir = useTempDir();

  it('keeps what was recorded after the bot restarts', async () => {
    const path = dir.path('bot.sqlite');
    const before = openDatabase(path);
    await new SqliteQuestionLog(before).recordFeedback({ topic: 'sekretess', vote: 'down', lang: 'sv', at, key: 'k1' });
    before.close();

    const after = openDatabase(path);
    try {
      expect(await new SqliteQuestionLog(after).recordFeedback({ topic: 'sekretess', vote: 'down', lang: 'sv', at, key: 'k1' })).toBe(false);
      expect(after.prepare('SELECT COUNT(*) AS n FROM feedback').get()).toEqual({ n: 1 });
    } finally {
      after.close();
    }
  });
});
