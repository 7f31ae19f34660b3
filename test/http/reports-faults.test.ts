import { composeDirectory } from '../../bot/compose/compose-directory';
import type { ReportsConfig } from '../../bot/config';
import type { Person } from '../../bot/domain/directory/directory';
import { loadKnowledgeBase } from '../../bot/infra/knowledge/load';
import { createLogger } from '../../bot/infra/logger';
import { ManualClock, startBot, type BotUnderTest, type ReportBotOptions } from '../support/bot-under-test';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { GraphStandIn } from '../support/graph-stand-in';
import { PEOPLE } from '../support/report-directory';
import { ReportFlow, allCardsValid, invokeCard, shownTexts } from '../support/report-flow';

/** Reports when Teams or Microsoft Graph do not answer: nothing lost, nothing shown twice that need not be. */
const kb = loadKnowledgeBase('knowledge');
const { alex, megan, patti } = PEOPLE;
const lostPhone = { 'phone-number': '070-123 45 67', 'lost-or-stolen': 'stolen', 'when.date': '', 'when.time': '', where: 'Stationen', 'police-report-number': '5000-K123-26' };
const SEND_TIMEOUT_MS = 300;

let connector: ConnectorStandIn;
const bots: BotUnderTest[] = [];

beforeAll(async () => {
  connector = await ConnectorStandIn.start();
});
afterAll(async () => connector.stop());
beforeEach(() => {
  connector.clear();
  connector.recover();
});
afterEach(async () => {
  expect(allCardsValid(connector)).toEqual([]);
  for (const b of bots.splice(0)) await b.stop();
});

async function start(options: Partial<ReportBotOptions> = {}): Promise<{ bot: BotUnderTest; flow: ReportFlow; clock: ManualClock }> {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const bot = await startBot(kb, { reports: { connectorUrl: connector.url, clock, sendTimeoutMs: SEND_TIMEOUT_MS, ...options } });
  bots.push(bot);
  return { bot, flow: new ReportFlow(bot, connector), clock };
}

async function submit(flow: ReportFlow): Promise<{ caseId: string; confirmation: string }> {
  const { data } = await flow.openForm('rapportera borttappad mobil');
  const confirmation = shownTexts(invokeCard(await flow.click(alex, 'report.submit', { ...data, ...lostPhone }))).join(' ');
  return { caseId: /MOB-2026-\d{4}/.exec(confirmation)![0], confirmation };
}

const cardPosts = (flow: ReportFlow, p: Person = megan) => flow.cardPostsTo(p).length;
const caseIdsOfCards = (flow: ReportFlow, p: Person = megan) => flow.cardPostsTo(p).map((c) => /MOB-2026-\d{4}/.exec(JSON.stringify(c.activity))?.[0]);

describe('a connector that does not answer', () => {
  it('gives up on a hung send after the send timeout, delivers the next message in the same round, and delivers the hung one once on retry', async () => {
    const { flow, clock } = await start();
    const first = await submit(flow);
    const second = await submit(flow);
    connector.hangNext();
    const started = performance.now();
    const round = await flow.dispatch();
    const roundMs = performance.now() - started;
    console.info(`dispatch round with one hung send (timeout ${SEND_TIMEOUT_MS} ms): ${roundMs.toFixed(0)} ms`);
    expect(round.retried.map((r) => r.error)).toEqual(['http 0 SendTimeout']);
    expect(round.sent).toHaveLength(1);
    // Sends are one at a time: the hung one holds the round for the timeout, not longer.
    expect(roundMs).toBeGreaterThanOrEqual(SEND_TIMEOUT_MS);
    expect(roundMs).toBeLessThan(SEND_TIMEOUT_MS + 1500);
    expect(connector.holding).toBe(1);
    // Both rows are due at the same moment, so either may be the one that hung.
    expect(caseIdsOfCards(flow)).toHaveLength(1);
    // Not due before its backoff (0.5-1 s on the first retry).
    expect((await flow.dispatch()).sent).toEqual([]);
    clock.advance(1000);
    expect((await flow.dispatch()).sent).toHaveLength(1);
    await flow.dispatch();
    expect(caseIdsOfCards(flow).sort()).toEqual([first.caseId, second.caseId].sort());
  });

  it('does not post the card when the chat was created only after the timeout, so the retry shows it once', async () => {
    const { flow, clock } = await start();
    const { caseId } = await submit(flow);
    // The first call is the new 1:1 chat with Megan; Teams creates it, but too late.
    connector.hangNext({ delayMs: SEND_TIMEOUT_MS * 2 });
    expect((await flow.dispatch()).retried).toHaveLength(1);
    await new Promise((r) => setTimeout(r, SEND_TIMEOUT_MS * 2 + 200));
    expect(cardPosts(flow)).toBe(0);
    clock.advance(1000);
    expect((await flow.dispatch()).sent).toHaveLength(1);
    expect(caseIdsOfCards(flow)).toEqual([caseId]);
  });

  it('posts a card again when Teams took the post itself only after the timeout: at least once, never lost', async () => {
    const { flow, clock } = await start();
    const first = await submit(flow);
    await flow.dispatch();
    const second = await submit(flow);
    // Megan's chat exists now, so the one call is the post; Teams accepts it after the bot stopped waiting.
    connector.hangNext({ delayMs: SEND_TIMEOUT_MS * 2 });
    expect((await flow.dispatch()).retried).toHaveLength(1);
    await new Promise((r) => setTimeout(r, SEND_TIMEOUT_MS * 2 + 200));
    clock.advance(1000);
    expect((await flow.dispatch()).sent).toHaveLength(1);
    expect(caseIdsOfCards(flow)).toEqual([first.caseId, second.caseId, second.caseId]);
  });
});

describe('Microsoft Graph down', () => {
  const credentials = { tenantId: '11111111-2222-3333-4444-555555555555', clientId: 'riktlinjeboten-app', clientSecret: 'stand-in-secret' };
  let graph: GraphStandIn;

  beforeEach(async () => {
    graph = await GraphStandIn.start(credentials);
    graph.setUsers([
      { id: alex.aadObjectId, displayName: alex.name, managerId: megan.aadObjectId },
      { id: megan.aadObjectId, displayName: megan.name, mail: 'megan@oxelosund.example' },
    ]);
  });
  afterEach(async () => graph.stop());

  /** As main.ts composes it with DIRECTORY=graph: managers from Graph, the on-call fallback from knowledge/directory.yaml. */
  function graphDirectory(clock: ManualClock) {
    const config: NonNullable<ReportsConfig['graph']> & { timeoutMs: number } = { ...credentials, authorityHost: graph.origin, graphBaseUrl: graph.graphBaseUrl, timeoutMs: 300 };
    return composeDirectory('knowledge', { directory: 'graph', graph: config }, clock, createLogger('silent'));
  }

  it.each([
    ['answers 503', { status: 503, headers: { 'Retry-After': '0' } }],
    ['hangs past its timeout', { delayMs: 1000 }],
  ])('sends the report to the on-call person when Graph %s, says so, and finds the real manager once Graph is back', async (_, failure) => {
    const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
    const { bot, flow } = await start({ clock, directory: graphDirectory(clock) });
    // Down for the lookup when the form opens and for the new try at submit (each: one call and one retry).
    graph.failNext(failure, 4);
    const down = await submit(flow);
    expect(down.confirmation).toContain('Patti Fernandez');
    expect((await bot.stores!.cases.get(down.caseId))!.chain.map((l) => `${l.role}:${l.person.name}`)).toEqual(['on-call:Patti Fernandez']);
    await flow.dispatch();
    expect(caseIdsOfCards(flow, patti)).toEqual([down.caseId]);

    const up = await submit(flow);
    expect(up.confirmation).toContain('Megan Bowen');
    expect((await bot.stores!.cases.get(up.caseId))!.chain.map((l) => `${l.role}:${l.person.name}`)).toEqual(['manager:Megan Bowen', 'on-call:Patti Fernandez']);
    await flow.dispatch();
    expect(caseIdsOfCards(flow, megan)).toEqual([up.caseId]);
    expect(caseIdsOfCards(flow, patti)).toEqual([down.caseId]);
  });
});
