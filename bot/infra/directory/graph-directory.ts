import type { Directory, Person } from '../../domain/directory/directory';
import type { Clock } from '../../domain/ports';
import { systemClock } from '../clock';
import type { Logger } from '../logger';
import { graphGetter, type GraphGet } from './graph/graph-client';
import { createTokenSource, type TokenSource } from './graph/token-source';
import { TtlCache } from './graph/ttl-cache';

export { DirectoryAccessError, DirectoryUnavailableError } from './graph/errors';

/** App-only access to Microsoft Graph (application permission User.Read.All, admin-consented). */
export interface GraphDirectoryConfig {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Default `https://graph.microsoft.com/v1.0`. */
  graphBaseUrl?: string;
  /** Entra ID instance; default `https://login.microsoftonline.com`. */
  authorityHost?: string;
  /** Per request, token and Graph alike; default 4000. */
  timeoutMs?: number;
  /** How long a lookup is remembered; default 10 minutes. */
  cacheTtlMs?: number;
  /** Longest Retry-After waited for before the one retry; default 2000. */
  maxRetryWaitMs?: number;
}

export interface GraphDirectoryDeps {
  clock?: Clock;
  logger?: Pick<Logger, 'warn'>;
  /** Replaces msal, e.g. to share one token source between several Graph users. */
  tokenSource?: TokenSource;
}

const USER_FIELDS = 'id,displayName,mail';
const MANAGER_FIELDS = 'id,displayName,mail,userPrincipalName';

/**
 * The manager chain from Microsoft Graph. Lookups are cached (successes only, "no manager"
 * included). Throws DirectoryAccessError (fix the app registration) or DirectoryUnavailableError
 * (transient); callers escalate to the fallback on either. Graph has no deputies.
 */
export class GraphDirectory implements Directory {
  private readonly get: GraphGet;
  private readonly cache: TtlCache<Person | null>;
  private readonly logger: Pick<Logger, 'warn'> | undefined;

  constructor(config: GraphDirectoryConfig, deps: GraphDirectoryDeps = {}) {
    const timeoutMs = config.timeoutMs ?? 4000;
    const token =
      deps.tokenSource ??
      createTokenSource({ ...config, authorityHost: config.authorityHost ?? 'https://login.microsoftonline.com', timeoutMs });
    this.get = graphGetter(
      { graphBaseUrl: (config.graphBaseUrl ?? 'https://graph.microsoft.com/v1.0').replace(/\/+$/u, ''), timeoutMs, maxRetryWaitMs: config.maxRetryWaitMs ?? 2000, retryBackoffMs: 250 },
      token,
    );
    this.cache = new TtlCache(config.cacheTtlMs ?? 10 * 60_000, deps.clock ?? systemClock);
    this.logger = deps.logger;
  }

  managerOf(aadObjectId: string): Promise<Person | null> {
    return this.cache.get(`manager:${aadObjectId.toLowerCase()}`, async () => {
      const manager = await this.get(`/users/${encodeURIComponent(aadObjectId)}/manager?$select=${MANAGER_FIELDS}`);
      if (manager && !isUser(manager)) {
        // An org contact has no Teams identity, so a report could never reach it.
        this.logger?.warn({ userId: aadObjectId, managerId: manager['id'] }, 'graph: manager is not a user; treating as no manager');
        return null;
      }
      return manager && toPerson(manager, manager['userPrincipalName']);
    });
  }

  async deputiesOf(_managerAadObjectId: string): Promise<Person[]> {
    return [];
  }

  person(aadObjectId: string): Promise<Person | null> {
    return this.cache.get(`user:${aadObjectId.toLowerCase()}`, async () => {
      const user = await this.get(`/users/${encodeURIComponent(aadObjectId)}?$select=${USER_FIELDS}`);
      return user && toPerson(user);
    });
  }
}

function isUser(resource: Record<string, unknown>): boolean {
  const type = resource['@odata.type'];
  return type === undefined || type === '#microsoft.graph.user';
}

function toPerson(resource: Record<string, unknown>, fallbackEmail?: unknown): Person | null {
  const id = resource['id'];
  if (typeof id !== 'string') return null;
  const name = typeof resource['displayName'] === 'string' ? resource['displayName'] : id;
  const email = typeof resource['mail'] === 'string' ? resource['mail'] : typeof fallbackEmail === 'string' ? fallbackEmail : undefined;
  return email ? { aadObjectId: id, name, email } : { aadObjectId: id, name };
}
