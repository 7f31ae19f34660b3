import type { FeedbackRecord, QuestionLog, UnansweredRecord } from '../../domain/ports';
import { toStorableText } from '../../domain/privacy/storable-text';
import type { Database } from './database';
import { groupingKey } from './grouping-key';

/** A vote with an optional idempotency key, e.g. `${activityId}:${userHash}` of the card clicked. */
export interface KeyedFeedbackRecord extends FeedbackRecord {
  key?: string;
}

/** The question log in SQLite. Text is masked and bounded again here: the store never trusts it. */
export class SqliteQuestionLog implements QuestionLog {
  private readonly insertFeedback;
  private readonly insertUnanswered;

  constructor(db: Database) {
    this.insertFeedback = db.prepare(
      'INSERT OR IGNORE INTO feedback (topic, vote, lang, at, key) VALUES (@topic, @vote, @lang, @at, @key)',
    );
    this.insertUnanswered = db.prepare(
      `INSERT INTO unanswered (text, grouping, lang, reason, suggestions, at)
       VALUES (@text, @grouping, @lang, @reason, @suggestions, @at)`,
    );
  }

  /** Returns false when a vote with the same key was already stored (a repeated click): it counts once. */
  async recordFeedback(record: KeyedFeedbackRecord): Promise<boolean> {
    const { changes } = this.insertFeedback.run({
      topic: record.topic,
      vote: record.vote,
      lang: record.lang,
      at: record.at.toISOString(),
      key: record.key ?? null,
    });
    return changes === 1;
  }

  async recordUnanswered(record: UnansweredRecord): Promise<void> {
    const text = toStorableText(record.text);
    this.insertUnanswered.run({
      text,
      grouping: groupingKey(text),
      lang: record.lang,
      reason: record.reason,
      suggestions: JSON.stringify(record.suggestions),
      at: record.at.toISOString(),
    });
  }
}
