import type { Case } from '../cases/case';
import type { Person } from '../directory/directory';
import type { Lang } from '../knowledge/types';
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
  langOf?(to: Person): Lang | undefined;
}

/** A claimed outbox row, plus the conversation of the card already sent (as SqliteOutboxStore gives it). */
export interface ClaimedMessage extends OutgoingMessage {
  cardConversationId?: string;
}

/** The outbox, as SqliteOutboxStore implements it; writes check the lease owner. */
export interface OutboxPort {
  claimDue(owner: string, leaseMs: number, limit?: number): ClaimedMessage[];
  markSent(id: string, owner: string, delivery: Delivered): boolean;
  reschedule(id: string, owner: string, attempts: number, dueAt: Date, error: string): boolean;
  markFailed(id: string, owner: string, attempts: number, error: string): boolean;
  forgetCard(caseId: string, recipientId: string): void;
}

/** The case store, as SqliteCaseStore implements it. */
export interface CasePort {
  get(id: string): Case | null;
  /** Reads, decides and saves a successful transition under one write lock. */
  update<R extends { ok: boolean }>(id: string, decide: (c: Case) => R): R | null;
  dueForEscalation(now: Date, limit?: number): Case[];
}

/** Renders the manager's card from the case as it is now (a Teams card builder, injected). */
export type RenderManagerCard = (c: Case, lang: Lang) => unknown;

/** A number in [0, 1) for retry jitter; comes in so the domain stays deterministic. */
export type Random = () => number;
