import type { Case } from '../domain/cases/case';
import type { RefusalReason } from '../domain/cases/act';
import type { CaseCommand } from '../domain/cases/commands';
import type { Person } from '../domain/directory/directory';
import type { KnowledgeIndex } from '../domain/knowledge/understand';
import type { Localized } from '../domain/knowledge/types';
import type { Clock, FeedbackRecord, UnansweredRecord } from '../domain/ports';
import type { ReportDefinition } from '../domain/reports/definition';
import type { FieldError } from '../domain/reports/form';
import type { Logger } from '../infra/logger';

/** The knowledge base now being served; it changes when kansliet edits the YAML. */
export interface KnowledgeSource {
  current(): KnowledgeIndex;
}

export interface TeamsQuestionLog {
  /** `key` identifies one click (card + user), so a double click is stored once. */
  recordFeedback(record: FeedbackRecord & { key?: string }): Promise<unknown>;
  recordUnanswered(record: UnansweredRecord): Promise<void>;
}

export interface DeliveryDedupe {
  /** True only the first time `key` is seen. */
  firstTime(key: string): Promise<boolean>;
}

/** Where the latest conversation reference of each user is kept, for proactive messages. */
export interface ConversationRefSink {
  upsert(aadObjectId: string, reference: object): Promise<void>;
  get(aadObjectId: string): Promise<{ locale?: string } | null>;
}

export type SubmitOutcome =
  /** Stored (or stored before: the same form sent twice); `sentTo` is who has it now. */
  | { kind: 'stored'; case: Case; definition: ReportDefinition; created: boolean; sentTo: string | null }
  | { kind: 'invalid'; definition: ReportDefinition; errors: FieldError[] }
  /** Nothing stored; the message says what to do. `tryAgain`: the same form can be sent again in a moment. */
  | { kind: 'refused'; message: Localized; definition: ReportDefinition | null; tryAgain?: boolean };

export type ActOutcome =
  | { kind: 'done'; case: Case; definition: ReportDefinition }
  | { kind: 'refused'; reason: RefusalReason; message: Localized; case: Case; definition: ReportDefinition }
  | { kind: 'missing' };

/**
 * What someone may see of a case: its assignee chain acts on it (the live card), an admin reads
 * all of it, the reporter follows its state, anyone else sees the case number and state only.
 */
export type CaseAccess = 'chain' | 'admin' | 'reporter' | 'other';

export interface CaseView {
  case: Case;
  definition: ReportDefinition;
  access: CaseAccess;
}

export interface SubmitInput {
  flow: string;
  /** The form card's key; the same key from the same reporter gives the same case. */
  submissionKey: string;
  reporter: Person;
  /** The card's data as validateForm reads it (formInput). */
  form: Readonly<Record<string, unknown>>;
}

/** The report use cases the Teams routes call (implemented in bot/compose/report-use-cases.ts). */
export interface ReportUseCases {
  definition(flow: string): ReportDefinition | undefined;
  /** A fresh key per form shown. */
  newSubmissionKey(): string;
  /**
   * Looks up the reporter's managers ahead of the submit (Graph is a network call, and the
   * submit is an invoke that must answer within 5 s). Resolves when ready or after `waitMs`.
   */
  prepare(reporter: Person, waitMs: number): Promise<void>;
  submit(input: SubmitInput): Promise<SubmitOutcome>;
  act(caseId: string, command: CaseCommand, actor: Person, expectedVersion: number): Promise<ActOutcome>;
  /** The case and what `viewerId` may see of it (see CaseAccess); null when there is no such case. */
  view(caseId: string, viewerId?: string): Promise<CaseView | null>;
  /** Teams ids (MRIs) for the case card's refresh list: the chain members the bot knows in Teams. */
  refreshIds(c: Case): Promise<string[]>;
}

/** Everything the Teams routes need from the rest of the bot. */
export interface TeamsDeps {
  knowledge: KnowledgeSource;
  questionLog: TeamsQuestionLog;
  dedupe: DeliveryDedupe;
  clock: Clock;
  logger: Logger;
  /** Without it, "Rapportera" shows the guideline's instruction only (the Q&A-only bot). */
  reports?: ReportUseCases;
  /** Without it, no references are kept (the Q&A-only bot never messages proactively). */
  conversationRefs?: ConversationRefSink;
}
