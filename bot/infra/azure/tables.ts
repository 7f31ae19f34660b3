import { createHash } from 'node:crypto';
import { TableClient, type TableEntity } from '@azure/data-tables';

/** The tables the bot keeps in one storage account, named `<prefix><name>` (e.g. rbcases). */
export const TABLE_NAMES = ['cases', 'sequences', 'submissions', 'refs', 'feedback', 'unanswered', 'dedupe'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export type Tables = Record<TableName, TableClient>;

export class AzureStorageConfigError extends Error {
  constructor(detail: string) {
    super(`${detail} Set AZURE_STORAGE_CONNECTION_STRING to the storage account's connection string, and AZURE_TABLE_PREFIX to letters and digits only (e.g. rb).`);
    this.name = 'AzureStorageConfigError';
  }
}

/** Clients for every table; with `create`, makes the tables that do not exist yet (safe to repeat). */
export async function openTables(connectionString: string, prefix: string, options: { create?: boolean } = {}): Promise<Tables> {
  if (!/^[A-Za-z][A-Za-z0-9]{0,40}$/.test(prefix)) throw new AzureStorageConfigError(`The table prefix "${prefix}" is not allowed.`);
  // Azurite and local development use plain http; real accounts https (the SDK refuses http otherwise).
  const allowInsecureConnection = /DefaultEndpointsProtocol=http;|UseDevelopmentStorage=true|TableEndpoint=http:/i.test(connectionString);
  let tables: Tables;
  try {
    tables = Object.fromEntries(TABLE_NAMES.map((n) => [n, TableClient.fromConnectionString(connectionString, `${prefix}${n}`, { allowInsecureConnection })])) as Tables;
  } catch (error) {
    throw new AzureStorageConfigError(`The storage connection string could not be read (${(error as Error).message}).`);
  }
  if (options.create !== false) await Promise.all(Object.values(tables).map((t) => t.createTable()));
  return tables;
}

/** The HTTP status of a failed storage call (412 stale ETag, 409 already exists, 404 missing). */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

export function isConflict(error: unknown): boolean {
  const s = statusOf(error);
  return s === 409 || s === 412;
}

/** A stored entity: its columns plus keys and ETag. */
export type Row<T extends object> = T & { partitionKey: string; rowKey: string; etag: string };

/** What a table transaction or insert takes. */
export type Entity = TableEntity<Record<string, unknown>>;

/** A read entity as it can be written back: its keys and columns, without the ETag and timestamp the service returned. */
export function columns<T extends object>(row: Row<T>): Entity & T {
  const { etag: _etag, timestamp: _timestamp, ...rest } = row as Row<T> & { timestamp?: unknown };
  return rest as unknown as Entity & T;
}

/** The entity, or null when it does not exist. */
export async function getOrNull<T extends object>(table: TableClient, partitionKey: string, rowKey: string): Promise<Row<T> | null> {
  try {
    return (await table.getEntity<T>(partitionKey, rowKey)) as Row<T>;
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}

/** Inserts; false when the entity exists already (409): insert-only tables use this as "seen before". */
export async function insertOnce(table: TableClient, entity: Entity): Promise<boolean> {
  try {
    await table.createEntity(entity);
    return true;
  } catch (error) {
    if (statusOf(error) === 409) return false;
    throw error;
  }
}

export async function listAll<T extends object>(table: TableClient, filter: string, select?: string[]): Promise<Row<T>[]> {
  const rows: Row<T>[] = [];
  for await (const row of table.listEntities<T>({ queryOptions: { filter, ...(select ? { select } : {}) } })) rows.push(row as Row<T>);
  return rows;
}

/** Keys from outside (activity ids, submission keys, user ids) may hold characters a key may not: they are hashed. */
export function hashKey(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** OData string literal. */
export function odata(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * A string property holds at most 64 KB (32K UTF-16 characters), an entity at most 1 MB: longer
 * JSON is split over data0, data1, ... up to 15 parts (about 900 KB), the rest is refused.
 */
const CHUNK = 30_000;
const MAX_CHUNKS = 15;

export class EntityTooLargeError extends Error {
  constructor(readonly what: string, readonly length: number) {
    super(`${what} is too large to store (${length} characters). Shorten the report's free-text fields.`);
    this.name = 'EntityTooLargeError';
  }
}

export function toChunks(what: string, json: string): Record<string, string | number> {
  const parts = Math.max(1, Math.ceil(json.length / CHUNK));
  if (parts > MAX_CHUNKS) throw new EntityTooLargeError(what, json.length);
  const out: Record<string, string | number> = { parts };
  for (let i = 0; i < parts; i++) out[`data${i}`] = json.slice(i * CHUNK, (i + 1) * CHUNK);
  return out;
}

export function fromChunks(entity: Record<string, unknown>): string {
  const parts = Number(entity.parts ?? 1);
  let json = '';
  for (let i = 0; i < parts; i++) json += String(entity[`data${i}`] ?? '');
  return json;
}

/**
 * Runs an optimistic step again when it lost a race (412 stale ETag, 409 someone inserted the
 * same key first): the step re-reads and decides again. Bounded, with a little jitter.
 */
export async function retryOnConflict<T>(what: string, step: () => Promise<T>, attempts = 20): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await step();
    } catch (error) {
      if (!isConflict(error)) throw error;
      if (i >= attempts) throw new ContentionError(what, attempts);
      await new Promise((done) => setTimeout(done, Math.floor(Math.random() * 10 * Math.min(i, 5))));
    }
  }
}

export class ContentionError extends Error {
  constructor(readonly what: string, readonly attempts: number) {
    super(`${what} was changed by others ${attempts} times in a row; gave up. Try again; if it persists, check for a stuck instance.`);
    this.name = 'ContentionError';
  }
}
