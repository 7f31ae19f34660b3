import { DeliveryFailure } from '../../domain/outbox/ports';

/** Teams usually answers a send in well under a second; 15 s means it is not going to. */
export const DEFAULT_SEND_TIMEOUT_MS = 15_000;

/**
 * `work`, or DeliveryFailure(0, 'SendTimeout') after `timeoutMs` (0 = wait forever). botbuilder's
 * HTTP client has no timeout of its own (the request's timeout is 0), so without this a connector
 * that never answers holds the dispatcher for good.
 *
 * The request itself is not aborted (continueConversationAsync takes no abort signal): it stays
 * open until the connector answers or drops it, and its late result is ignored. `expired` lets the
 * work stop before its next call, e.g. not post the message once a slow chat creation is over time.
 */
export async function withSendTimeout<T>(start: (expired: () => boolean) => Promise<T>, timeoutMs: number): Promise<T> {
  let expired = false;
  const work = start(() => expired);
  if (timeoutMs <= 0) return work;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      expired = true;
      reject(new DeliveryFailure(0, undefined, 'SendTimeout'));
    }, timeoutMs);
  });
  // A late rejection of `work` after the timeout must not surface as an unhandled rejection.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
