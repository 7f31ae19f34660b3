import { composeAzureStore } from '../../bot/compose/compose-store';
import { loadKnowledgeBase } from '../../bot/infra/knowledge/load';
import { useAzurite } from '../support/azurite';
import { ManualClock, startBot, type BotUnderTest } from '../support/bot-under-test';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { PEOPLE } from '../support/report-directory';
import { ReportFlow, allCardsValid, cardOfCall, executes, invokeCard, shownTexts } from '../support/report-flow';

/** The lost-phone flow end to end over HTTP, with every store in Azure Table Storage (Azurite). */
const kb = loadKnowledgeBase('knowledge');
const { alex, megan } = PEOPLE;
const azurite = useAzurite();

let connector: ConnectorStandIn;
let bot: BotUnderTest;
let flow: ReportFlow;
const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
const answered: unknown[] = [];

beforeAll(async () => {
  connector = await ConnectorStandIn.start();
});
afterAll(async () => connector.stop());
beforeEach(async () => {
  connector.clear();
  clock.set('2026-03-02T09:00:00Z');
  const stores = await composeAzureStore(azurite.current().connectionString, azurite.current().freshPrefix(), clock);
  bot = await startBot(kb, { reports: { connectorUrl: connector.url, clock, stores } });
  flow = new ReportFlow(bot, connector);
});
afterEach(async () => {
  expect(allCardsValid(connector, answered)).toEqual([]);
  answered.length = 0;
  await bot.stop();
});

const lostPhone = { 'phone-number': '070-123 45 67', 'lost-or-stolen': 'lost', 'when.date': '2026-03-02', 'when.time': '09:30', where: 'Bussen', 'locked-with-code': 'yes' };

describe('a lost work phone, on the Azure Table Storage backend', () => {
  it('is stored once, reaches the manager, and her clicks update her card and tell the reporter', async () => {
    const { data } = await flow.openForm('rapportera borttappad mobil');
    const confirmation = invokeCard(await flow.click(alex, 'report.submit', { ...data, ...lostPhone }));
    const again = invokeCard(await flow.click(alex, 'report.submit', { ...data, ...lostPhone }));
    answered.push(confirmation, again);
    expect(shownTexts(confirmation).join(' ')).toContain('MOB-2026-0001');
    expect(shownTexts(again).join(' ')).toContain('MOB-2026-0001');
    expect(await bot.stores!.cases.list()).toHaveLength(1);

    await flow.dispatch();
    const posts = flow.cardPostsTo(megan);
    expect(posts).toHaveLength(1);
    const call = posts[0]!;
    expect(executes(cardOfCall(call)).map((a) => a.verb)).toEqual(['acknowledge', 'block-ordered', 'blocked', 'close']);
    const { activityId } = (await bot.stores!.outbox.cardOf('MOB-2026-0001', megan.aadObjectId))!;

    const step = async (verb: string, version: number) => {
      clock.advance(60_000);
      const card = invokeCard(await flow.click(megan, verb, { caseId: 'MOB-2026-0001', version }, activityId, call.conversationId));
      answered.push(card);
      await flow.dispatch();
      return card;
    };
    expect(shownTexts(await step('acknowledge', 1)).join(' ')).toContain('Kvitterad av Megan Bowen 10:01');
    const stale = invokeCard(await flow.click(megan, 'acknowledge', { caseId: 'MOB-2026-0001', version: 1 }, activityId, call.conversationId));
    answered.push(stale);
    expect(shownTexts(stale).join(' ')).toContain('Redan kvitterad');
    await step('blocked', 2);
    expect(executes(await step('close', 3))).toEqual([]);
    expect(flow.textsTo(alex)).toEqual([
      'Megan Bowen tar hand om ärende MOB-2026-0001 (10:01).',
      'Ärende MOB-2026-0001: telefonen är spärrad (Megan Bowen, 10:02).',
      'Ärende MOB-2026-0001 är avslutat av Megan Bowen (10:03).',
    ]);
    expect(flow.cardPostsTo(megan)).toHaveLength(1);
    expect((await bot.stores!.cases.get('MOB-2026-0001'))?.events.map((e) => e.type)).toEqual(['created', 'delivered', 'acknowledged', 'status', 'closed']);
    expect(await bot.stores!.outbox.counts()).toEqual({ pending: 0, sent: 4, failed: 0 });
  });
});
