import type { SubmitResult } from '../../domain/cases/submit';
import type { StoredSubmit } from '../../domain/outbox/ports';
import type { Clock } from '../../domain/ports';
import { formatCaseNumber, type NextNumber } from '../../domain/reports/case-number';
import { nextSerial } from './sequence';
import { ContentionError, getOrNull, statusOf, type Tables } from './tables';

/** A reservation older than this without a number belongs to an instance that died. */
export const RESERVATION_STALE_MS = 30_000;

/** The case number a submission key reserved: written before its case, so a retry after a crash reuses the number. */
export interface Reservation {
  caseId: string;
  serial: number;
}

/**
 * Submission keys (PartitionKey = hash of the key) and the case number each reserved. Inserted
 * once, then given its number If-Match, so every form gets one number however often and on
 * however many instances it is sent.
 */
export class Submissions {
  constructor(
    private readonly tables: Pick<Tables, 'sequences' | 'submissions'>,
    private readonly clock: Clock,
  ) {}

  /** The number already reserved for this submission, if any. */
  async reservation(submission: string): Promise<Reservation | null> {
    const row = await getOrNull<Reservation>(this.tables.submissions, submission, '');
    return row && row.serial > 0 ? { caseId: row.caseId, serial: row.serial } : null;
  }

  /**
   * Reserves the submission key first (insert-only), then takes the next number for it and
   * writes it into the reservation If-Match: of two identical submissions at the same moment,
   * one takes a number and the other waits for it, so no number is wasted. A reservation left
   * without a number (its instance died) is taken over after RESERVATION_STALE_MS.
   */
  async reserve(submission: string, wanted: { prefix: string; year: number }): Promise<Reservation> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const row = await getOrNull<Reservation & { at: string }>(this.tables.submissions, submission, '');
      if (row && row.serial > 0) return { caseId: row.caseId, serial: row.serial };
      const now = this.clock.now();
      let etag = row?.etag;
      if (!row) {
        try {
          etag = (await this.tables.submissions.createEntity({ partitionKey: submission, rowKey: '', caseId: '', serial: 0, at: now.toISOString() })).etag;
        } catch (error) {
          if (statusOf(error) === 409) continue;
          throw error;
        }
      } else if (now.getTime() - Date.parse(row.at) < RESERVATION_STALE_MS) {
        await new Promise((done) => setTimeout(done, 20));
        continue;
      }
      const serial = await nextSerial(this.tables.sequences, wanted.prefix, wanted.year);
      const caseId = formatCaseNumber(wanted.prefix, wanted.year, serial);
      try {
        await this.tables.submissions.updateEntity({ partitionKey: submission, rowKey: '', caseId, serial, at: now.toISOString() }, 'Replace', { etag });
        return { caseId, serial };
      } catch (error) {
        if (statusOf(error) !== 412) throw error;
      }
    }
    throw new ContentionError('A report submission', 200);
  }
}

/**
 * Which number sequence a valid form needs, learnt without taking a number: the domain's
 * submitReport validates the form and asks for the number before it makes anything else (ids,
 * events), so a probe that stops at the number request consumes nothing. An invalid form
 * returns its result without asking.
 */
export function numberWanted(build: (nextNumber: NextNumber) => SubmitResult): { ok: true; prefix: string; year: number } | { ok: false; result: StoredSubmit } {
  try {
    const result = build((prefix, year) => {
      throw new NumberWanted(prefix, year);
    });
    if (result.ok) throw new Error('A report was built without a case number.');
    return { ok: false, result };
  } catch (error) {
    if (error instanceof NumberWanted) return { ok: true, prefix: error.prefix, year: error.year };
    throw error;
  }
}

class NumberWanted extends Error {
  constructor(
    readonly prefix: string,
    readonly year: number,
  ) {
    super('probe');
  }
}
