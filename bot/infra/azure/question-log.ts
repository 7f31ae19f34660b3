import { randomUUID } from 'node:crypto';
import type { FeedbackRecord, QuestionLog, UnansweredRecord } from '../../domain/ports';
import { toStorableText } from '../../domain/privacy/storable-text';
import { groupingKey } from '../sqlite/grouping-key';
import { hashKey, insertOnce, listAll, odata, type Tables } from './tables';

export interface KeyedFeedbackRecord extends FeedbackRecord {
  key?: string;
}

/** Month partitions keep a report's scan to the months it covers. */
const month = (at: Date) => at.toISOString().slice(0, 7);

/**
 * The question log in Azure Table Storage; text is masked and bounded here, as in SQLite. Votes
 * with a key are insert-only under that key (PartitionKey 'keyed', RowKey = its hash), so a
 * repeated click counts once; unkeyed votes and unanswered questions get a fresh row each.
 */
export class AzureQuestionLog implements QuestionLog {
  constructor(private readonly tables: Pick<Tables, 'feedback' | 'unanswered'>) {}

  async recordFeedback(record: KeyedFeedbackRecord): Promise<boolean> {
    const at = record.at.toISOString();
    const keys = record.key ? { partitionKey: 'keyed', rowKey: hashKey(record.key) } : { partitionKey: month(record.at), rowKey: `${at}-${randomUUID()}` };
    return insertOnce(this.tables.feedback, { ...keys, topic: record.topic, vote: record.vote, lang: record.lang, at });
  }

  async recordUnanswered(record: UnansweredRecord): Promise<void> {
    const text = toStorableText(record.text);
    const at = record.at.toISOString();
    await this.tables.unanswered.createEntity({
      partitionKey: month(record.at),
      rowKey: `${at}-${randomUUID()}`,
      text,
      grouping: groupingKey(text),
      lang: record.lang,
      reason: record.reason,
      suggestions: JSON.stringify(record.suggestions),
      at,
    });
  }

  /** Deletes votes and questions stored before `cutoff` (retention); returns how many of each. */
  async forgetOlderThan(cutoff: Date): Promise<{ feedback: number; unanswered: number }> {
    const purge = async (table: Tables['feedback']) => {
      const rows = await listAll<{ at: string }>(table, `at lt ${odata(cutoff.toISOString())}`, ['PartitionKey', 'RowKey']);
      for (const r of rows) await table.deleteEntity(r.partitionKey, r.rowKey);
      return rows.length;
    };
    return { feedback: await purge(this.tables.feedback), unanswered: await purge(this.tables.unanswered) };
  }
}
