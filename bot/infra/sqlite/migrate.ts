import type BetterSqlite3 from 'better-sqlite3';
import type { Migration } from './migration';

/** The database holds a schema version this build does not know: it was written by a newer bot. */
export class SchemaTooNewError extends Error {
  constructor(readonly unknownVersions: number[]) {
    super(
      `The database has schema version(s) ${unknownVersions.join(', ')} that this version of ` +
        'Riktlinjeboten does not know. Run the newer version, or point DB_PATH at another file.',
    );
    this.name = 'SchemaTooNewError';
  }
}

/** A released migration was renamed or reordered; the database and the code disagree on history. */
export class MigrationMismatchError extends Error {
  constructor(readonly version: number, readonly appliedName: string, readonly expectedName: string) {
    super(
      `Migration ${version} was applied as "${appliedName}" but the code calls it "${expectedName}". ` +
        'Released migrations must never change: restore the old one and add a new version.',
    );
    this.name = 'MigrationMismatchError';
  }
}

/** The list in migrations.ts is malformed: a programming error caught at start. */
export class MigrationOrderError extends Error {
  constructor(readonly migration: Migration) {
    super(
      `Migration versions must be positive integers in increasing order; check version ${migration.version} ` +
        `(${migration.name}) in bot/infra/sqlite/migrations.ts.`,
    );
    this.name = 'MigrationOrderError';
  }
}

export class MigrationFailedError extends Error {
  constructor(readonly migration: Migration, cause: unknown) {
    super(
      `Migration ${migration.version} (${migration.name}) failed and was rolled back: ` +
        `${cause instanceof Error ? cause.message : String(cause)}. The database is unchanged; fix the migration and start again.`,
      { cause },
    );
    this.name = 'MigrationFailedError';
  }
}

interface AppliedRow {
  version: number;
  name: string;
}

/**
 * Brings the schema up to date and returns the versions applied now (empty when already current).
 * Each step runs in its own IMMEDIATE transaction and re-checks inside it, so two processes
 * starting on the same file at once apply every step exactly once.
 */
export function migrate(db: BetterSqlite3.Database, steps: readonly Migration[]): number[] {
  assertOrdered(steps);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  )`);
  checkHistory(readApplied(db), steps);
  const applied: number[] = [];
  for (const step of steps) {
    if (applyOnce(db, step)) applied.push(step.version);
  }
  return applied;
}

export function schemaVersion(db: BetterSqlite3.Database): number {
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as { version: number | null };
  return row.version ?? 0;
}

function applyOnce(db: BetterSqlite3.Database, step: Migration): boolean {
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?');
  const record = db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)');
  const run = db.transaction((): boolean => {
    if (isApplied.get(step.version) !== undefined) return false;
    db.exec(step.sql);
    record.run(step.version, step.name);
    return true;
  });
  try {
    return run.immediate();
  } catch (error) {
    throw new MigrationFailedError(step, error);
  }
}

function readApplied(db: BetterSqlite3.Database): AppliedRow[] {
  return db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as AppliedRow[];
}

function checkHistory(applied: AppliedRow[], steps: readonly Migration[]): void {
  const known = new Map(steps.map((step) => [step.version, step.name]));
  const unknown = applied.filter((row) => !known.has(row.version)).map((row) => row.version);
  if (unknown.length > 0) throw new SchemaTooNewError(unknown);
  for (const row of applied) {
    const expected = known.get(row.version);
    if (expected !== undefined && expected !== row.name) throw new MigrationMismatchError(row.version, row.name, expected);
  }
}

function assertOrdered(steps: readonly Migration[]): void {
  steps.forEach((step, index) => {
    const previous = steps[index - 1];
    if (!Number.isInteger(step.version) || step.version < 1 || (previous !== undefined && step.version <= previous.version)) {
      throw new MigrationOrderError(step);
    }
  });
}
