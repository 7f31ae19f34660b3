/**
 * One step of the schema. A released step is never edited: change the schema by adding a new
 * version in its own file under ./migrations and appending it to the list in ./migrations.ts.
 * Times are stored as ISO 8601 UTC text from Date.toISOString(), which sorts and compares correctly.
 */
export interface Migration {
  /** Positive integer, strictly increasing along the list. */
  version: number;
  /** Stored with the version; a renamed released step is reported as a mismatch. */
  name: string;
  /** Runs in one transaction together with recording the version. */
  sql: string;
}
