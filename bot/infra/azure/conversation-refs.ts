import type { TableClient } from '@azure/data-tables';
import type { Clock } from '../../domain/ports';
import { fromChunks, getOrNull, hashKey, retryOnConflict, toChunks } from './tables';

/**
 * The latest conversation reference per user (PartitionKey = hash of the lower-cased AAD object
 * id). A write inserts, or replaces If-Match the ETag it read: two instances storing a reference
 * at once both land, one after the other, never one blindly over the other.
 */
export class AzureConversationRefs<T = unknown> {
  constructor(
    private readonly table: TableClient,
    private readonly clock: Clock,
  ) {}

  async upsert(aadObjectId: string, reference: T): Promise<void> {
    const key = hashKey(aadObjectId.toLowerCase());
    const entity = { partitionKey: key, rowKey: '', updatedAt: this.clock.now().toISOString(), ...toChunks('A conversation reference', JSON.stringify(reference)) };
    await retryOnConflict('A conversation reference', async () => {
      const existing = await getOrNull(this.table, key, '');
      if (existing) await this.table.updateEntity(entity, 'Replace', { etag: existing.etag });
      else await this.table.createEntity(entity);
    });
  }

  async get(aadObjectId: string): Promise<T | null> {
    const row = await getOrNull<Record<string, unknown>>(this.table, hashKey(aadObjectId.toLowerCase()), '');
    return row ? (JSON.parse(fromChunks(row)) as T) : null;
  }
}
