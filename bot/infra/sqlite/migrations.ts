import type { Migration } from './migration';
import { questionLogMigration } from './migrations/001-question-log';
import { casesMigration } from './migrations/002-cases';
import { notCoveredReasonMigration } from './migrations/003-not-covered-reason';

export type { Migration } from './migration';

/**
 * The whole schema in order. To change it, add `migrations/NNN-what.ts` exporting a Migration
 * with the next version and append it here; never edit or reorder a step that has been released.
 */
export const migrations: readonly Migration[] = [questionLogMigration, casesMigration, notCoveredReasonMigration];
