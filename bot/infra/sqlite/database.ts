import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { migrate } from './migrate';
import { migrations, type Migration } from './migrations';

export type Database = BetterSqlite3.Database;

/** Pass as path for a throw-away database (tests, the `ask` command). */
export const IN_MEMORY = ':memory:';

/** How long a write waits for another connection's lock before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

export class DatabaseOpenError extends Error {
  constructor(readonly path: string, cause: unknown) {
    super(
      `Could not open the database at ${path}: ${cause instanceof Error ? cause.message : String(cause)}. ` +
        'Check that the folder exists or can be created, that the bot may write to it, and that the ' +
        'file is a Riktlinjeboten SQLite database (the path is set with DB_PATH).',
      { cause },
    );
    this.name = 'DatabaseOpenError';
  }
}

export interface OpenOptions {
  /** Defaults to the full schema; tests pass their own list. */
  migrations?: readonly Migration[];
}

/** Opens (creating the file and its folder if needed) the bot's database and brings its schema up to date. */
export function openDatabase(path: string, options: OpenOptions = {}): Database {
  const db = connect(path);
  try {
    migrate(db, options.migrations ?? migrations);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function connect(path: string): Database {
  let db: Database | undefined;
  try {
    if (path !== IN_MEMORY) mkdirSync(dirname(path), { recursive: true });
    db = new BetterSqlite3(path);
    configure(db);
    return db;
  } catch (error) {
    db?.close();
    throw new DatabaseOpenError(path, error);
  }
}

function configure(db: Database): void {
  // Set before anything else so even the first read waits for a lock instead of failing.
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // WAL lets the report read while the bot writes; NORMAL sync is durable enough with WAL.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
}
