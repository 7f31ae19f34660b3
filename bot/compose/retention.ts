import type { Clock } from '../domain/ports';
import type { Logger } from '../infra/logger';
import { DEFAULT_DEDUPE_KEEP_MS } from '../infra/sqlite/activity-dedupe';
import { RetentionDaysError, applyRetention } from '../infra/sqlite/retention';
import type { AzureStores, SqliteStores } from './compose-store';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Closed cases and their audit trail, once they are older than the municipality keeps them. */
async function forgetClosedCases(stores: SqliteStores | AzureStores, clock: Clock, days: number, logger: Logger): Promise<void> {
  if (!Number.isInteger(days) || days < 1) throw new RetentionDaysError(days);
  const cases = await stores.cases.forgetClosedBefore(new Date(clock.now().getTime() - days * DAY_MS));
  logger.info({ cases, days }, 'case retention applied');
}

/**
 * Old questions and votes (and, when given, closed cases) are deleted at start and once a day;
 * delivery keys live only a day.
 * Returns stop.
 */
export function scheduleRetention(stores: SqliteStores | AzureStores, clock: Clock, retentionDays: number, logger: Logger, caseRetentionDays?: number): () => void {
  const purge = async () => {
    if (caseRetentionDays !== undefined) await forgetClosedCases(stores, clock, caseRetentionDays, logger);
    if (stores.kind === 'sqlite') {
      const removed = applyRetention(stores.db, clock, retentionDays);
      logger.info({ removed, deliveryKeys: stores.dedupe.cleanup(), days: retentionDays }, 'retention applied');
      return;
    }
    if (!Number.isInteger(retentionDays) || retentionDays < 1) throw new RetentionDaysError(retentionDays);
    const removed = await stores.questionLog.forgetOlderThan(new Date(clock.now().getTime() - retentionDays * DAY_MS));
    const deliveryKeys = await stores.dedupe.forgetOlderThan(new Date(clock.now().getTime() - DEFAULT_DEDUPE_KEEP_MS));
    logger.info({ removed, deliveryKeys, days: retentionDays }, 'retention applied');
  };
  const run = () => purge().catch((error: unknown) => logger.error({ err: { message: (error as Error).message } }, 'retention failed'));
  void run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
