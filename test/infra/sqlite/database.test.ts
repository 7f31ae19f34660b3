import { existsSync, writeFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { BUSY_TIMEOUT_MS, DatabaseOpenError, IN_MEMORY, openDatabase } from '../../../bot/infra/sqlite/database';
import {
  MigrationFailedError,
  MigrationMismatchError,
  MigrationOrderError,
  migrate,
  SchemaTooNewError,
  schemaVersion,
} from '../../../bot/infra/sqlite/migrate';
import { migrations, type Migration } from '../../../bot/infra/sqlite/migrations';
import { useTempDir } from './fixtures';

const tables = (db: BetterSqlite3.Database): string[] =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (row) => row.name,
  );

describe('openDatabase', () => {
  const dir = useTempDir();

  it('creates the folder and the file, in WAL mode with a busy timeout', () => {
    const path = dir.path('nested', 'deeper', 'bot.sqlite');
    const db = openDatabase(path);
    try {
      expect(existsSync(path)).toBe(true);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS);
      expect(tables(db)).toEqual(expect.arrayContaining(['feedback', 'unanswered', 'processed_activities', 'schema_migrations']));
    } finally {
      db.close();
    }
  });

  it('keeps data after close and reopen', () => {
    const path = dir.path('bot.sqlite');
    const first = openDatabase(path);
    first.prepare("INSERT INTO feedback (topic, vote, lang, at) VALUES ('sekretess', 'up', 'sv', '2026-11-28T10:00:00.000Z')").run();
    first.close();

    const second = openDatabase(path);
    try {
      expect(second.prepare('SELECT topic, vote FROM feedback').all()).toEqual([{ topic: 'sekretess', vote: 'up' }]);
    } finally {
      second.close();
    }
  });

  it('applies every migration once, however often the file is opened', () => {
    const path = dir.path('bot.sqlite');
    openDatabase(path).close();
    openDatabase(path).close();
    const db = openDatabase(path);
    try {
      const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
      expect(applied).toEqual(migrations.map(({ version, name }) => ({ version, name })));
      expect(migrate(db, migrations)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('opens an in-memory database with the full schema', () => {
    const db = openDatabase(IN_MEMORY);
    try {
      expect(schemaVersion(db)).toBe(migrations.at(-1)?.version);
    } finally {
      db.close();
    }
  });

  it('refuses a file that is not a database, naming the path and DB_PATH', () => {
    const path = dir.path('not-a-db.sqlite');
    writeFileSync(path, 'this is a text file, not SQLite '.repeat(100));
    expect(() => openDatabase(path)).toThrow(DatabaseOpenError);
    expect(() => openDatabase(path)).toThrow(/not-a-db\.sqlite.*DB_PATH/su);
  });

  it('refuses a path that is a folder', () => {
    expect(() => openDatabase(dir.path())).toThrow(DatabaseOpenError);
  });

  it('lets a second connection read while the first one holds a write transaction', () => {
    const path = dir.path('bot.sqlite');
    const writer = openDatabase(path);
    const reader = openDatabase(path);
    try {
      writer.exec('BEGIN IMMEDIATE');
      writer.prepare("INSERT INTO processed_activities VALUES ('a', '2026-11-28T10:00:00.000Z')").run();
      expect(reader.prepare('SELECT COUNT(*) AS n FROM processed_activities').get()).toEqual({ n: 0 });
      writer.exec('COMMIT');
      expect(reader.prepare('SELECT COUNT(*) AS n FROM processed_activities').get()).toEqual({ n: 1 });
    } finally {
      writer.close();
      reader.close();
    }
  });
});

describe('migrate', () => {
  const dir = useTempDir();
  const first: Migration = { version: 1, name: 'first', sql: 'CREATE TABLE a (x INTEGER);' };
  const second: Migration = { version: 2, name: 'second', sql: 'CREATE TABLE b (y INTEGER);' };

  it('applies only the steps appended since the last start', () => {
    const path = dir.path('bot.sqlite');
    openDatabase(path, { migrations: [first] }).close();
    const db = openDatabase(path, { migrations: [first] });
    try {
      expect(migrate(db, [first, second])).toEqual([2]);
      expect(schemaVersion(db)).toBe(2);
      expect(tables(db)).toEqual(expect.arrayContaining(['a', 'b']));
    } finally {
      db.close();
    }
  });

  it('refuses a database written by a newer version', () => {
    const path = dir.path('bot.sqlite');
    openDatabase(path, { migrations: [first, second] }).close();
    expect(() => openDatabase(path, { migrations: [first] })).toThrow(SchemaTooNewError);
    expect(() => openDatabase(path, { migrations: [first] })).toThrow(/version\(s\) 2/u);
  });

  it('refuses a released migration that was renamed', () => {
    const path = dir.path('bot.sqlite');
    openDatabase(path, { migrations: [first] }).close();
    expect(() => openDatabase(path, { migrations: [{ ...first, name: 'renamed' }] })).toThrow(MigrationMismatchError);
  });

  it('rolls a failing step back completely and reports which one failed', () => {
    const path = dir.path('bot.sqlite');
    const broken: Migration = { version: 2, name: 'broken', sql: 'CREATE TABLE c (z INTEGER); INSERT INTO nowhere VALUES (1);' };
    expect(() => openDatabase(path, { migrations: [first, broken] })).toThrow(MigrationFailedError);
    expect(() => openDatabase(path, { migrations: [first, broken] })).toThrow(/Migration 2 \(broken\)/u);
    const db = openDatabase(path, { migrations: [first] });
    try {
      expect(schemaVersion(db)).toBe(1);
      expect(tables(db)).not.toContain('c');
    } finally {
      db.close();
    }
  });

  it('refuses a list that is out of order', () => {
    expect(() => openDatabase(IN_MEMORY, { migrations: [second, first] })).toThrow(MigrationOrderError);
    expect(() => openDatabase(IN_MEMORY, { migrations: [{ ...first, version: 0 }] })).toThrow(MigrationOrderError);
  });

  it('ships a schema list numbered 1, 2, 3 ... without gaps', () => {
    expect(migrations.map((step) => step.version)).toEqual(migrations.map((_, index) => index + 1));
  });
});
