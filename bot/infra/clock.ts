import type { Clock } from '../domain/ports';

/** The real clock; the only place outside tests where "now" is read. */
export const systemClock: Clock = { now: () => new Date() };
