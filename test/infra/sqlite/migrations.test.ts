import { IN_MEMORY, openDatabase } from '../../../bot/infra/sqlite/database';
import { migrations } from '../../../bot/infra/sqlite/migrations';
import { useTempDir } from './fixtures';

describe('the released migrations', () => {
  const dir = useTempDir();

  it('keep the questions logged before "not-covered" became a reason, and then accept that reason', () => {
    const path = dir.path('bot.sqlite');
    const before = openDatabase(path, { migrations: migrations.filter((m) => m.version < 3) });
    before.prepare(`INSERT INTO unanswered (text, grouping, lang, reason, suggestions, at) VALUES ('gammal fråga', 'gammal fraga', 'sv', 'fallback', '[]', '2026-11-01T10:00:00.000Z')`).run();
    before.close();
    const db = openDatabase(path);
    try {
      db.prepare(`INSERT INTO unanswered (text, grouping, lang, reason, suggestions, at) VALUES ('delad kalender', 'delad kalender', 'sv', 'not-covered', '["utanfor-outlook"]', '2026-11-28T10:00:00.000Z')`).run();
      expect(db.prepare('SELECT text, reason FROM unanswered ORDER BY id').all()).toEqual([
        { text: 'gammal fråga', reason: 'fallback' },
        { text: 'delad kalender', reason: 'not-covered' },
      ]);
    } finally {
      db.close();
    }
  });

  it('still refuse a reason nobody knows', () => {
    const db = openDatabase(IN_MEMORY);
    try {
      const insert = () => db.prepare(`INSERT INTO unanswered (text, grouping, lang, reason, suggestions, at) VALUES ('x', 'x', 'sv', 'whatever', '[]', '2026-11-28T10:00:00.000Z')`).run();
      expect(insert).toThrow(/CHECK constraint failed/);
    } finally {
      db.close();
    }
  });
});
