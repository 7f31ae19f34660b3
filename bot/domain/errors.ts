/**
 * Base of the domain's typed errors. Expected outcomes (a stale click, an invalid form) are
 * results, not errors; these are for broken configuration or programming mistakes, and carry a
 * message a person can act on.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
}

/** A case names a report kind that is no longer defined in knowledge/reports.yaml. */
export class UnknownReportKindError extends DomainError {
  readonly code = 'unknown-report-kind';
  constructor(readonly kind: string) {
    super(`Report kind "${kind}" is not defined in knowledge/reports.yaml. Restore the flow with that id; ids must never be renamed.`);
    this.name = 'UnknownReportKindError';
  }
}

/** Nobody at all can receive a report: no manager, and no on-call fallback configured. */
export class NoRecipientError extends DomainError {
  readonly code = 'no-recipient';
  constructor(readonly reporterId: string) {
    super(
      `No manager was found for user ${reporterId} and no on-call fallback is configured. ` +
        'Add the person to a unit in knowledge/directory.yaml, or set fallback.onCall there.',
    );
    this.name = 'NoRecipientError';
  }
}

export class CaseNotFoundError extends DomainError {
  readonly code = 'case-not-found';
  constructor(readonly caseId: string) {
    super(`Case ${caseId} does not exist (it may have been removed by the retention rule).`);
    this.name = 'CaseNotFoundError';
  }
}
