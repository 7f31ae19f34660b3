import { composeAzureStore } from '../../bot/compose/compose-store';
import type { DispatchReport } from '../../bot/domain/outbox/dispatch';
import { loadKnowledgeBase } from '../../bot/infra/knowledge/load';
import { useAzurite } from '../support/azurite';
import { ManualClock, postJson, startBot, type BotUnderTest } from '../support/bot-under-test';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { PEOPLE } from '../support/report-directory';
import { ReportFlow, invokeCard, shownTexts } from '../support/report-flow';
import { startRoundRobinProxy, type RoundRobinProxy } from '../support/round-robin-proxy';

/**
 * Three bot instances sharing one Azure storage account (Azurite) behind a round-robin proxy, as
 * an App Service with three instances: every request may land on any of them, and every
 * instance runs the dispatcher and the escalation scheduler.
 */
const kb = loadKnowledgeBase('knowledge');
const { alex, megan, adele } = PEOPLE;
const azurite = useAzurite();
const INSTANCES = 3;

let connector: ConnectorStandIn;
let bots: BotUnderTest[];
let proxy: RoundRobinProxy;
let flow: ReportFlow;
const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));

/** The bot as Teams sees it: one URL (the proxy); delivery rounds run on every instance at once. */
function behindProxy(): BotUnderTest {
  const first = bots[0]!;
  return {
    url: proxy.url,
    get db(): never {
      throw new Error('Azure backend: no SQLite database');
    },
    get questionLog(): never {
      throw new Error('Azure backend: use stores.questionLog');
    },
    stores: first.stores,
    reports: {
      ...first.reports!,
      delivery: {
        ...first.reports!.delivery,
        dispatchOnce: async () => merge(await Promise.all(bots.map((b) => b.reports!.delivery.dispatchOnce()))),
      },
    },
    post: (body, headers = {}) => postJson(`${proxy.url}/api/messages`, body, headers),
    stop: async () => undefined,
  };
}

function merge(reports: DispatchReport[]): DispatchReport {
  return {
    sent: reports.flatMap((r) => r.sent),
    retried: reports.flatMap((r) => r.retried),
    failed: reports.flatMap((r) => r.failed),
    escalated: reports.flatMap((r) => r.escalated),
    lostLease: reports.flatMap((r) => r.lostLease),
  };
}

beforeAll(async () => {
  connector = await ConnectorStandIn.start();
});
afterAll(async () => connector.stop());
beforeEach(async () => {
  connector.clear();
  clock.set('2026-03-02T09:00:00Z');
  const prefix = azurite.current().freshPrefix();
  bots = [];
  for (let i = 0; i < INSTANCES; i++) {
    const stores = await composeAzureStore(azurite.current().connectionString, prefix, clock);
    bots.push(await startBot(kb, { reports: { connectorUrl: connector.url, clock, stores } }));
  }
  proxy = await startRoundRobinProxy(bots.map((b) => b.url));
  flow = new ReportFlow(behindProxy(), connector);
});
afterEach(async () => {
  await proxy.stop();
  await Promise.all(bots.map((b) => b.stop()));
});

const lostPhone = { 'phone-number': '070-123 45 67', 'lost-or-stolen': 'lost', 'when.date': '2026-03-02', 'when.time': '08:30', where: 'Bussen', 'locked-with-code': 'yes' };

/** Dispatches on all instances at once until a round sends nothing. */
async function deliverAll(): Promise<string[]> {
  const sent: string[] = [];
  for (let round = 0; round < 5; round++) {
    const report = await flow.dispatch();
    sent.push(...report.sent);
    if (report.sent.length === 0) break;
  }
  return sent;
}

describe('three instances on one storage account', () => {
  it('turns every report, each sent twice to different instances at once, into one case and one manager card', async () => {
    const forms = [];
    for (let i = 0; i < 6; i++) forms.push((await flow.openForm('rapportera borttappad mobil')).data);
    const answers = await Promise.all(forms.flatMap((data) => [1, 2].map(() => flow.click(alex, 'report.submit', { ...data, ...lostPhone }))));
    const numbers = answers.map((a) => /MOB-2026-\d{4}/.exec(shownTexts(invokeCard(a)).join(' '))?.[0]);
    expect(new Set(numbers)).toEqual(new Set(['MOB-2026-0001', 'MOB-2026-0002', 'MOB-2026-0003', 'MOB-2026-0004', 'MOB-2026-0005', 'MOB-2026-0006']));
    expect(new Set(proxy.routed)).toEqual(new Set([0, 1, 2]));

    const sent = await deliverAll();
    expect(new Set(sent).size).toBe(sent.length);
    expect(flow.cardPostsTo(megan)).toHaveLength(6);
    const stores = bots[2]!.stores!;
    expect(await stores.cases.list()).toHaveLength(6);
    expect(await stores.outbox.counts()).toEqual({ pending: 0, sent: 6, failed: 0 });
    for (const id of new Set(numbers)) {
      expect((await stores.cases.get(id!))?.events.filter((e) => e.type === 'delivered')).toHaveLength(1);
    }
  });

  it('gives one winner when the manager’s acknowledgement reaches two instances at once', async () => {
    const { data } = await flow.openForm('rapportera borttappad mobil');
    await flow.click(alex, 'report.submit', { ...data, ...lostPhone });
    await deliverAll();
    const answers = await Promise.all([1, 2].map(() => flow.click(megan, 'acknowledge', { caseId: 'MOB-2026-0001', version: 1 })));
    const shown = answers.map((a) => shownTexts(invokeCard(a)).join(' '));
    expect(shown.filter((s) => s.includes('Redan kvitterad av Megan Bowen'))).toHaveLength(1);
    expect(shown.filter((s) => s.includes('Kvitterad av Megan Bowen') && !s.includes('Redan'))).toHaveLength(1);
    await deliverAll();
    expect(flow.textsTo(alex)).toEqual(['Megan Bowen tar hand om ärende MOB-2026-0001 (10:00).']);
    expect((await bots[0]!.stores!.cases.get('MOB-2026-0001'))?.events.filter((e) => e.type === 'acknowledged')).toHaveLength(1);
  });

  it('escalates an unacknowledged case once, although every instance runs the scheduler', async () => {
    const { data } = await flow.openForm('rapportera borttappad mobil');
    await flow.click(alex, 'report.submit', { ...data, ...lostPhone });
    await deliverAll();
    clock.advance(60 * 60_000);
    const rounds = await Promise.all(bots.map((b) => b.reports!.delivery.escalateOnce()));
    expect(rounds.flatMap((r) => r.escalated)).toEqual(['MOB-2026-0001']);
    await deliverAll();
    expect(flow.cardPostsTo(adele)).toHaveLength(1);
    expect(flow.textsTo(alex)).toHaveLength(1);
  });
});
