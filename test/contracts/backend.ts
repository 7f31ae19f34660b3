import type { ConversationReference } from 'botbuilder';
import type { CasePort, OutboxStore } from '../../bot/domain/outbox/ports';
import type { Clock, FeedbackRecord, UnansweredRecord } from '../../bot/domain/ports';
import type { QuestionReport } from '../../bot/infra/sqlite/question-report';

/** One bot instance's view of the stores (its own connection or clients). */
export interface StoreInstance {
  cases: CasePort;
  outbox: OutboxStore;
  questionLog: { recordFeedback(r: FeedbackRecord & { key?: string }): Promise<boolean>; recordUnanswered(r: UnansweredRecord): Promise<void> };
  dedupe: { firstTime(key: string): Promise<boolean> };
  refs: { get(id: string): Promise<Partial<ConversationReference> | null>; upsert(id: string, ref: Partial<ConversationReference>): Promise<void> };
}

/** Empty stores shared by any number of instances, as several bot processes share one database. */
export interface StoreWorld {
  /** Another instance over the same data (a second SQLite connection, fresh Azure clients). */
  instance(): Promise<StoreInstance>;
  /** Closes every instance (a restart); later instances see what was stored. */
  restart(): Promise<void>;
  /** The unanswered questions as stored, read behind the port (to check masking). */
  storedUnanswered(): Promise<string[]>;
  /** kansliet's report for `since` <= at <= `until`, as `npm run kb:report` reads it. */
  questionReport(since: Date, until: Date): Promise<QuestionReport>;
  /** Retention: deletes votes and questions stored before `cutoff`. */
  purgeQuestionLog(cutoff: Date): Promise<void>;
  close(): Promise<void>;
}

export interface StoreBackend {
  name: string;
  open(clock: Clock): Promise<StoreWorld>;
}
