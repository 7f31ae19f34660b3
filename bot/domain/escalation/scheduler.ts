import type { IdSource } from '../outbox/message';
import type { CasePort } from '../outbox/ports';
import { escalateIfDue } from './escalate';

export interface EscalationDeps {
  cases: Pick<CasePort, 'dueForEscalation' | 'update'>;
  ids: IdSource;
  batchSize?: number;
}

export interface EscalationReport {
  /** Cases passed on to the next in line this round. */
  escalated: string[];
}

/**
 * Passes every case whose acknowledgement deadline has passed to the next in line. Each case is
 * re-checked under the store's write lock, since someone may have acknowledged it meanwhile.
 */
export async function escalateDue(deps: EscalationDeps, now: Date): Promise<EscalationReport> {
  const escalated: string[] = [];
  for (const due of await deps.cases.dueForEscalation(now, deps.batchSize)) {
    const result = await deps.cases.update(due.id, (c) => escalateIfDue(c, now, deps.ids));
    if (result?.ok && result.events.length > 0) escalated.push(due.id);
  }
  return { escalated };
}
