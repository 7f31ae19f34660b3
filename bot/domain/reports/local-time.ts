/** Times shown to people and typed by them are Swedish local time; stored times are UTC. */
export const TIME_ZONE = 'Europe/Stockholm';

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export function localParts(at: Date): LocalParts & { second: number } {
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(partsFormat.formatToParts(at).find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "10:42" in Swedish local time. */
export function localClock(at: Date): string {
  const p = localParts(at);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** "2026-03-01 10:42" in Swedish local time. */
export function localDateTime(at: Date): string {
  const p = localParts(at);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** "2026-03-01T10:42", the value format of Input.Date + Input.Time combined. */
export function localInputValue(at: Date): string {
  return localDateTime(at).replace(' ', 'T');
}

/** The UTC instant of a Swedish wall-clock time (the earlier one when the clock is set back). */
export function fromLocal(p: LocalParts): Date {
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  let guess = asUtc;
  // Two rounds settle the offset even next to a daylight-saving switch.
  for (let i = 0; i < 2; i++) guess = asUtc - offsetMs(new Date(guess));
  return new Date(guess);
}

function offsetMs(at: Date): number {
  const p = localParts(at);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}
