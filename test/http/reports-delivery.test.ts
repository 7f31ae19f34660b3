import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReportDefinitions } from '../../bot/compose/compose-reports';
import type { Person } from '../../bot/domain/directory/directory';
import type { ReportDefinitions } from '../../bot/domain/reports/definition';
import { systemClock } from '../../bot/infra/clock';
import { GraphDirectory } from '../../bot/infra/directory/graph-directory';
import { loadKnowledgeBase } from '../../bot/infra/knowledge/load';
import { ManualClock, startBot, type BotUnderTest, type ReportBotOptions } from '../support/bot-under-test';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { GraphStandIn } from '../support/graph-stand-in';
import { PEOPLE, testDirectory } from '../support/report-directory';
import { ReportFlow, allCardsValid, cardOfCall, invokeCard, shownTexts } from '../support/report-flow';

/** Delivery of reports over HTTP: connector failures, escalation, restarts, Graph, and how fast it all is. */
const kb = loadKnowledgeBase('knowledge');
const { alex, megan, adele } = PEOPLE;
const lostPhone = { 'phone-number': '070-123 45 67', 'lost-or-stolen': 'stolen', 'when.date': '', 'when.time': '', where: 'Stationen', 'police-report-number': '5000-K123-26' };

let connector: ConnectorStandIn;
let dir: string;
const bots: BotUnderTest[] = [];

beforeAll(async () => {
  connector = await ConnectorStandIn.start();
});
afterAll(async () => connector.stop());
beforeEach(async () => {
  connector.clear();
  connector.recover();
  dir = mkdtempSync(join(tmpdir(), 'riktlinjeboten-reports-'));
});
afterEach(async () => {
  expect(allCardsValid(connector)).toEqual([]);
  for (const b of bots.splice(0)) await b.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function start(options: Partial<ReportBotOptions> = {}): Promise<{ bot: BotUnderTest; flow: ReportFlow }> {
  const bot = await startBot(kb, { reports: { connectorUrl: connector.url, ...options } });
  bots.push(bot);
  return { bot, flow: new ReportFlow(bot, connector) };
}

async function submit(flow: ReportFlow): Promise<{ caseId: string; submittedAt: number }> {
  const { data } = await flow.openForm('rapportera borttappad mobil');
  const submittedAt = performance.now();
  const card = invokeCard(await flow.click(alex, 'report.submit', { ...data, ...lostPhone }));
  return { caseId: /MOB-2026-\d{4}/.exec(shownTexts(card).join(' '))![0], submittedAt };
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<number> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 2));
  }
  return performance.now();
}

const managerCards = (flow: ReportFlow, p: Person = megan) => flow.cardPostsTo(p).length;

describe('delivery when Teams refuses', () => {
  it('passes the case to the deputy when the manager cannot be reached (403), and tells the reporter why', async () => {
    const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
    const { bot, flow } = await start({ clock });
    const { caseId } = await submit(flow);
    connector.failNext({ status: 403, body: { error: { code: 'BotDisabledByAdmin', message: 'blocked' } } });
    const first = await flow.dispatch();
    expect(first.escalated).toEqual([caseId]);
    await flow.dispatch();
    expect(managerCards(flow, megan)).toBe(0);
    expect(managerCards(flow, adele)).toBe(1);
    expect(shownTexts(cardOfCall(flow.cardPostsTo(adele)[0])).join(' ')).toContain('Ansvarig nu: Adele Vance');
    expect(flow.textsTo(alex)).toEqual([`Ärende ${caseId} har gått vidare till Adele Vance eftersom det gick inte att nå mottagaren i Teams.`]);
    expect((await bot.stores!.cases.get(caseId))!.events.map((e) => e.type)).toEqual(['created', 'escalated', 'delivered']);
  });

  it('waits as long as Retry-After says after a 429, then delivers once', async () => {
    const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
    const { flow } = await start({ clock });
    await submit(flow);
    // botbuilder's own HTTP client retries a 429 up to 3 times, waiting Retry-After itself; `retry-after-ms: 0`
    // makes it retry at once, so the dispatcher sees the 429 (with Teams' Retry-After) after 4 refusals.
    connector.failNext({ status: 429, headers: { 'Retry-After': '30', 'retry-after-ms': '0' } }, 4);
    const first = await flow.dispatch();
    expect(first.retried.map((r) => r.at)).toEqual(['2026-03-02T09:00:30.000Z']);
    clock.advance(29_000);
    await flow.dispatch();
    expect(managerCards(flow)).toBe(0);
    clock.advance(1_000);
    await flow.dispatch();
    await flow.dispatch();
    expect(managerCards(flow)).toBe(1);
  });
});

describe('escalation', () => {
  it('passes an unacknowledged lost-phone case to the deputy after 60 minutes and refreshes the manager card', async () => {
    const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
    const { bot, flow } = await start({ clock });
    const { caseId } = await submit(flow);
    await flow.dispatch();
    clock.advance(59 * 60_000);
    expect((await bot.reports!.delivery.escalateOnce()).escalated).toEqual([]);
    clock.advance(60_000);
    expect((await bot.reports!.delivery.escalateOnce()).escalated).toEqual([caseId]);
    await flow.dispatch();
    expect(managerCards(flow, adele)).toBe(1);
    // Megan's card is updated in place (she may still act), not posted again.
    expect(managerCards(flow, megan)).toBe(1);
    expect(connector.calls.filter((c) => c.method === 'PUT' && flow.chatsOf(megan).has(c.conversationId))).toHaveLength(1);
    expect(flow.textsTo(alex)).toEqual([`Ärende ${caseId} har gått vidare till Adele Vance eftersom ingen hann svara i tid.`]);
  });
});

describe('a restart between submit and delivery', () => {
  it('delivers the manager card exactly once from the database file after the first process is gone', async () => {
    const dbPath = join(dir, 'bot.sqlite');
    const first = await start({ dbPath, clock: systemClock, loops: 'manual' });
    const { caseId } = await submit(first.flow);
    // The first process ends before its dispatcher ever ran.
    await first.bot.stop();
    bots.splice(bots.indexOf(first.bot), 1);
    const second = await start({ dbPath, clock: systemClock, loops: 'auto', dispatchIntervalMs: 50 });
    await until(() => managerCards(second.flow) === 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(managerCards(second.flow)).toBe(1);
    expect((await second.bot.stores!.cases.get(caseId))!.events.filter((e) => e.type === 'delivered')).toHaveLength(1);
  });

  it('delivers once after the first process failed to send (503) and stopped', async () => {
    const dbPath = join(dir, 'bot.sqlite');
    const first = await start({ dbPath, clock: systemClock, loops: 'manual' });
    await submit(first.flow);
    // Without retry-after-ms botbuilder's client would back off for seconds before giving up.
    connector.failAll({ status: 503, headers: { 'retry-after-ms': '0' } });
    expect((await first.flow.dispatch()).retried).toHaveLength(1);
    await first.bot.stop();
    bots.splice(bots.indexOf(first.bot), 1);
    connector.recover();
    const second = await start({ dbPath, clock: systemClock, loops: 'auto', dispatchIntervalMs: 50 });
    await until(() => managerCards(second.flow) === 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(managerCards(second.flow)).toBe(1);
  });
});

describe('the manager from Microsoft Graph', () => {
  it('looks the manager up when the form is shown, so the submit needs no Graph call', async () => {
    const credentials = { tenantId: '11111111-2222-3333-4444-555555555555', clientId: 'riktlinjeboten-app', clientSecret: 'stand-in-secret' };
    const graph = await GraphStandIn.start(credentials);
    try {
      graph.setUsers([
        { id: alex.aadObjectId, displayName: alex.name, managerId: megan.aadObjectId },
        { id: megan.aadObjectId, displayName: megan.name, mail: 'megan@oxelosund.example' },
      ]);
      const directory = new GraphDirectory({ ...credentials, authorityHost: graph.origin, graphBaseUrl: graph.graphBaseUrl });
      const { bot, flow } = await start({ directory: { ...testDirectory(), directory } });
      const { data } = await flow.openForm('rapportera borttappad mobil');
      const lookups = graph.graphRequests().length;
      expect(lookups).toBeGreaterThan(0);
      const card = invokeCard(await flow.click(alex, 'report.submit', { ...data, ...lostPhone }));
      expect(graph.graphRequests()).toHaveLength(lookups);
      expect(shownTexts(card).join(' ')).toContain('Megan Bowen');
      expect((await bot.stores!.cases.get('MOB-2026-0001'))!.chain.map((l) => `${l.role}:${l.person.name}`)).toEqual(['manager:Megan Bowen', 'on-call:Patti Fernandez']);
    } finally {
      await graph.stop();
    }
  });
});

describe('how fast', () => {
  it('measures submit -> manager card, and missed deadline -> escalation card (real clock, real loops)', async () => {
    const definitions: ReportDefinitions = loadReportDefinitions('knowledge');
    const shortLimit = { flows: definitions.flows.map((f) => ({ ...f, escalateAfterMinutes: 0.01 })) };
    const { bot, flow } = await start({ clock: systemClock, loops: 'auto', definitions: shortLimit, schedulerIntervalMs: 15_000, dispatchIntervalMs: 1000 });
    const { caseId, submittedAt } = await submit(flow);
    const delivered = await until(() => managerCards(flow) === 1);
    const dueAt = Date.parse((await bot.stores!.cases.get(caseId))!.dueAt!);
    await until(() => managerCards(flow, adele) === 1);
    const escalatedAfterMs = Date.now() - dueAt;
    const submitToCardMs = delivered - submittedAt;
    console.info(`submit -> manager card: ${submitToCardMs.toFixed(1)} ms; missed deadline -> escalation card: ${escalatedAfterMs} ms (scheduler interval 15 s, woken at the due time)`);
    expect(submitToCardMs).toBeLessThan(1000);
    expect(escalatedAfterMs).toBeLessThan(1000);
  });
});
