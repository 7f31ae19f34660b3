import type { TableClient } from '@azure/data-tables';
import { getOrNull, retryOnConflict } from './tables';

interface Counter {
  last: number;
}

/**
 * The next case serial for a prefix and year: a counter entity (PartitionKey = prefix, RowKey =
 * year) inserted at 1 or replaced If-Match its ETag; a concurrent taker makes the write fail
 * (409/412) and the counter is read again, so every serial is handed out once.
 */
export async function nextSerial(table: TableClient, prefix: string, year: number): Promise<number> {
  return retryOnConflict(`The case number counter ${prefix}-${year}`, async () => {
    const row = await getOrNull<Counter>(table, prefix, String(year));
    if (!row) {
      await table.createEntity({ partitionKey: prefix, rowKey: String(year), last: 1 });
      return 1;
    }
    const next = row.last + 1;
    await table.updateEntity({ partitionKey: prefix, rowKey: String(year), last: next }, 'Replace', { etag: row.etag });
    return next;
  }, 100);
}

