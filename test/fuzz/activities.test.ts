import fc from 'fast-check';
import { feedbackData } from '../../bot/teams/card-actions';
import { actionExecute, BOT, ofType, TENANT, USER } from '../support/activities';
import { startBot, type BotUnderTest } from '../support/bot-under-test';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { tinyKb } from '../support/tiny-kb';
import { anyActivity, isServerFault } from './arbitraries';

/**
 * Property-based tests over what can arrive at /api/messages (local mode, the real HTTP stack):
 * whatever the shape, the bot answers without a 5xx, keeps running, and a card action with
 * garbage data writes nothing.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const seed = process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) };

let connector: ConnectorStandIn;
let bot: BotUnderTest;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  connector = await ConnectorStandIn.start();
  bot = await startBot(tinyKb());
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await bot.stop();
  await connector.stop();
});

const count = (table: string) => (bot.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('any activity posted to /api/messages', () => {
  it('gets an answer below 500 and never crashes the bot', async () => {
    /** 0: refused as malformed before reaching the bot. */
    const statuses: number[] = [];
    await fc.assert(
      fc.asyncProperty(anyActivity(connector.url), async (a) => {
        const res = await bot.post(a);
        statuses.push(res.status === 400 && JSON.stringify(res.body).includes('not a Bot Framework activity') ? 0 : res.status);
        if (isServerFault(res.status, res.body)) throw new Error(`status ${res.status} for ${JSON.stringify(a).slice(0, 500)}: ${JSON.stringify(res.body)}`);
      }),
      { numRuns: RUNS, ...seed },
    );
    // Most cases must reach the bot's routes, not stop at the 400 for a malformed activity.
    expect(statuses.filter((s) => s !== 0).length).toBeGreaterThan(statuses.length / 3);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    expect(unhandled).toEqual([]);
  });

  it('takes raw bodies that are not activities with a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue().map((v) => JSON.stringify(v))), async (body) => {
        const res = await bot.post(body);
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 100, ...seed },
    );
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});

describe('invokes the bot does not know', () => {
  it('answers an unsupported invoke with 400, not botbuilder’s 501', async () => {
    const res = await bot.post({ ...ofType('invoke', { serviceUrl: connector.url }), name: 'task/fetch', value: {} });
    expect(res).toEqual({ status: 400, body: { code: 'BadRequest', message: 'This invoke is not supported.' } });
  });

  it('answers a card action with an unknown verb with a message on the card', async () => {
    const res = await bot.post(actionExecute('no-such-verb', {}, { serviceUrl: connector.url }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
  });
});

describe('feedback clicks with random data', () => {
  it('store one vote for valid data and nothing at all for anything else', async () => {
    const data = fc.oneof(
      fc.record({ topic: fc.oneof(fc.constantFrom('telesvar', 'signatur'), fc.string({ maxLength: 20 })), vote: fc.oneof(fc.constantFrom('up', 'down'), fc.string({ maxLength: 5 })), lang: fc.oneof(fc.constantFrom('sv', 'en'), fc.jsonValue()) }, { requiredKeys: [] }),
      fc.jsonValue(),
    );
    let card = 0;
    await fc.assert(
      fc.asyncProperty(data, fc.boolean(), async (d, asInvoke) => {
        const before = { feedback: count('feedback'), unanswered: count('unanswered') };
        const common = { type: asInvoke ? 'invoke' : 'message', id: `fb-${card}`, serviceUrl: connector.url, channelId: 'msteams', from: USER, recipient: BOT, conversation: { id: 'a:fuzz-feedback', tenantId: TENANT }, replyToId: `card-${card++}`, locale: 'sv-SE' };
        const body = asInvoke
          ? { ...common, name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'feedback', data: d }, trigger: 'manual' } }
          : { ...common, value: typeof d === 'object' && d !== null && !Array.isArray(d) ? { ...d, verb: 'feedback' } : { verb: 'feedback', data: d } };
        const res = await bot.post(body);
        expect(isServerFault(res.status, res.body)).toBe(false);
        const valid = asInvoke || (typeof d === 'object' && d !== null && !Array.isArray(d)) ? feedbackData.safeParse(d).success : false;
        expect(count('feedback') - before.feedback).toBe(valid ? 1 : 0);
        expect(count('unanswered')).toBe(before.unanswered);
      }),
      { numRuns: 150, ...seed },
    );
  });
});
