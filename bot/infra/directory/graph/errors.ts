import { DomainError } from '../../../domain/errors';

/**
 * Microsoft Graph or Entra ID refused the app (401/403 from Graph, or rejected client credentials).
 * Retrying will not help; an administrator has to fix the app registration. Callers escalate to
 * the fallback.
 */
export class DirectoryAccessError extends DomainError {
  readonly code = 'directory-access';
  constructor(
    /** Graph's HTTP status, or null when Entra ID refused the token request. */
    readonly status: number | null,
    detail: string,
  ) {
    super(`Microsoft Graph refused the bot's directory lookup (${detail}). ${status === null ? CREDENTIALS_HINT : CONSENT_HINT}`);
    this.name = 'DirectoryAccessError';
  }
}

const CONSENT_HINT =
  'Is admin consent for the application permission User.Read.All missing? An administrator grants it under ' +
  'Entra ID > App registrations > the bot > API permissions > Grant admin consent.';
const CREDENTIALS_HINT =
  'Check the tenant id, client id and client secret of the app registration, and whether the secret has expired.';

/**
 * Graph or Entra ID could not answer now (429, 5xx, timeout, network). Transient: callers escalate
 * to the fallback and may look up again later.
 */
export class DirectoryUnavailableError extends DomainError {
  readonly code = 'directory-unavailable';
  constructor(
    detail: string,
    /** How long the service asked us to wait (Retry-After), if it said. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(`Microsoft Graph is unavailable right now (${detail}). The report goes to the next in line; the lookup can be tried again later.`);
    this.name = 'DirectoryUnavailableError';
  }
}
