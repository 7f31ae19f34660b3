import type { Clock } from '../../domain/ports';
import type { Database } from './database';

/** Remembers which incoming activities were handled, so a redelivery is not answered twice. */
export interface ActivityDedupe {
  /** True only the first time `key` is seen (within the keep period), across restarts and connections. */
  firstTime(key: string): Promise<boolean>;
}

export interface ActivityDedupeOptions {
  /** How long a key is remembered by `cleanup()`; redeliveries come within minutes. Default one day. */
  keepForMs?: number;
}

export const DEFAULT_DEDUPE_KEEP_MS = 24 * 60 * 60 * 1000;

/**
 * Teams re-sends an activity when the bot takes more than about 15 s. Teams message ids are
 * only unique within a conversation, so callers should pass a key such as
 * `${conversationId}:${activityId}`.
 */
export class SqliteActivityDedupe implements ActivityDedupe {
  private readonly insert;
  private readonly deleteBefore;
  private readonly keepForMs: number;

  constructor(db: Database, private readonly clock: Clock, options: ActivityDedupeOptions = {}) {
    this.insert = db.prepare('INSERT OR IGNORE INTO processed_activities (activity_id, at) VALUES (?, ?)');
    this.deleteBefore = db.prepare('DELETE FROM processed_activities WHERE at < ?');
    this.keepForMs = options.keepForMs ?? DEFAULT_DEDUPE_KEEP_MS;
  }

  async firstTime(key: string): Promise<boolean> {
    // One atomic statement: of two concurrent deliveries exactly one inserts the row.
    return this.insert.run(key, this.clock.now().toISOString()).changes === 1;
  }

  /** Forgets keys older than the keep period; returns how many were removed. Run now and then. */
  cleanup(): number {
    return this.forgetOlderThan(new Date(this.clock.now().getTime() - this.keepForMs));
  }

  forgetOlderThan(cutoff: Date): number {
    return this.deleteBefore.run(cutoff.toISOString()).changes;
  }
}
