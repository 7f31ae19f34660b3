import fc from 'fast-check';
import { loadKnowledgeBase } from '../../bot/infra/knowledge/load';
import { actionExecute } from '../support/activities';
import { startBot, type BotUnderTest } from '../support/bot-under-test';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { PEOPLE } from '../support/report-directory';
import { as, ReportFlow } from '../support/report-flow';
import { isServerFault } from './arbitraries';

/**
 * Report card actions with random data, over HTTP: never a 5xx, and never half a report. A submit
 * either creates one case with its events and its outbox message, or writes nothing at all; a
 * manager action on a case that does not exist writes nothing.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const seed = process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) };
const kb = loadKnowledgeBase('knowledge');

let connector: ConnectorStandIn;
let bot: BotUnderTest;
let flow: ReportFlow;
let formData: Record<string, unknown>;

beforeAll(async () => {
  connector = await ConnectorStandIn.start();
  bot = await startBot(kb, { reports: { connectorUrl: connector.url } });
  flow = new ReportFlow(bot, connector);
  formData = (await flow.openForm('Någon hotade mig i telefon nyss', 'sv-SE', 2)).data;
});

afterAll(async () => {
  await bot.stop();
  await connector.stop();
});

const TABLES = ['cases', 'case_events', 'outbox', 'case_cards'] as const;
const rows = () => Object.fromEntries(TABLES.map((t) => [t, (bot.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n])) as Record<(typeof TABLES)[number], number>;

const value = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', 'true', 'false', '08-123 456', '2026-03-02', '10:15', '🙂', '<at>Maja</at>', 'x'.repeat(5000)), fc.jsonValue());
const FIELD_NAMES = ['when.date', 'when.time', 'caller-number', 'what-was-said', 'caller-gave-name', 'safe-now', 'wants-call', 'police-called', 'flow', 'lang', 'verb', 'x'] as const;
const validThreat = { 'when.date': '', 'when.time': '', 'caller-number': '08-123 456', 'what-was-said': 'Att han skulle komma hit', 'caller-gave-name': 'false', 'safe-now': 'true', 'wants-call': 'true', 'police-called': 'false' };
/** A valid form with hostile text in it, a valid form with a few fields spoilt, or anything at all. */
const threatFields = fc.oneof(
  fc.string({ minLength: 1, maxLength: 300 }).map((said) => ({ ...validThreat, 'what-was-said': said })),
  fc.dictionary(fc.constantFrom(...FIELD_NAMES), value, { maxKeys: 3 }).map((spoilt) => ({ ...validThreat, ...spoilt })),
  fc.dictionary(fc.constantFrom(...FIELD_NAMES), value, { maxKeys: 10 }),
);

/** Clicks as Alex; true when the answer is a server fault. */
async function faultyClick(verb: string, data: unknown): Promise<boolean> {
  const res = await bot.post(as(PEOPLE.alex, actionExecute(verb, data as Record<string, unknown>, flow.opts(PEOPLE.alex))));
  return isServerFault(res.status, res.body);
}

describe('report.submit with random field values', () => {
  it('answers without a server fault and creates either a whole case or nothing', async () => {
    let created = 0;
    await fc.assert(
      fc.asyncProperty(threatFields, fc.boolean(), async (fields, keepHidden) => {
        const before = rows();
        expect(await faultyClick('report.submit', keepHidden ? { ...formData, ...fields } : fields)).toBe(false);
        const after = rows();
        const newCases = after.cases - before.cases;
        expect([0, 1]).toContain(newCases);
        if (newCases === 0) expect(after).toEqual(before);
        else {
          created++;
          expect(after.case_events).toBeGreaterThan(before.case_events);
          expect(after.outbox).toBeGreaterThan(before.outbox);
        }
      }),
      { numRuns: RUNS, ...seed },
    );
    // Some random forms must be valid, or the "whole case" half of the property is never tried.
    expect(created).toBeGreaterThan(0);
  });
});

describe('manager actions with random data', () => {
  it('answer without a server fault and write nothing for a case that does not exist', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('acknowledge', 'close', 'note', 'checklist', 'blocked', 'block-ordered', 'case.refresh'), fc.oneof(fc.object(), fc.record({ caseId: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('HOT-2026-9999', 'FOR-2026-0001')), version: fc.oneof(fc.integer(), fc.string()), note: value }, { requiredKeys: [] })), async (verb, data) => {
        const before = rows();
        expect(await faultyClick(verb, data)).toBe(false);
        expect(rows()).toEqual(before);
      }),
      { numRuns: RUNS, ...seed },
    );
  });
});
