import type { TableClient } from '@azure/data-tables';
import type { Clock } from '../../domain/ports';
import { hashKey, insertOnce, listAll, odata } from './tables';

/**
 * Handled activities, insert-only: the first instance to insert a key handles the activity, any
 * other (a redelivery, on this or another instance) gets 409 and drops it.
 */
export class AzureActivityDedupe {
  constructor(
    private readonly table: TableClient,
    private readonly clock: Clock,
  ) {}

  async firstTime(key: string): Promise<boolean> {
    return insertOnce(this.table, { partitionKey: hashKey(key), rowKey: '', at: this.clock.now().toISOString() });
  }

  /** Forgets keys stored before `cutoff`; returns how many. */
  async forgetOlderThan(cutoff: Date): Promise<number> {
    const rows = await listAll<{ at: string }>(this.table, `at lt ${odata(cutoff.toISOString())}`, ['PartitionKey', 'RowKey']);
    for (const r of rows) await this.table.deleteEntity(r.partitionKey, r.rowKey);
    return rows.length;
  }
}
