import { AuthError, ConfidentialClientApplication, ServerError } from '@azure/msal-node';
import { authorityOptions } from './authority';
import { DirectoryAccessError, DirectoryUnavailableError } from './errors';
import { timedNetworkModule } from './timed-network';

export interface TokenSourceConfig {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  authorityHost: string;
  timeoutMs: number;
}

/** Hands out an app-only Graph access token; msal caches it until shortly before it expires. */
export type TokenSource = () => Promise<string>;

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/** Entra ID answers that mean the app registration or its secret is wrong, not that the service is down. */
const CREDENTIAL_ERRORS = new Set(['invalid_client', 'unauthorized_client', 'invalid_scope', 'invalid_request', 'invalid_grant']);

export function createTokenSource(config: TokenSourceConfig): TokenSource {
  const app = new ConfidentialClientApplication({
    auth: { clientId: config.clientId, clientSecret: config.clientSecret, ...authorityOptions(config.authorityHost, config.tenantId) },
    system: { networkClient: timedNetworkModule(config.timeoutMs) },
  });
  return async () => {
    let result;
    try {
      result = await app.acquireTokenByClientCredential({ scopes: [GRAPH_SCOPE] });
    } catch (e) {
      throw tokenError(e);
    }
    if (!result?.accessToken) throw new DirectoryUnavailableError('Entra ID returned no access token');
    return result.accessToken;
  };
}

function tokenError(e: unknown): Error {
  if (e instanceof ServerError && CREDENTIAL_ERRORS.has(e.errorCode)) {
    // The description carries only AADSTS codes and ids, no user data.
    return new DirectoryAccessError(null, `Entra ID rejected the client credentials: ${e.errorCode}, ${firstLine(e.errorMessage)}`);
  }
  return new DirectoryUnavailableError(`getting a Graph token failed: ${e instanceof AuthError ? e.errorCode : 'unknown error'}`);
}

function firstLine(text: string): string {
  return text.split(/\r?\n/u)[0] ?? '';
}
