/** Why one send failed, as the dispatcher classifies the connector's answer. */
export type DeliveryError =
  | { class: 'throttled'; retryAfterSeconds?: number }
  | { class: 'transient' }
  | { class: 'unreachable' }
  | { class: 'conversation-gone' }
  | { class: 'permanent' };

export type NextStep =
  | { action: 'retry'; at: Date }
  /** The 1:1 conversation is gone (404): create it again with the AAD id, then send. */
  | { action: 'recreate-conversation'; at: Date }
  /** Stop trying this recipient; a manager card goes to the next in line. */
  | { action: 'give-up'; reason: 'unreachable' | 'too-many-attempts' | 'permanent' };

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Upper bound on a server's Retry-After we are willing to honour. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 1000, maxDelayMs: 5 * 60 * 1000, maxRetryAfterMs: 10 * 60 * 1000 };

/**
 * The next step after a failed send. `attempts` counts failures including this one; `random`
 * is in [0, 1) and spreads retries ("full jitter") so instances do not retry in step.
 */
export function nextAttempt(error: DeliveryError, attempts: number, now: Date, random: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): NextStep {
  if (error.class === 'unreachable') return { action: 'give-up', reason: 'unreachable' };
  if (error.class === 'permanent') return { action: 'give-up', reason: 'permanent' };
  if (attempts >= policy.maxAttempts) return { action: 'give-up', reason: 'too-many-attempts' };
  if (error.class === 'conversation-gone') {
    // A conversation that vanishes again right after being recreated will not come back.
    return attempts >= 2 ? { action: 'give-up', reason: 'unreachable' } : { action: 'recreate-conversation', at: now };
  }
  const backoff = jittered(attempts, random, policy);
  if (error.class === 'throttled' && error.retryAfterSeconds !== undefined) {
    const asked = Math.min(Math.max(0, error.retryAfterSeconds * 1000), policy.maxRetryAfterMs);
    return { action: 'retry', at: new Date(now.getTime() + asked) };
  }
  return { action: 'retry', at: new Date(now.getTime() + backoff) };
}

function jittered(attempts: number, random: number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  const r = Math.min(Math.max(random, 0), 0.999999);
  // Never zero, so a busy service always gets a little room.
  return Math.max(policy.baseDelayMs / 2, Math.floor(ceiling * r));
}

/** Maps a connector HTTP status (and Retry-After header) to an error class. */
export function classifyStatus(status: number, retryAfter?: string | null): DeliveryError {
  if (status === 429) {
    const seconds = retryAfter ? Number(retryAfter) : NaN;
    return Number.isFinite(seconds) ? { class: 'throttled', retryAfterSeconds: seconds } : { class: 'throttled' };
  }
  if (status === 403) return { class: 'unreachable' };
  if (status === 404) return { class: 'conversation-gone' };
  if (status === 412 || status === 408 || status >= 500) return { class: 'transient' };
  return { class: 'permanent' };
}
