import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { actionExecute, message } from '../support/activities';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { OpenIdStandIn } from '../support/openid-stand-in';
import { tinyKb } from '../support/tiny-kb';
import { channelClaims, signHs256, TokenSigner, unsigned, type Claims } from '../support/token-signer';
import { APP_ID, nothingStored, startProductionBot, type ProductionBot } from './production-bot';

/**
 * Production mode end to end: Bot Framework JWT validation against a local OpenID metadata and
 * JWKS stand-in, with tokens signed here. Only a valid channel token gets a turn; every other
 * request is 401 and leaves no trace: no reply, no row.
 */
const trusted = new TokenSigner();
const webchatOnly = new TokenSigner();
const attacker = new TokenSigner();

let openId: OpenIdStandIn;
let connector: ConnectorStandIn;
let bot: ProductionBot;

beforeAll(async () => {
  // botbuilder prints every refused request with console.error; the assertions below say what matters.
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  openId = await OpenIdStandIn.start([trusted.jwk(['msteams']), webchatOnly.jwk(['webchat'])]);
  connector = await ConnectorStandIn.start();
  bot = await startProductionBot(tinyKb(), openId.metadataUrl);
});

afterAll(async () => {
  await bot.stop();
  await connector.stop();
  await openId.stop();
  jest.restoreAllMocks();
});

beforeEach(() => connector.clear());

const question = () => message('Hur ställer jag in röstbrevlådan?', { serviceUrl: connector.url, conversationId: `a:${randomUUID()}` });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const validClaims = (extra: Claims = {}) => ({ ...channelClaims(APP_ID, connector.url), ...extra });
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

/** Posts `activity`, expects `status`, and checks that the bot neither replied nor stored anything. */
async function expectRefused(activity: Partial<Activity>, headers: Record<string, string>, status = 401): Promise<void> {
  const res = await bot.post(activity, headers);
  expect(res.status).toBe(status);
  await settle();
  expect(connector.calls).toEqual([]);
  expect(nothingStored(bot.storedRows())).toBe(true);
}

describe('a request with a valid Bot Framework channel token', () => {
  it('is accepted, answered and recorded', async () => {
    const activity = question();
    const res = await bot.post(activity, bearer(trusted.sign(validClaims())));
    expect(res.status).toBe(200);
    const [reply] = await connector.waitForMessages(1);
    expect(reply?.conversation?.id).toBe(activity.conversation?.id);
    expect(bot.storedRows().processed_activities).toBe(1);
    expect(openId.hits.get('/v1/.well-known/keys')).toBeGreaterThanOrEqual(1);
  });

  it('makes the bot call the connector with its own token for the Bot Framework audience', async () => {
    await bot.post(question(), bearer(trusted.sign(validClaims())));
    await connector.waitForMessages(1);
    expect(bot.credentials.requests.at(-1)).toEqual({ appId: APP_ID, audience: 'https://api.botframework.com' });
  });
});

describe('a request without a valid token is refused with 401 and changes nothing', () => {
  beforeEach(() => bot.db.exec('DELETE FROM processed_activities'));

  it('no Authorization header', () => expectRefused(question(), {}));

  it('an Authorization header that is not a bearer token', () => expectRefused(question(), { authorization: 'Basic dXNlcjpwYXNz' }));

  it('a token that is not a JWT', () => expectRefused(question(), bearer('not.a.jwt')));

  it('a forged signature under the trusted key id', () => expectRefused(question(), bearer(attacker.sign(validClaims(), { kid: trusted.kid }))));

  it('a token signed by a key the metadata does not list', () => expectRefused(question(), bearer(attacker.sign(validClaims()))));

  it('an expired token', () => {
    const now = Math.floor(Date.now() / 1000);
    // botbuilder allows five minutes of clock skew, so this one expired an hour ago.
    return expectRefused(question(), bearer(trusted.sign(validClaims({ iat: now - 7200, nbf: now - 7200, exp: now - 3600 }))));
  });

  it('a token not valid until tomorrow', () => {
    const now = Math.floor(Date.now() / 1000);
    return expectRefused(question(), bearer(trusted.sign(validClaims({ nbf: now + 86_400, exp: now + 90_000 }))));
  });

  it('a token for another bot (wrong audience)', () => expectRefused(question(), bearer(trusted.sign(validClaims({ aud: '99999999-2222-3333-4444-555555555555' })))));

  it('a token bound to another serviceUrl', () => expectRefused(question(), bearer(trusted.sign(validClaims({ serviceurl: 'https://evil.example/teams/' })))));

  it('a token without a serviceUrl claim', () => expectRefused(question(), bearer(trusted.sign(validClaims({ serviceurl: undefined })))));

  it('a token from another issuer', () => expectRefused(question(), bearer(trusted.sign(validClaims({ iss: 'https://evil.example' })))));

  it('an unsigned token (alg none)', () => expectRefused(question(), bearer(unsigned(validClaims(), trusted.kid))));

  it('an HS256 token keyed with the public key (algorithm confusion)', () => expectRefused(question(), bearer(signHs256(validClaims(), trusted.publicPem(), trusted.kid))));

  it('a token signed by a key endorsed only for another channel', () => expectRefused(question(), bearer(webchatOnly.sign(validClaims()))));

  it('a card action (feedback) without a token: no vote is stored', () =>
    expectRefused(actionExecute('feedback', { topic: 'telesvar', vote: 'up', lang: 'sv' }, { serviceUrl: connector.url }), {}));
});
