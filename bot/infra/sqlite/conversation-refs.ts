import type { Clock } from '../../domain/ports';
import type { Database } from './database';

/**
 * The latest conversation reference per user, stored as JSON from every inbound activity, so
 * the bot can message people proactively. The shape is the Teams edge's business; here it is
 * opaque JSON.
 */
export class SqliteConversationRefs<T = unknown> {
  private readonly upsertStatement;
  private readonly getStatement;

  constructor(
    db: Database,
    private readonly clock: Clock,
  ) {
    this.upsertStatement = db.prepare(
      `INSERT INTO conversation_refs (aad_object_id, reference, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (aad_object_id) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`,
    );
    this.getStatement = db.prepare('SELECT reference FROM conversation_refs WHERE aad_object_id = ?');
  }

  async upsert(aadObjectId: string, reference: T): Promise<void> {
    this.upsertStatement.run(aadObjectId.toLowerCase(), JSON.stringify(reference), this.clock.now().toISOString());
  }

  async get(aadObjectId: string): Promise<T | null> {
    const row = this.getStatement.get(aadObjectId.toLowerCase()) as { reference: string } | undefined;
    return row ? (JSON.parse(row.reference) as T) : null;
  }
}
