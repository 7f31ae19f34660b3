import { DirectoryAccessError, DirectoryUnavailableError } from './errors';
import { retryAfterMs } from './retry-after';
import type { TokenSource } from './token-source';

export interface GraphClientConfig {
  graphBaseUrl: string;
  timeoutMs: number;
  /** Longest Retry-After we wait for before the one retry; a longer one fails at once. */
  maxRetryWaitMs: number;
  /** Wait before the retry when the service gave no Retry-After. */
  retryBackoffMs: number;
}

/** A found resource, or `null` when Graph answered 404 (no such user, or no manager set). */
export type GraphGet = (path: string) => Promise<Record<string, unknown> | null>;

type Attempt = { kind: 'ok'; body: Record<string, unknown> } | { kind: 'not-found' } | { kind: 'transient'; detail: string; waitMs: number | null };

/**
 * GET against Graph with the app's token. 401/403 throw DirectoryAccessError; 429, 5xx, timeouts
 * and network errors are retried once (honouring Retry-After up to `maxRetryWaitMs`), then throw
 * DirectoryUnavailableError.
 */
export function graphGetter(config: GraphClientConfig, token: TokenSource): GraphGet {
  return async (path) => {
    const first = await attempt(config, token, path);
    if (first.kind !== 'transient') return first.kind === 'ok' ? first.body : null;
    const waitMs = first.waitMs ?? config.retryBackoffMs;
    if (waitMs > config.maxRetryWaitMs) throw new DirectoryUnavailableError(first.detail, waitMs);
    await sleep(waitMs);
    const second = await attempt(config, token, path);
    if (second.kind === 'transient') throw new DirectoryUnavailableError(`${second.detail}, also on retry`, second.waitMs);
    return second.kind === 'ok' ? second.body : null;
  };
}

async function attempt(config: GraphClientConfig, token: TokenSource, path: string): Promise<Attempt> {
  const accessToken = await token();
  const signal = AbortSignal.timeout(config.timeoutMs);
  let response: Response;
  try {
    response = await fetch(`${config.graphBaseUrl}${path}`, { headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' }, signal });
  } catch {
    return { kind: 'transient', detail: signal.aborted ? `no answer within ${config.timeoutMs} ms` : 'network error', waitMs: null };
  }
  const { status } = response;
  if (status === 200) return readBody(response, config.timeoutMs);
  const code = await errorCode(response);
  if (status === 404) return { kind: 'not-found' };
  if (status === 401 || status === 403) throw new DirectoryAccessError(status, `Graph answered HTTP ${status} ${code}`.trim());
  // An HTTP-date Retry-After is wall-clock time on the server, so it is compared with the real clock.
  if (status === 429 || status >= 500) return { kind: 'transient', detail: `HTTP ${status} ${code}`.trim(), waitMs: retryAfterMs(response.headers.get('retry-after'), Date.now()) };
  throw new DirectoryUnavailableError(`unexpected HTTP ${status} from Graph`);
}

async function readBody(response: Response, timeoutMs: number): Promise<Attempt> {
  try {
    return { kind: 'ok', body: (await response.json()) as Record<string, unknown> };
  } catch {
    return { kind: 'transient', detail: `unreadable answer (or none within ${timeoutMs} ms)`, waitMs: null };
  }
}

/** Graph's error code (e.g. Authorization_RequestDenied); never the message, which may name a user. */
async function errorCode(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown } };
    return typeof body.error?.code === 'string' ? body.error.code : '';
  } catch {
    return '';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
