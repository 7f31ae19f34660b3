import { reporterUpdateText } from '../cases/texts';
import { escalateUnreachable } from '../escalation/escalate';
import type { Lang } from '../knowledge/types';
import type { IdSource } from './message';
import { DeliveryFailure, type CasePort, type ClaimedMessage, type Delivered, type Notifier, type OutboxPort, type Random, type RenderManagerCard } from './ports';
import { DEFAULT_RETRY_POLICY, classifyStatus, nextAttempt, type DeliveryError, type NextStep, type RetryPolicy } from './retry-policy';

export interface DispatchDeps {
  outbox: OutboxPort;
  cases: CasePort;
  notifier: Notifier;
  renderManagerCard: RenderManagerCard;
  ids: IdSource;
  random: Random;
  policy?: RetryPolicy;
  /** How long a claim is ours; longer than the slowest send (botbuilder retries some 5xx itself). */
  leaseMs?: number;
  batchSize?: number;
  /** For people whose language the bot has not seen yet. */
  defaultLang?: Lang;
}

/** What one round did, by ids only, for the log. */
export interface DispatchReport {
  sent: string[];
  retried: { id: string; at: string; error: string }[];
  failed: { id: string; error: string }[];
  /** Cases passed on to the next in line because their card could not be delivered. */
  escalated: string[];
  /** Rows whose lease ran out while we worked; another dispatcher owns them now. */
  lostLease: string[];
}

export const DEFAULT_LEASE_MS = 2 * 60 * 1000;

/**
 * Delivers the due outbox rows once each: a manager card is rendered from the case as it is now
 * and updates the card already in the chat when there is one; a reporter update is a short text.
 * A failure is retried, the chat recreated or the recipient given up on (the case then goes to
 * the next in line and the reporter is told), as the retry policy says for the error class.
 */
export async function dispatchDue(deps: DispatchDeps, owner: string, now: Date): Promise<DispatchReport> {
  const report: DispatchReport = { sent: [], retried: [], failed: [], escalated: [], lostLease: [] };
  const claimed = await deps.outbox.claimDue(owner, deps.leaseMs ?? DEFAULT_LEASE_MS, deps.batchSize);
  // One at a time: Teams allows a few sends per second per conversation, and order matters to the reporter.
  for (const m of claimed) {
    try {
      const delivered = await deliver(deps, m);
      if (delivered === null) await fail(deps, owner, m, m.attempts + 1, 'case-missing', report);
      else if (await deps.outbox.markSent(m.id, owner, delivered)) report.sent.push(m.id);
      else report.lostLease.push(m.id);
    } catch (error) {
      await onFailure(deps, owner, m, error, now, report);
    }
  }
  return report;
}

async function deliver(deps: DispatchDeps, m: ClaimedMessage): Promise<Delivered | null> {
  const lang = (await deps.notifier.langOf?.(m.recipient)) ?? deps.defaultLang ?? 'sv';
  if (m.payload.kind === 'reporter-update') return deps.notifier.sendText(m.recipient, reporterUpdateText(m.caseId, m.payload.update, lang));
  const c = await deps.cases.get(m.caseId);
  if (!c) return null;
  const existing = m.cardActivityId && m.cardConversationId ? { conversationId: m.cardConversationId, activityId: m.cardActivityId } : undefined;
  return deps.notifier.sendCard(m.recipient, await deps.renderManagerCard(c, lang), existing);
}

async function onFailure(deps: DispatchDeps, owner: string, m: ClaimedMessage, error: unknown, now: Date, report: DispatchReport): Promise<void> {
  const attempts = m.attempts + 1;
  const step = nextAttempt(classify(error), attempts, now, deps.random(), deps.policy ?? DEFAULT_RETRY_POLICY);
  if (step.action !== 'recreate-conversation') return apply(deps, owner, m, attempts, step, label(error), now, report);
  await deps.outbox.forgetCard(m.caseId, m.recipient.aadObjectId);
  try {
    await deps.notifier.recreateConversation(m.recipient);
    await apply(deps, owner, m, attempts, { action: 'retry', at: step.at }, label(error), now, report);
  } catch (createError) {
    const next = nextAttempt(classify(createError), attempts, now, deps.random(), deps.policy ?? DEFAULT_RETRY_POLICY);
    // The new chat could not be made; try again later (with a fresh create) or give up.
    const retryAt: NextStep = next.action === 'recreate-conversation' ? { action: 'retry', at: next.at } : next;
    await apply(deps, owner, m, attempts, retryAt, label(createError), now, report);
  }
}

async function apply(deps: DispatchDeps, owner: string, m: ClaimedMessage, attempts: number, step: NextStep, error: string, now: Date, report: DispatchReport): Promise<void> {
  if (step.action === 'give-up') {
    await fail(deps, owner, m, attempts, `${error} (${step.reason})`, report);
    if (m.kind === 'manager-card') await escalate(deps, m, now, report);
    return;
  }
  if (await deps.outbox.reschedule(m.id, owner, attempts, step.at, error)) report.retried.push({ id: m.id, at: step.at.toISOString(), error });
  else report.lostLease.push(m.id);
}

async function fail(deps: DispatchDeps, owner: string, m: ClaimedMessage, attempts: number, error: string, report: DispatchReport): Promise<void> {
  if (await deps.outbox.markFailed(m.id, owner, attempts, error)) report.failed.push({ id: m.id, error });
  else report.lostLease.push(m.id);
}

/** The recipient cannot be reached: the case goes to the next in line, who gets a card, and the reporter is told. */
async function escalate(deps: DispatchDeps, m: ClaimedMessage, now: Date, report: DispatchReport): Promise<void> {
  const result = await deps.cases.update(m.caseId, (c) => escalateUnreachable(c, m.recipient.aadObjectId, now, deps.ids));
  if (result?.ok) report.escalated.push(m.caseId);
}

function classify(error: unknown): DeliveryError {
  if (!(error instanceof DeliveryFailure)) return { class: 'transient' };
  // No answer at all (network down, timeout) is worth another try.
  if (error.status === 0) return { class: 'transient' };
  return classifyStatus(error.status, error.retryAfterSeconds === undefined ? null : String(error.retryAfterSeconds));
}

/** Stored as the row's last error: a status and code, never message content. */
function label(error: unknown): string {
  if (error instanceof DeliveryFailure) return `http ${error.status}${error.code ? ` ${error.code}` : ''}`;
  return error instanceof Error ? error.name : 'unknown';
}
