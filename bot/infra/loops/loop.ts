import type { Logger } from '../logger';

export interface Loop {
  /** Runs the next round now instead of after the interval (e.g. right after a report is stored). */
  wake(): void;
  /** Waits for a running round to finish; no round starts after this. */
  stop(): Promise<void>;
}

type LoopLogger = Pick<Logger, 'error'>;

/**
 * Runs `fn` now and then every `intervalMs` after the previous round ended, so rounds never
 * overlap. A failing round is logged (error name and code only: errors can quote data) and the
 * loop goes on.
 */
export function startLoop(name: string, intervalMs: number, fn: () => unknown, logger: LoopLogger): Loop {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let wakeRequested = false;
  let stopped = false;
  let failures = 0;

  const schedule = (delay: number): void => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, delay);
    // The loops must not keep a finished process (a CLI, a test) alive.
    timer.unref();
  };

  function run(): void {
    timer = null;
    if (stopped || running) return;
    wakeRequested = false;
    const round = once(name, fn, logger, () => failures++, () => (failures = 0), () => failures);
    running = round;
    // Cleared after the assignment above, even when fn fails synchronously.
    void round.then(() => {
      running = null;
      schedule(wakeRequested ? 0 : intervalMs);
    });
  }

  schedule(0);
  return {
    wake() {
      if (stopped) return;
      if (running) wakeRequested = true;
      else schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}

async function once(name: string, fn: () => unknown, logger: LoopLogger, failed: () => void, succeeded: () => void, failures: () => number): Promise<void> {
  try {
    await fn();
    succeeded();
  } catch (error) {
    failed();
    const e = error as { name?: unknown; code?: unknown } | null;
    const err = { name: typeof e?.name === 'string' ? e.name : 'unknown', code: typeof e?.code === 'string' ? e.code : undefined };
    logger.error({ loop: name, failures: failures(), err }, 'loop round failed');
  }
}
