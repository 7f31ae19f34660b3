import type { KnowledgeIndex } from '../domain/knowledge/understand';
import type { Clock, FeedbackRecord, UnansweredRecord } from '../domain/ports';
import type { Logger } from '../infra/logger';

/** The knowledge base now being served; it changes when kansliet edits the YAML. */
export interface KnowledgeSource {
  current(): KnowledgeIndex;
}

export interface TeamsQuestionLog {
  /** `key` identifies one click (card + user), so a double click is stored once. */
  recordFeedback(record: FeedbackRecord & { key?: string }): unknown;
  recordUnanswered(record: UnansweredRecord): void;
}

export interface DeliveryDedupe {
  /** True only the first time `key` is seen. */
  firstTime(key: string): boolean;
}

/** Everything the Teams routes need from the rest of the bot. */
export interface TeamsDeps {
  knowledge: KnowledgeSource;
  questionLog: TeamsQuestionLog;
  dedupe: DeliveryDedupe;
  clock: Clock;
  logger: Logger;
}
