import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../../bot/domain/ports';

/** A fresh folder per test, removed afterwards; the database file goes inside. */
export function useTempDir(): { path: (...parts: string[]) => string } {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'riktlinjeboten-db-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return { path: (...parts) => join(dir, ...parts) };
}

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}

  now(): Date {
    return new Date(this.current);
  }

  set(at: Date | string): void {
    this.current = new Date(at);
  }

  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 24 * 60 * 60 * 1000);
  }
}
