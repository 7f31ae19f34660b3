import { loadKnowledgeBase } from '../../bot/infra/knowledge/load';
import type { Stores } from '../../bot/compose/compose-store';
import { ManualClock, startBot, type BotUnderTest } from './bot-under-test';
import { ConnectorStandIn } from './connector-stand-in';
import { ReportFlow, allCardsValid } from './report-flow';

export const START = '2026-03-02T09:00:00Z';

/** What a report test works with; fresh bot and flow for every test. */
export interface ReportTestBed {
  connector: ConnectorStandIn;
  bot: BotUnderTest;
  flow: ReportFlow;
  clock: ManualClock;
  /** Invoke answers a test collected: checked against the card schema after each test, like every post. */
  answered: unknown[];
}

/**
 * Registers the jest hooks of an end-to-end report test: one connector stand-in per file, a fresh
 * bot (real HTTP stack, report flows, manual loops) per test on the real knowledge base, and after
 * each test every card posted or answered validated against Adaptive Card 1.5 and the size limit.
 */
export function useReportTestBed(options: { stores?: (clock: ManualClock) => Promise<Stores> } = {}): ReportTestBed {
  const kb = loadKnowledgeBase('knowledge');
  const bed = { clock: new ManualClock(new Date(START)), answered: [] as unknown[] } as ReportTestBed;
  beforeAll(async () => {
    bed.connector = await ConnectorStandIn.start();
  });
  afterAll(async () => bed.connector.stop());
  beforeEach(async () => {
    bed.connector.clear();
    bed.clock.set(START);
    const stores = options.stores ? await options.stores(bed.clock) : undefined;
    bed.bot = await startBot(kb, { reports: { connectorUrl: bed.connector.url, clock: bed.clock, ...(stores ? { stores } : {}) } });
    bed.flow = new ReportFlow(bed.bot, bed.connector);
  });
  afterEach(async () => {
    expect(allCardsValid(bed.connector, bed.answered)).toEqual([]);
    bed.answered.length = 0;
    await bed.bot.stop();
  });
  return bed;
}
