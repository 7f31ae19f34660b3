import type { Case, CaseEvent } from '../cases/case';
import type { SubmitResult } from '../cases/submit';
import type { Person } from '../directory/directory';
import type { Lang } from '../knowledge/types';
import type { NextNumber } from '../reports/case-number';
import type { OutgoingMessage } from './message';

/** Where a sent card lives, so later sends can update it in place. */
export interface Delivered {
  conversationId: string;
  activityId: string;
}

/**
 * A send the Teams connector refused. `status` is the HTTP status (0 when no answer came, e.g.
 * the network was down); the dispatcher classifies it with classifyStatus.
 */
export class DeliveryFailure extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterSeconds?: number,
    /** The connector's error code, e.g. ConversationNotFound; never message content. */
    readonly code?: string,
  ) {
    super(`Teams did not accept the message (HTTP ${status}${code ? ` ${code}` : ''}).`);
    this.name = 'DeliveryFailure';
  }
}

/** Proactive messages to one person's 1:1 chat with the bot. Throws DeliveryFailure. */
export interface Notifier {
  /** Posts a card, or updates `existing` in place when given. */
  sendCard(to: Person, card: unknown, existing?: Delivered): Promise<Delivered>;
  sendText(to: Person, text: string): Promise<Delivered>;
  /** Creates a fresh 1:1 chat with the person (the stored one is gone) and remembers it. */
  recreateConversation(to: Person): Promise<void>;
  /** The language the person last wrote to the bot in, if known. */
  langOf?(to: Person): Promise<Lang | undefined>;
}

/** A claimed outbox row, plus the conversation of the card already sent (as SqliteOutboxStore gives it). */
export interface ClaimedMessage extends OutgoingMessage {
  cardConversationId?: string;
}

/** The outbox (SQLite or Azure Table); every write checks the lease owner, so a stale owner is refused. */
export interface OutboxPort {
  claimDue(owner: string, leaseMs: number, limit?: number): Promise<ClaimedMessage[]>;
  markSent(id: string, owner: string, delivery: Delivered): Promise<boolean>;
  reschedule(id: string, owner: string, attempts: number, dueAt: Date, error: string): Promise<boolean>;
  markFailed(id: string, owner: string, attempts: number, error: string): Promise<boolean>;
  forgetCard(caseId: string, recipientId: string): Promise<void>;
}

/** How many outbox rows are in each state (tests, health). */
export interface OutboxCounts {
  pending: number;
  sent: number;
  failed: number;
}

/** The whole outbox store, as the composition and the tests use it. */
export interface OutboxStore extends OutboxPort {
  /** The card a person already has for a case. */
  cardOf(caseId: string, recipientId: string): Promise<Delivered | null>;
  counts(): Promise<OutboxCounts>;
  /** When the next message becomes due, so a dispatcher can sleep until then. */
  nextDueAt(): Promise<Date | null>;
}

/** A change worked out by the domain (act, escalate) that the store persists atomically. */
export interface Transition {
  ok: true;
  case: Case;
  events: CaseEvent[];
  outbox: OutgoingMessage[];
}

export type StoredSubmit =
  | { ok: true; created: true; case: Case; outbox: OutgoingMessage[] }
  /** The same submission arrived before (a re-sent activity, a second click): nothing new. */
  | { ok: true; created: false; case: Case; outbox: [] }
  | Exclude<SubmitResult, { ok: true }>;

export interface CaseSummary {
  id: string;
  kind: string;
  state: Case['state'];
  createdAt: string;
  dueAt: string | null;
}

/**
 * The case store (SQLite or Azure Table). `decide` and `build` are pure and synchronous; the
 * store may call them more than once (an optimistic write that lost a race is decided again).
 */
export interface CasePort {
  get(id: string): Promise<Case | null>;
  /** Reads, decides and saves a successful transition atomically (case, events, outbox). Null when the case does not exist. */
  update<R extends { ok: boolean }>(id: string, decide: (c: Case) => R): Promise<R | null>;
  /**
   * Stores a new case exactly once per `submissionKey`; `build` is the domain's submitReport and
   * gets the case number sequence, so a number is used only by a valid case.
   */
  submit(submissionKey: string, build: (nextNumber: NextNumber) => SubmitResult): Promise<StoredSubmit>;
  /** Open cases whose escalation time has passed, oldest first, for the scheduler. */
  dueForEscalation(now: Date, limit?: number): Promise<Case[]>;
  /** The earliest pending escalation time, so a scheduler can sleep until then. */
  nextDueAt(): Promise<Date | null>;
  /** Newest first, for the admin command `npm run cases -- list`. */
  list(limit?: number): Promise<CaseSummary[]>;
  /**
   * Retention: deletes closed cases last changed before `cutoff`, with their audit trail, outbox
   * and cards. Open and acknowledged cases are kept however old. Returns how many were deleted.
   */
  forgetClosedBefore(cutoff: Date): Promise<number>;
}

/** Renders the manager's card from the case as it is now (a Teams card builder, injected). */
export type RenderManagerCard = (c: Case, lang: Lang) => unknown | Promise<unknown>;

/** A number in [0, 1) for retry jitter; comes in so the domain stays deterministic. */
export type Random = () => number;
