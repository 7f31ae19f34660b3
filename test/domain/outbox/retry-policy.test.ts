import { classifyStatus, DEFAULT_RETRY_POLICY, nextAttempt } from '../../../bot/domain/outbox/retry-policy';

const now = new Date('2026-03-02T09:00:00Z');
const after = (ms: number): Date => new Date(now.getTime() + ms);

describe('classifyStatus', () => {
  it.each([
    [429, '7', { class: 'throttled', retryAfterSeconds: 7 }],
    [429, null, { class: 'throttled' }],
    [412, null, { class: 'transient' }],
    [502, null, { class: 'transient' }],
    [503, null, { class: 'transient' }],
    [504, null, { class: 'transient' }],
    [403, null, { class: 'unreachable' }],
    [404, null, { class: 'conversation-gone' }],
    [400, null, { class: 'permanent' }],
  ])('maps HTTP %i to its error class', (status, retryAfter, expected) => {
    expect(classifyStatus(status, retryAfter)).toEqual(expected);
  });
});

describe('nextAttempt', () => {
  it('waits as long as a 429 Retry-After asks', () => {
    expect(nextAttempt({ class: 'throttled', retryAfterSeconds: 30 }, 1, now, 0.5)).toEqual({ action: 'retry', at: after(30_000) });
  });

  it('caps an unreasonable Retry-After', () => {
    const step = nextAttempt({ class: 'throttled', retryAfterSeconds: 86_400 }, 1, now, 0.5);
    expect(step).toEqual({ action: 'retry', at: after(DEFAULT_RETRY_POLICY.maxRetryAfterMs) });
  });

  it('backs off exponentially with jitter on 5xx', () => {
    const delay = (attempts: number, random: number): number => {
      const step = nextAttempt({ class: 'transient' }, attempts, now, random);
      if (step.action !== 'retry') throw new Error(step.action);
      return step.at.getTime() - now.getTime();
    };
    expect(delay(1, 0.999)).toBeLessThanOrEqual(1000);
    expect(delay(4, 0.999)).toBeGreaterThan(7000);
    expect(delay(4, 0.999)).toBeLessThanOrEqual(8000);
    expect(delay(4, 0.25)).toBe(2000);
    expect(delay(4, 0)).toBe(500);
    expect(delay(7, 0.999)).toBeLessThanOrEqual(DEFAULT_RETRY_POLICY.maxDelayMs);
  });

  it('never waits longer than the maximum delay, however many attempts', () => {
    const step = nextAttempt({ class: 'transient' }, 7, now, 0.999, { ...DEFAULT_RETRY_POLICY, maxDelayMs: 10_000 });
    expect(step.action === 'retry' && step.at.getTime() - now.getTime()).toBeLessThanOrEqual(10_000);
  });

  it('gives up after the maximum number of attempts', () => {
    expect(nextAttempt({ class: 'transient' }, DEFAULT_RETRY_POLICY.maxAttempts, now, 0.5)).toEqual({ action: 'give-up', reason: 'too-many-attempts' });
    expect(nextAttempt({ class: 'throttled', retryAfterSeconds: 1 }, DEFAULT_RETRY_POLICY.maxAttempts, now, 0.5)).toEqual({ action: 'give-up', reason: 'too-many-attempts' });
  });

  it('treats 403 as unreachable at once, so the case moves to the next person', () => {
    expect(nextAttempt({ class: 'unreachable' }, 1, now, 0.5)).toEqual({ action: 'give-up', reason: 'unreachable' });
  });

  it('recreates a gone conversation once, then counts the person as unreachable', () => {
    expect(nextAttempt({ class: 'conversation-gone' }, 1, now, 0.5)).toEqual({ action: 'recreate-conversation', at: now });
    expect(nextAttempt({ class: 'conversation-gone' }, 2, now, 0.5)).toEqual({ action: 'give-up', reason: 'unreachable' });
  });

  it('does not retry a permanent error', () => {
    expect(nextAttempt({ class: 'permanent' }, 1, now, 0.5)).toEqual({ action: 'give-up', reason: 'permanent' });
  });
});
