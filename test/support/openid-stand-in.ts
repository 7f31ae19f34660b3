import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Jwk } from './token-signer';

/**
 * A local stand-in for the Bot Framework's OpenID metadata endpoint and its JWKS
 * (`https://login.botframework.com/v1/.well-known/openidconfiguration` and `.../keys`), so
 * production-mode token validation runs end to end without the internet.
 */
export class OpenIdStandIn {
  /** How many times each path was fetched. */
  readonly hits = new Map<string, number>();

  private constructor(private readonly server: Server, readonly baseUrl: string, private keys: Jwk[]) {}

  static async start(keys: Jwk[]): Promise<OpenIdStandIn> {
    const ref: { standIn?: OpenIdStandIn } = {};
    const server = createServer((req, res) => {
      const standIn = ref.standIn!;
      const path = req.url ?? '';
      standIn.hits.set(path, (standIn.hits.get(path) ?? 0) + 1);
      const body =
        path === '/v1/.well-known/openidconfiguration'
          ? { issuer: 'https://api.botframework.com', jwks_uri: `${standIn.baseUrl}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] }
          : path === '/v1/.well-known/keys'
            ? { keys: standIn.keys }
            : null;
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body ?? { error: 'not found' }));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    ref.standIn = new OpenIdStandIn(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`, keys);
    return ref.standIn;
  }

  /** The value for BOT_OPENID_METADATA_URL. */
  get metadataUrl(): string {
    return `${this.baseUrl}/v1/.well-known/openidconfiguration`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((done) => this.server.close(() => done()));
  }
}
