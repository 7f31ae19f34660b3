import type { Clock } from '../../domain/ports';
import type { Database } from './database';

/** Rows removed per table by one purge. */
export interface PurgeCounts {
  feedback: number;
  unanswered: number;
  activities: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export class RetentionDaysError extends Error {
  constructor(readonly days: number) {
    super(`Retention must be a whole number of days, at least 1; got ${days}. Check the retention setting.`);
    this.name = 'RetentionDaysError';
  }
}

/**
 * Deletes the question log older than `days` days. Run at start and once a day.
 * Only the Q&A tables: cases and their audit trail will have their own, longer rules.
 */
export function applyRetention(db: Database, clock: Clock, days: number): PurgeCounts {
  if (!Number.isInteger(days) || days < 1) throw new RetentionDaysError(days);
  return purgeOlderThan(db, new Date(clock.now().getTime() - days * DAY_MS));
}

/** Deletes rows stamped before `cutoff`, all tables in one transaction. */
export function purgeOlderThan(db: Database, cutoff: Date): PurgeCounts {
  const before = cutoff.toISOString();
  const purge = db.transaction(
    (): PurgeCounts => ({
      feedback: db.prepare('DELETE FROM feedback WHERE at < ?').run(before).changes,
      unanswered: db.prepare('DELETE FROM unanswered WHERE at < ?').run(before).changes,
      activities: db.prepare('DELETE FROM processed_activities WHERE at < ?').run(before).changes,
    }),
  );
  return purge.immediate();
}
