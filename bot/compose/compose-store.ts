import type { ConversationReference } from 'botbuilder';
import type { StoreConfig } from '../config';
import type { CasePort, OutboxStore } from '../domain/outbox/ports';
import type { Clock, FeedbackRecord, QuestionLog } from '../domain/ports';
import { AzureActivityDedupe } from '../infra/azure/activity-dedupe';
import { AzureCaseStore } from '../infra/azure/case-store';
import { AzureConversationRefs } from '../infra/azure/conversation-refs';
import { AzureOutboxStore } from '../infra/azure/outbox-store';
import { AzureQuestionLog } from '../infra/azure/question-log';
import { openTables, type Tables } from '../infra/azure/tables';
import { SqliteActivityDedupe } from '../infra/sqlite/activity-dedupe';
import { SqliteCaseStore } from '../infra/sqlite/case-store';
import { SqliteConversationRefs } from '../infra/sqlite/conversation-refs';
import { openDatabase, type Database } from '../infra/sqlite/database';
import { SqliteOutboxStore } from '../infra/sqlite/outbox-store';
import { SqliteQuestionLog } from '../infra/sqlite/question-log';

type Reference = Partial<ConversationReference>;

/** Everything the bot keeps, behind the same ports whatever the backend. */
export interface Stores {
  questionLog: QuestionLog & { recordFeedback(record: FeedbackRecord & { key?: string }): Promise<boolean> };
  dedupe: { firstTime(key: string): Promise<boolean> };
  cases: CasePort;
  outbox: OutboxStore;
  refs: { get(aadObjectId: string): Promise<Reference | null>; upsert(aadObjectId: string, reference: Reference): Promise<void> };
  /** Closes files and connections; the bot has stopped using the stores. */
  close(): Promise<void>;
}

/** One SQLite file (or in memory for tests); `db` is there for retention and the reports. */
export interface SqliteStores extends Stores {
  kind: 'sqlite';
  db: Database;
  questionLog: SqliteQuestionLog;
  dedupe: SqliteActivityDedupe;
  cases: SqliteCaseStore;
  outbox: SqliteOutboxStore;
  refs: SqliteConversationRefs<Reference>;
}

export interface AzureStores extends Stores {
  kind: 'azure';
  questionLog: AzureQuestionLog;
  dedupe: AzureActivityDedupe;
  /** For the question report and retention. */
  tables: Tables;
}

export function composeStore(path: string, clock: Clock): SqliteStores {
  const db = openDatabase(path);
  return {
    kind: 'sqlite',
    db,
    questionLog: new SqliteQuestionLog(db),
    dedupe: new SqliteActivityDedupe(db, clock),
    cases: new SqliteCaseStore(db, clock),
    outbox: new SqliteOutboxStore(db, clock),
    refs: new SqliteConversationRefs<Reference>(db, clock),
    close: async () => {
      db.close();
    },
  };
}

/** Azure Table Storage (tables `<prefix>cases`, ...; created when missing): for several instances sharing one account. */
export async function composeAzureStore(connectionString: string, tablePrefix: string, clock: Clock): Promise<AzureStores> {
  const tables = await openTables(connectionString, tablePrefix);
  return {
    kind: 'azure',
    tables,
    questionLog: new AzureQuestionLog(tables),
    dedupe: new AzureActivityDedupe(tables.dedupe, clock),
    cases: new AzureCaseStore(tables, clock),
    outbox: new AzureOutboxStore(tables.cases, clock),
    refs: new AzureConversationRefs<Reference>(tables.refs, clock),
    close: async () => undefined,
  };
}

/** The backend STORE chooses: SQLite at `dbPath` by default, Azure Table Storage with STORE=azure. */
export async function composeStores(config: StoreConfig, dbPath: string, clock: Clock): Promise<SqliteStores | AzureStores> {
  return config.kind === 'azure' ? composeAzureStore(config.connectionString, config.tablePrefix, clock) : composeStore(dbPath, clock);
}
