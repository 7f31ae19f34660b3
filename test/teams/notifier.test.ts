import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConversationReference } from 'botbuilder';
import type { Person } from '../../bot/domain/directory/directory';
import { DeliveryFailure } from '../../bot/domain/outbox/ports';
import { TeamsNotifier, type ConversationRefStore } from '../../bot/teams/notifier';
import { ConnectorStandIn } from '../support/connector-stand-in';

const TENANT = '00000000-0000-0000-0000-0000000000001';
const maja: Person = { aadObjectId: '00000000-0000-0000-0000-0000000000021', name: 'Megan Bowen' };
const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'HOT-2026-0001' }] };

class MemoryRefs implements ConversationRefStore {
  readonly refs = new Map<string, Partial<ConversationReference>>();
  async get(id: string) {
    return this.refs.get(id.toLowerCase()) ?? null;
  }
  async upsert(id: string, ref: Partial<ConversationReference>) {
    this.refs.set(id.toLowerCase(), ref);
  }
}

/** As in local mode: no app id, so no tokens are fetched or checked. */
const anonymousAdapter = () => new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));

let connector: ConnectorStandIn;
let refs: MemoryRefs;
let notifier: TeamsNotifier;

beforeAll(async () => {
  connector = await ConnectorStandIn.start();
});
afterAll(async () => connector.stop());
beforeEach(async () => {
  connector.clear();
  connector.recover();
  refs = new MemoryRefs();
  // Anonymous, as in local mode: no app id, no tokens.
  notifier = new TeamsNotifier(anonymousAdapter(), refs, { appId: '', tenantId: TENANT, defaultServiceUrl: connector.url });
});

const failure = async (p: Promise<unknown>): Promise<DeliveryFailure> => {
  try {
    await p;
  } catch (error) {
    if (error instanceof DeliveryFailure) return error;
    throw error;
  }
  throw new Error('expected a DeliveryFailure');
};

describe('TeamsNotifier', () => {
  it('creates a 1:1 chat with the AAD id and tenant when none is stored, posts the card there and remembers the chat', async () => {
    const sent = await notifier.sendCard(maja, card);
    const [create, post] = connector.calls;
    expect(create).toMatchObject({ kind: 'create-conversation', method: 'POST', status: 201 });
    expect(create?.body).toMatchObject({ isGroup: false, members: [{ id: maja.aadObjectId }], tenantId: TENANT, channelData: { tenant: { id: TENANT } } });
    expect(post).toMatchObject({ kind: 'activity', method: 'POST', conversationId: create?.conversationId });
    expect(connector.cards()).toEqual([card]);
    expect(sent).toEqual({ conversationId: create?.conversationId, activityId: expect.stringMatching(/^activity-/) });
    expect((await refs.get(maja.aadObjectId))?.conversation?.id).toBe(create?.conversationId);
    // The second message reuses the chat.
    await notifier.sendText(maja, 'Hej');
    expect(connector.calls.filter((c) => c.kind === 'create-conversation')).toHaveLength(1);
  });

  it('uses a stored 1:1 reference without creating a chat', async () => {
    await refs.upsert(maja.aadObjectId, { serviceUrl: connector.url, channelId: 'msteams', conversation: { id: 'a:personal-1', conversationType: 'personal', isGroup: false, name: '' }, locale: 'en-US' });
    const sent = await notifier.sendText(maja, '**Maja** [x](https://evil.example)');
    expect(connector.calls).toHaveLength(1);
    expect(connector.calls[0]).toMatchObject({ conversationId: 'a:personal-1', activity: { text: '**Maja** [x](https://evil.example)', textFormat: 'plain' } });
    expect(sent.conversationId).toBe('a:personal-1');
    expect(await notifier.langOf(maja)).toBe('en');
  });

  it('never posts into a group chat or channel it happens to have a reference for', async () => {
    await refs.upsert(maja.aadObjectId, { serviceUrl: connector.url, channelId: 'msteams', conversation: { id: '19:channel', conversationType: 'channel', isGroup: true, name: '' } });
    await notifier.sendCard(maja, card);
    expect(connector.calls.map((c) => c.kind)).toEqual(['create-conversation', 'activity']);
    expect(connector.calls[1]?.conversationId).not.toBe('19:channel');
  });

  it('updates an existing card in place', async () => {
    const first = await notifier.sendCard(maja, card);
    connector.clear();
    const updated = { ...card, body: [{ type: 'TextBlock', text: 'Kvitterad' }] };
    const again = await notifier.sendCard(maja, updated, first);
    expect(again).toEqual(first);
    expect(connector.calls).toEqual([expect.objectContaining({ method: 'PUT', conversationId: first.conversationId, activityId: first.activityId })]);
    expect(connector.cards()).toEqual([updated]);
  });

  it('reports 429 with its Retry-After once botbuilder has stopped retrying', async () => {
    await notifier.sendText(maja, 'first');
    // botbuilder's HTTP pipeline itself waits for Retry-After and retries 3 times; 0 keeps the test fast.
    connector.failNext({ status: 429, headers: { 'Retry-After': '0' } }, 4);
    const f = await failure(notifier.sendText(maja, 'again'));
    expect(f).toMatchObject({ status: 429, retryAfterSeconds: 0 });
    expect(connector.calls.filter((c) => c.status === 429)).toHaveLength(4);
  });

  it('reports 403 as unreachable with the Teams error code', async () => {
    await notifier.sendText(maja, 'first');
    connector.failNext({ status: 403, body: { error: { code: 'ConversationBlockedByUser', message: 'User blocked the conversation with the bot.' } } });
    const f = await failure(notifier.sendCard(maja, card));
    expect(f).toMatchObject({ status: 403, code: 'ConversationBlockedByUser' });
    expect(f.message).not.toContain('blocked the conversation');
  });

  it('reports a 403 when the chat cannot even be created', async () => {
    connector.failNext({ status: 403, body: { error: { code: 'BotDisabledByAdmin' } } });
    expect(await failure(notifier.sendCard(maja, card))).toMatchObject({ status: 403, code: 'BotDisabledByAdmin' });
  });

  it('reports 404 for a vanished chat, and recreates it', async () => {
    const first = await notifier.sendCard(maja, card);
    connector.failNext({ status: 404, body: { error: { code: 'ConversationNotFound' } } });
    expect(await failure(notifier.sendCard(maja, card, first))).toMatchObject({ status: 404, code: 'ConversationNotFound' });
    await notifier.recreateConversation(maja);
    const fresh = await notifier.sendCard(maja, card);
    expect(fresh.conversationId).not.toBe(first.conversationId);
    expect((await refs.get(maja.aadObjectId))?.conversation?.id).toBe(fresh.conversationId);
  });

  it('reports 503 once botbuilder has stopped retrying', async () => {
    await notifier.sendText(maja, 'first');
    connector.failAll({ status: 503, headers: { 'Retry-After': '0' } });
    expect(await failure(notifier.sendText(maja, 'again'))).toMatchObject({ status: 503 });
  });

  it('sends a 429 retried inside botbuilder only once it succeeds', async () => {
    await notifier.sendText(maja, 'first');
    connector.failNext({ status: 429, headers: { 'Retry-After': '0' } });
    await notifier.sendText(maja, 'again');
    expect(connector.messages().map((m) => m.text)).toEqual(['first', 'again']);
  });
});
