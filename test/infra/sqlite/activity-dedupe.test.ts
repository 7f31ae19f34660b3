import { IN_MEMORY, openDatabase, type Database } from '../../../bot/infra/sqlite/database';
import { DEFAULT_DEDUPE_KEEP_MS, SqliteActivityDedupe } from '../../../bot/infra/sqlite/activity-dedupe';
import { ManualClock, useTempDir } from './fixtures';

describe('SqliteActivityDedupe', () => {
  let db: Database;
  let clock: ManualClock;

  beforeEach(async () => {
    db = openDatabase(IN_MEMORY);
    clock = new ManualClock(new Date('2026-11-28T10:00:00.000Z'));
  });
  afterEach(() => db.close());

  it('says yes the first time a key is seen and no on a redelivery', async () => {
    const dedupe = new SqliteActivityDedupe(db, clock);
    expect(await dedupe.firstTime('conv-1:act-1')).toBe(true);
    expect(await dedupe.firstTime('conv-1:act-1')).toBe(false);
    expect(await dedupe.firstTime('conv-2:act-1')).toBe(true);
  });

  it('shares what it has seen between two instances on the same database', async () => {
    expect(await new SqliteActivityDedupe(db, clock).firstTime('k')).toBe(true);
    expect(await new SqliteActivityDedupe(db, clock).firstTime('k')).toBe(false);
  });

  it('forgets keys older than the keep period on cleanup, and only those', async () => {
    const dedupe = new SqliteActivityDedupe(db, clock, { keepForMs: 60 * 60 * 1000 });
    await dedupe.firstTime('old');
    clock.set('2026-11-28T10:30:00.000Z');
    await dedupe.firstTime('recent');
    clock.set('2026-11-28T11:10:00.000Z');
    expect(dedupe.cleanup()).toBe(1);
    expect(await dedupe.firstTime('old')).toBe(true);
    expect(await dedupe.firstTime('recent')).toBe(false);
  });

  it('keeps keys for a day by default', async () => {
    const dedupe = new SqliteActivityDedupe(db, clock);
    await dedupe.firstTime('k');
    clock.set(new Date(clock.now().getTime() + DEFAULT_DEDUPE_KEEP_MS - 1));
    expect(dedupe.cleanup()).toBe(0);
    clock.set(new Date(clock.now().getTime() + 2));
    expect(dedupe.cleanup()).toBe(1);
  });
});

describe('SqliteActivityDedupe on a file', () => {
  const dir = useTempDir();

  it('recognises a redelivery after a restart, and across two connections', async () => {
    const clock = new ManualClock(new Date('2026-11-28T10:00:00.000Z'));
    const path = dir.path('bot.sqlite');
    const first = openDatabase(path);
    expect(await new SqliteActivityDedupe(first, clock).firstTime('act-1')).toBe(true);
    first.close();

    const a = openDatabase(path);
    const b = openDatabase(path);
    try {
      expect(await new SqliteActivityDedupe(a, clock).firstTime('act-1')).toBe(false);
      expect(await new SqliteActivityDedupe(a, clock).firstTime('act-2')).toBe(true);
      expect(await new SqliteActivityDedupe(b, clock).firstTime('act-2')).toBe(false);
    } finally {
      a.close();
      b.close();
    }
  });
});
