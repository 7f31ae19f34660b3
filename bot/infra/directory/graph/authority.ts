import type { NodeAuthOptions } from '@azure/msal-node';

type AuthorityOptions = Required<Pick<NodeAuthOptions, 'authority' | 'knownAuthorities' | 'authorityMetadata' | 'cloudDiscoveryMetadata'>>;

/**
 * msal-node settings for a tenant-specific authority, with the endpoint metadata given up front.
 *
 * Why not let msal discover it: for login.microsoftonline.com msal would use its built-in values
 * (the same as these), but msal insists that an authority URL is https, and the local Entra ID
 * stand-in in the tests is plain http. Giving the metadata explicitly makes msal send the token
 * request to `authorityHost` as configured, with no discovery calls, in production and in tests
 * alike. The authority URL itself only names the instance for msal's cache, so it is the https
 * form of the same host.
 */
export function authorityOptions(authorityHost: string, tenantId: string): AuthorityOptions {
  const base = new URL(authorityHost);
  const host = base.host;
  const tenantUrl = `${base.origin}/${encodeURIComponent(tenantId)}`;
  return {
    authority: `https://${host}/${encodeURIComponent(tenantId)}`,
    knownAuthorities: [host],
    authorityMetadata: JSON.stringify({
      token_endpoint: `${tenantUrl}/oauth2/v2.0/token`,
      authorization_endpoint: `${tenantUrl}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${tenantUrl}/oauth2/v2.0/logout`,
      jwks_uri: `${tenantUrl}/discovery/v2.0/keys`,
      issuer: `${tenantUrl}/v2.0`,
    }),
    cloudDiscoveryMetadata: JSON.stringify({
      tenant_discovery_endpoint: `${tenantUrl}/v2.0/.well-known/openid-configuration`,
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    }),
  };
}
