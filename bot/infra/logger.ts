import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured logs. Callers log ids and counts, never what a user wrote. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'riktlinjeboten' }, redact: { paths: ['text', '*.text', 'message.text'], censor: '[redacted]' } });
}
