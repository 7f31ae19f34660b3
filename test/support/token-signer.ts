import { createHmac, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';

/** The issuer Bot Framework channel tokens carry (public cloud). */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

/** One RSA signing key as a JWKS entry, with the channels it is endorsed for. */
export interface Jwk {
  kty: 'RSA';
  use: 'sig';
  kid: string;
  n: string;
  e: string;
  endorsements?: string[];
}

export type Claims = Record<string, unknown>;

/**
 * An RSA key pair that signs JWTs the way the Bot Framework channel service does (RS256, `kid` in
 * the header). Made fresh in each test run: no key material lives in the repository.
 */
export class TokenSigner {
  readonly kid: string;
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;

  constructor(options: { kid?: string } = {}) {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
    this.kid = options.kid ?? randomUUID();
  }

  /** The public half, as the JWKS endpoint publishes it. */
  jwk(endorsements: string[] = ['msteams']): Jwk {
    const { n, e } = this.publicKey.export({ format: 'jwk' });
    return { kty: 'RSA', use: 'sig', kid: this.kid, n: n ?? '', e: e ?? '', endorsements };
  }

  /** The public key as PEM (for the algorithm-confusion attack: HS256 with the public key as secret). */
  publicPem(): string {
    return this.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  }

  /** Signs `claims` with RS256. `kid` overrides the header's key id (to forge a token under a known id). */
  sign(claims: Claims, header: { kid?: string } = {}): string {
    const input = `${b64(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: header.kid ?? this.kid }))}.${b64(JSON.stringify(claims))}`;
    return `${input}.${sign('sha256', Buffer.from(input), this.privateKey).toString('base64url')}`;
  }
}

/** A token signed with HMAC-SHA256 and `secret` (a verifier that accepted it would be broken). */
export function signHs256(claims: Claims, secret: string, kid: string): string {
  const input = `${b64(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid }))}.${b64(JSON.stringify(claims))}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

/** An unsigned token (`alg: none`). */
export function unsigned(claims: Claims, kid: string): string {
  return `${b64(JSON.stringify({ alg: 'none', typ: 'JWT', kid }))}.${b64(JSON.stringify(claims))}.`;
}

/** The claims of a channel token for `appId`, valid for an hour from `nowSeconds`, bound to `serviceUrl`. */
export function channelClaims(appId: string, serviceUrl: string, nowSeconds = Math.floor(Date.now() / 1000)): Claims {
  return { iss: CHANNEL_ISSUER, aud: appId, serviceurl: serviceUrl, nbf: nowSeconds - 60, iat: nowSeconds - 60, exp: nowSeconds + 3600 };
}

function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
