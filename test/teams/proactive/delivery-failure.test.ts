import { DeliveryFailure } from '../../../bot/domain/outbox/ports';
import { toDeliveryFailure } from '../../../bot/teams/proactive/delivery-failure';

describe('toDeliveryFailure', () => {
  it('reads status, Retry-After and the Teams code from a connector error', () => {
    const headers = new Map([['retry-after', '12']]);
    const f = toDeliveryFailure({ statusCode: 429, response: { status: 429, headers: { get: (n: string) => headers.get(n) }, bodyAsText: '{"error":{"code":"TooManyRequests","message":"slow down"}}' } });
    expect(f).toEqual(new DeliveryFailure(429, 12, 'TooManyRequests'));
  });

  it('turns a connector that does not answer into status 0', () => {
    expect(toDeliveryFailure(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }))).toMatchObject({ status: 0 });
  });

  it('leaves our own bugs as they are', () => {
    const bug = new TypeError('x is undefined');
    expect(toDeliveryFailure(bug)).toBe(bug);
  });

  it('accepts an HTTP date as Retry-After', () => {
    const f = toDeliveryFailure({ statusCode: 503, response: { status: 503, headers: { 'retry-after': new Date(Date.now() + 30_000).toUTCString() } } });
    expect((f as DeliveryFailure).retryAfterSeconds).toBeGreaterThanOrEqual(28);
  });
});
