import { randomUUID } from 'node:crypto';
import type { Activity, ConversationReference } from 'botbuilder';
import pino from 'pino';
import { actionExecute, message, TENANT } from '../support/activities';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { OpenIdStandIn } from '../support/openid-stand-in';
import { tinyKb } from '../support/tiny-kb';
import { channelClaims, TokenSigner } from '../support/token-signer';
import { APP_ID, nothingStored, OUR_TENANT, startProductionBot, type ProductionBot } from './production-bot';

/**
 * A single-tenant bot answers only its own organisation: an activity from another tenant, even
 * with a valid Bot Framework token, is ignored (200, no reply, nothing stored).
 */
const signer = new TokenSigner();
const OTHER_TENANT = '99999999-8888-7777-6666-555555555555';

let openId: OpenIdStandIn;
let connector: ConnectorStandIn;
let bot: ProductionBot;
const logLines: string[] = [];

beforeAll(async () => {
  openId = await OpenIdStandIn.start([signer.jwk()]);
  connector = await ConnectorStandIn.start();
  bot = await startProductionBot(tinyKb(), openId.metadataUrl, pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) }));
});

afterAll(async () => {
  await bot.stop();
  await connector.stop();
  await openId.stop();
});

beforeEach(() => {
  connector.clear();
  bot.db.exec('DELETE FROM processed_activities; DELETE FROM feedback; DELETE FROM unanswered');
});

const auth = () => ({ authorization: `Bearer ${signer.sign(channelClaims(APP_ID, connector.url))}` });
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
const opts = () => ({ serviceUrl: connector.url, conversationId: `a:${randomUUID()}` });

/** `activity` with its tenant fields replaced (`undefined` removes one). */
function inTenant(activity: Partial<Activity>, tenants: { channelData?: string; conversation?: string }): Partial<Activity> {
  return {
    ...activity,
    channelData: tenants.channelData === undefined ? {} : { tenant: { id: tenants.channelData } },
    conversation: { ...activity.conversation!, tenantId: tenants.conversation },
  };
}

async function expectIgnored(activity: Partial<Activity>): Promise<void> {
  const res = await bot.post(activity, auth());
  expect(res.status).toBe(200);
  await settle();
  expect(connector.calls).toEqual([]);
  expect(nothingStored(bot.storedRows())).toBe(true);
}

describe('activities from another tenant', () => {
  it('ignores a question from another tenant', () => expectIgnored(inTenant(message('Hur ställer jag in röstbrevlådan?', opts()), { channelData: OTHER_TENANT, conversation: OTHER_TENANT })));

  it('ignores a question whose conversation names another tenant than its channel data', () =>
    expectIgnored(inTenant(message('Hur ställer jag in röstbrevlådan?', opts()), { channelData: OUR_TENANT, conversation: OTHER_TENANT })));

  it('ignores a question that names no tenant at all', () => expectIgnored(inTenant(message('Hur ställer jag in röstbrevlådan?', opts()), {})));

  it('answers a card action from another tenant with an empty 200 and stores no vote', () =>
    expectIgnored(inTenant(actionExecute('feedback', { topic: 'telesvar', vote: 'up', lang: 'sv' }, opts()), { channelData: OTHER_TENANT, conversation: OTHER_TENANT })));


  it('logs the ignored activity with ids only, never its text', async () => {
    const activity = inTenant(message('Hemlig fråga om röstbrevlådan', opts()), { channelData: OTHER_TENANT, conversation: OTHER_TENANT });
    await expectIgnored(activity);
    const line = logLines.find((l) => l.includes('activity from another tenant ignored') && l.includes(activity.id!));
    expect(JSON.parse(line!)).toMatchObject({ activityId: activity.id, conversationId: activity.conversation!.id, tenants: [OTHER_TENANT] });
    expect(logLines.join('\n')).not.toContain('Hemlig');
  });
});

describe('activities from our own tenant', () => {
  it('answers a question from our tenant, whatever the case of its id', async () => {
    expect(TENANT).toBe(OUR_TENANT);
    const res = await bot.post(inTenant(message('Hur ställer jag in röstbrevlådan?', opts()), { channelData: OUR_TENANT.toUpperCase(), conversation: OUR_TENANT }), auth());
    expect(res.status).toBe(200);
    expect(await connector.waitForMessages(1)).toHaveLength(1);
    expect(bot.storedRows().processed_activities).toBe(1);
  });

  it('stores a vote from our tenant', async () => {
    const res = await bot.post(actionExecute('feedback', { topic: 'telesvar', vote: 'up', lang: 'sv' }, opts()), auth());
    expect(res.status).toBe(200);
    expect(bot.storedRows().feedback).toBe(1);
  });

  it('still runs the bot’s own proactive turns, which carry no tenant', async () => {
    const reference: Partial<ConversationReference> = { serviceUrl: connector.url, channelId: 'msteams', conversation: { id: 'a:manager-chat', isGroup: false, conversationType: 'personal', name: '' }, bot: { id: '28:bot', name: 'Bot' }, user: { id: '29:manager', name: 'Chef' } };
    await bot.adapter.continueConversationAsync(APP_ID, reference, async (context) => {
      await context.sendActivity('Nytt ärende');
    });
    expect((await connector.waitForMessages(1))[0]?.text).toBe('Nytt ärende');
  });
});
