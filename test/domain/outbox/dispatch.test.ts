import type { Case } from '../../../bot/domain/cases/case';
import { act } from '../../../bot/domain/cases/act';
import { submitReport } from '../../../bot/domain/cases/submit';
import { dispatchDue, type DispatchDeps } from '../../../bot/domain/outbox/dispatch';
import { DeliveryFailure } from '../../../bot/domain/outbox/ports';
import { SqliteCaseStore } from '../../../bot/infra/sqlite/case-store';
import { IN_MEMORY, openDatabase, type Database } from '../../../bot/infra/sqlite/database';
import { SqliteOutboxStore } from '../../../bot/infra/sqlite/outbox-store';
import { chain, dan, definition, maja, reporter, sequentialIds, threatForm } from '../cases/fixtures';
import { ScriptedNotifier } from './scripted-notifier';

const start = new Date('2026-03-02T09:40:00Z');
let now: Date;
let db: Database;
let cases: SqliteCaseStore;
let outbox: SqliteOutboxStore;
let notifier: ScriptedNotifier;
let deps: DispatchDeps;
let caseId: string;

const clock = { now: () => now };
const later = (ms: number) => new Date(now.getTime() + ms);
const round = () => dispatchDue(deps, 'test', now);
const rows = () => db.prepare('SELECT id, recipient_id, kind, state, attempts, due_at, last_error FROM outbox ORDER BY created_at, id').all() as { id: string; recipient_id: string; kind: string; state: string; attempts: number; due_at: string; last_error: string | null }[];
const current = async (): Promise<Case> => {
  const c = await cases.get(caseId);
  if (!c) throw new Error('case missing');
  return c;
};

beforeEach(async () => {
  now = start;
  db = openDatabase(IN_MEMORY);
  cases = new SqliteCaseStore(db, clock);
  outbox = new SqliteOutboxStore(db, clock);
  notifier = new ScriptedNotifier();
  const ids = sequentialIds('out');
  deps = {
    outbox,
    cases,
    notifier,
    ids,
    random: () => 0.5,
    renderManagerCard: (c, lang) => ({ caseId: c.id, state: c.state, version: c.version, lang }),
  };
  const stored = await cases.submit('form-1', (next) => submitReport(definition('phone-threat'), threatForm, reporter, chain, now, next, ids));
  if (!stored.ok) throw new Error('submit failed');
  caseId = stored.case.id;
});
afterEach(() => db.close());

describe('dispatchDue', () => {
  it('sends the manager card and the reporter confirmation, then nothing more', async () => {
    const report = await round();
    expect(report.sent).toHaveLength(2);
    expect(notifier.cardsTo(maja).map((s) => s.body)).toEqual([{ caseId, state: 'open', version: 1, lang: 'sv' }]);
    expect(notifier.textsTo(reporter)).toEqual([`Din rapport är mottagen som ärende ${caseId} och har skickats till Maja.`]);
    expect((await current()).events.map((e) => e.type)).toEqual(['created', 'delivered']);
    expect((await round()).sent).toEqual([]);
  });

  it('updates the card in place when the case changes', async () => {
    await round();
    const posted = notifier.cardsTo(maja)[0]?.result;
    // Dan (deputy) acts; Maja already has a card, so the domain queues a refresh of hers.
    await cases.update(caseId, (c) => act(c, { type: 'acknowledge' }, dan, c.version, now, { definition: definition('phone-threat'), ids: sequentialIds('act') }));
    await round();
    const cards = notifier.cardsTo(maja);
    expect(cards).toHaveLength(2);
    expect(cards[1]).toMatchObject({ existing: posted, body: { state: 'acknowledged', version: 2 } });
    expect(notifier.textsTo(reporter)[1]).toMatch(/^Dan Ersättare tar hand om ärende/);
  });

  it('waits as long as a 429 Retry-After asks', async () => {
    notifier.failNext(maja, new DeliveryFailure(429, 7, 'TooManyRequests'));
    const report = await round();
    expect(report.retried).toEqual([{ id: expect.any(String), at: later(7000).toISOString(), error: 'http 429 TooManyRequests' }]);
    expect(notifier.cardsTo(maja)).toEqual([]);
    now = later(6999);
    expect((await round()).sent).toEqual([]);
    now = later(1);
    expect((await round()).sent).toHaveLength(1);
    expect(notifier.cardsTo(maja)).toHaveLength(1);
  });

  it('backs off after a 503 and delivers when the service is back', async () => {
    notifier.failNext(maja, new DeliveryFailure(503), new DeliveryFailure(503));
    await round();
    const first = rows().find((r) => r.recipient_id === 'aad-maja');
    expect(first).toMatchObject({ state: 'pending', attempts: 1, last_error: 'http 503' });
    const firstDelay = Date.parse(first?.due_at ?? '') - now.getTime();
    now = new Date(first?.due_at ?? '');
    await round();
    const second = rows().find((r) => r.recipient_id === 'aad-maja');
    expect(second?.attempts).toBe(2);
    // Exponential: the second wait is longer than the first, and both are bounded.
    expect(Date.parse(second?.due_at ?? '') - now.getTime()).toBeGreaterThan(firstDelay);
    now = new Date(second?.due_at ?? '');
    await round();
    expect(rows().find((r) => r.recipient_id === 'aad-maja')?.state).toBe('sent');
  });

  it('treats no answer at all (network down) as worth another try', async () => {
    notifier.failNext(maja, new DeliveryFailure(0));
    await round();
    expect(rows().find((r) => r.recipient_id === 'aad-maja')).toMatchObject({ state: 'pending', attempts: 1 });
  });

  it('passes the case to the deputy and tells the reporter when the manager is unreachable (403)', async () => {
    notifier.failNext(maja, new DeliveryFailure(403, undefined, 'ConversationBlockedByUser'));
    const report = await round();
    expect(report.escalated).toEqual([caseId]);
    expect(rows().find((r) => r.recipient_id === 'aad-maja')).toMatchObject({ state: 'failed', last_error: 'http 403 ConversationBlockedByUser (unreachable)' });
    expect(await current()).toMatchObject({ assigneeIndex: 1, state: 'open' });
    await round();
    expect(notifier.cardsTo(dan)).toHaveLength(1);
    expect(notifier.textsTo(reporter)[1]).toBe(`Ärende ${caseId} har gått vidare till Dan Ersättare eftersom det gick inte att nå mottagaren i Teams.`);
  });

  it('recreates a vanished chat (404) and then delivers a new card there', async () => {
    await round();
    await cases.update(caseId, (c) => act(c, { type: 'note', text: 'x' }, dan, c.version, now, { definition: definition('phone-threat'), ids: sequentialIds('act') }));
    notifier.failNext(maja, new DeliveryFailure(404, undefined, 'ConversationNotFound'));
    const report = await round();
    expect(notifier.recreated).toEqual(['aad-maja']);
    expect(report.retried).toHaveLength(1);
    await round();
    const cards = notifier.cardsTo(maja);
    expect(cards).toHaveLength(2);
    // The old card's chat is gone: a new card is posted, not an update of the lost one.
    expect(cards[1]?.existing).toBeUndefined();
    expect(cards[1]?.result.conversationId).toBe('chat-aad-maja-2');
    expect(await outbox.cardOf(caseId, 'aad-maja')).toEqual(cards[1]?.result);
  });

  it('gives up on a chat that cannot be created and passes the case on', async () => {
    notifier.failNext(maja, new DeliveryFailure(404));
    notifier.failCreate(maja, new DeliveryFailure(403, undefined, 'BotDisabledByAdmin'));
    const report = await round();
    expect(report.escalated).toEqual([caseId]);
    expect((await current()).assigneeIndex).toBe(1);
  });

  it('gives up after the maximum number of attempts and passes the case on', async () => {
    deps = { ...deps, policy: { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 10_000, maxRetryAfterMs: 60_000 } };
    notifier.failNext(maja, new DeliveryFailure(503), new DeliveryFailure(502), new DeliveryFailure(504));
    for (let i = 0; i < 3; i++) {
      await round();
      now = later(60_000);
    }
    expect(rows().find((r) => r.recipient_id === 'aad-maja')).toMatchObject({ state: 'failed', attempts: 3, last_error: 'http 504 (too-many-attempts)' });
    expect((await current()).assigneeIndex).toBe(1);
  });

  it('gives up on a reporter update without touching the case', async () => {
    notifier.failNext(reporter, new DeliveryFailure(403));
    const report = await round();
    expect(report.failed).toHaveLength(1);
    expect(report.escalated).toEqual([]);
    expect((await current()).assigneeIndex).toBe(0);
  });

  it('does not escalate a case someone already took when a late card fails', async () => {
    await cases.update(caseId, (c) => act(c, { type: 'acknowledge' }, maja, c.version, now, { definition: definition('phone-threat'), ids: sequentialIds('act') }));
    notifier.failNext(maja, new DeliveryFailure(403));
    const report = await round();
    expect(report.escalated).toEqual([]);
    expect(await current()).toMatchObject({ assigneeIndex: 0, state: 'acknowledged' });
  });

  it('writes the reporter update in their language when known', async () => {
    deps = { ...deps, notifier: Object.assign(notifier, { langOf: async () => 'en' as const }) };
    await round();
    expect(notifier.textsTo(reporter)[0]).toBe(`Your report is registered as case ${caseId} and was sent to Maja.`);
  });
});
