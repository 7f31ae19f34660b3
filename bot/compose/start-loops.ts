import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { escalateDue, type EscalationReport } from '../domain/escalation/scheduler';
import { dispatchDue, type DispatchDeps, type DispatchReport } from '../domain/outbox/dispatch';
import type { CasePort } from '../domain/outbox/ports';
import type { Clock } from '../domain/ports';
import type { Logger } from '../infra/logger';
import { startLoop, type Loop } from '../infra/loops/loop';

export interface DeliveryOptions {
  dispatch: Omit<DispatchDeps, 'cases'>;
  cases: CasePort;
  clock: Clock;
  logger: Logger;
  dispatchIntervalMs: number;
  schedulerIntervalMs: number;
  /** `manual`: no timers; the caller runs rounds with dispatchOnce/escalateOnce (tests). */
  mode?: 'auto' | 'manual';
}

/** The outbox dispatcher and the escalation scheduler. */
export interface Delivery {
  /** Something was queued: deliver now instead of at the next round (and escalate on time). */
  wake(): void;
  dispatchOnce(): Promise<DispatchReport>;
  escalateOnce(): Promise<EscalationReport>;
  /** Waits for running rounds; none starts after this. */
  stop(): Promise<void>;
}

/**
 * Starts both loops. The scheduler also wakes itself at the next due time, so an escalation
 * does not wait for a whole interval; every escalation wakes the dispatcher.
 */
export function startDelivery(o: DeliveryOptions): Delivery {
  // Several instances may share one database: each claims outbox rows under its own name.
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const deps: DispatchDeps = { ...o.dispatch, cases: o.cases };
  let dispatcher: Loop | null = null;
  let scheduler: Loop | null = null;
  let dueTimer: NodeJS.Timeout | null = null;

  const dispatchOnce = async (): Promise<DispatchReport> => {
    const report = await dispatchDue(deps, owner, o.clock.now());
    if (report.sent.length + report.retried.length + report.failed.length + report.escalated.length > 0) {
      o.logger.info({ sent: report.sent.length, retried: report.retried, failed: report.failed, escalated: report.escalated }, 'outbox round');
    }
    // An escalation after a failed delivery queued a card for the next in line.
    if (report.escalated.length > 0) dispatcher?.wake();
    return report;
  };

  const escalateOnce = async (): Promise<EscalationReport> => {
    const report = await escalateDue({ cases: o.cases, ids: o.dispatch.ids }, o.clock.now());
    if (report.escalated.length > 0) {
      o.logger.info({ escalated: report.escalated }, 'cases escalated');
      dispatcher?.wake();
    }
    await wakeAtNextDue();
    return report;
  };

  async function wakeAtNextDue(): Promise<void> {
    const next = await o.cases.nextDueAt();
    if (!scheduler || !next) return;
    const delay = Math.max(0, next.getTime() - o.clock.now().getTime());
    if (delay >= o.schedulerIntervalMs) return;
    if (dueTimer) clearTimeout(dueTimer);
    // A few milliseconds late rather than early, so the case is due when the round runs.
    dueTimer = setTimeout(() => scheduler?.wake(), delay + 5);
    dueTimer.unref();
  }

  if (o.mode !== 'manual') {
    dispatcher = startLoop('outbox', o.dispatchIntervalMs, dispatchOnce, o.logger);
    scheduler = startLoop('escalation', o.schedulerIntervalMs, escalateOnce, o.logger);
  }
  return {
    wake() {
      dispatcher?.wake();
      // A new case may be due before the scheduler's next round; a failed look-up waits for the next round.
      wakeAtNextDue().catch((error: unknown) => o.logger.warn({ err: { name: (error as Error).name } }, 'could not read the next escalation time'));
    },
    dispatchOnce,
    escalateOnce,
    async stop() {
      if (dueTimer) clearTimeout(dueTimer);
      const loops = [dispatcher, scheduler];
      dispatcher = null;
      scheduler = null;
      await Promise.all(loops.map((l) => l?.stop()));
    },
  };
}
