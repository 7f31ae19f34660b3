import fc from 'fast-check';
import { message } from '../support/activities';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { OpenIdStandIn } from '../support/openid-stand-in';
import { tinyKb } from '../support/tiny-kb';
import { channelClaims, TokenSigner, unsigned } from '../support/token-signer';
import { APP_ID, startProductionBot, type ProductionBot } from '../security/production-bot';
import { anyActivity, isServerFault } from './arbitraries';

/**
 * Production mode under random input: authenticated traffic of any shape never gets a 5xx, and a
 * random or tampered Authorization header is always 401 with nothing processed or stored.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const seed = process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) };
const trusted = new TokenSigner();
const attacker = new TokenSigner();

let openId: OpenIdStandIn;
let connector: ConnectorStandIn;
let bot: ProductionBot;

beforeAll(async () => {
  // botbuilder prints every refused request with console.error.
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  openId = await OpenIdStandIn.start([trusted.jwk()]);
  connector = await ConnectorStandIn.start();
  bot = await startProductionBot(tinyKb(), openId.metadataUrl);
});

afterAll(async () => {
  await bot.stop();
  await connector.stop();
  await openId.stop();
  jest.restoreAllMocks();
});

describe('authenticated activities of any shape', () => {
  it('never get a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(anyActivity(connector.url), async (a) => {
        const serviceUrl = typeof a.serviceUrl === 'string' ? a.serviceUrl : connector.url;
        const res = await bot.post(a, { authorization: `Bearer ${trusted.sign(channelClaims(APP_ID, serviceUrl))}` });
        if (isServerFault(res.status, parse(res.text))) throw new Error(`status ${res.status} for ${JSON.stringify(a).slice(0, 500)}: ${res.text.slice(0, 300)}`);
      }),
      { numRuns: RUNS, ...seed },
    );
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});

describe('random and tampered Authorization headers', () => {
  const claims = () => channelClaims(APP_ID, connector.url);
  const header = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ maxLength: 200 }).map((s) => `Bearer ${s}`),
    fc.tuple(fc.base64String({ maxLength: 80 }), fc.base64String({ maxLength: 200 }), fc.base64String({ maxLength: 80 })).map((p) => `Bearer ${p.join('.')}`),
    fc.record({ aud: fc.oneof(fc.constant(APP_ID), fc.string()), iss: fc.oneof(fc.constant('https://api.botframework.com'), fc.string()), exp: fc.integer() }, { requiredKeys: [] }).map((c) => `Bearer ${attacker.sign({ ...claims(), ...c }, { kid: trusted.kid })}`),
    fc.constant(0).map(() => `Bearer ${unsigned(claims(), trusted.kid)}`),
    // A valid token with one character of the signature changed.
    fc.nat().map((i) => {
      const token = trusted.sign(claims());
      const at = token.lastIndexOf('.') + 1 + (i % 40);
      return `Bearer ${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`;
    }),
  );

  it('are always 401, and nothing is answered or stored', async () => {
    const before = bot.storedRows();
    const conversationId = 'a:fuzz-auth';
    await fc.assert(
      fc.asyncProperty(header, async (authorization) => {
        const res = await bot.post(message('Hur ställer jag in röstbrevlådan?', { serviceUrl: connector.url, conversationId }), { authorization });
        expect(res.status).toBe(401);
      }),
      { numRuns: RUNS, ...seed },
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(connector.calls.filter((c) => c.conversationId === conversationId)).toEqual([]);
    expect(bot.storedRows()).toEqual(before);
  });
});

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
