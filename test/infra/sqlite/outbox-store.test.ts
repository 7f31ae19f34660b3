import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { submitReport } from '../../../bot/domain/cases/submit';
import { openDatabase, type Database } from '../../../bot/infra/sqlite/database';
import { migrations } from '../../../bot/infra/sqlite/migrations';
import { casesMigration } from '../../../bot/infra/sqlite/migrations/002-cases';
import { SqliteCaseStore } from '../../../bot/infra/sqlite/case-store';
import { SqliteOutboxStore } from '../../../bot/infra/sqlite/outbox-store';
import { chain, definition, maja, reporter, sequentialIds, threatForm } from '../../domain/cases/fixtures';

let now = new Date('2026-03-02T09:00:00Z');
const clock = { now: () => now };
let dir: string;
const open: Database[] = [];

function connect(): Database {
  const db = openDatabase(path.join(dir, 'bot.sqlite'), { migrations: [...migrations.filter((m) => m.version < casesMigration.version), casesMigration] });
  open.push(db);
  return db;
}

beforeEach(async () => {
  now = new Date('2026-03-02T09:00:00Z');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-'));
  const ids = sequentialIds('out');
  await new SqliteCaseStore(connect(), clock).submit('form-1', (next) => submitReport(definition('phone-threat'), threatForm, reporter, chain, now, next, ids));
});
afterEach(async () => {
  for (const db of open.splice(0)) if (db.open) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const later = (ms: number): Date => new Date(now.getTime() + ms);

describe('SqliteOutboxStore', () => {
  it('leases due messages to one dispatcher at a time', async () => {
    const a = new SqliteOutboxStore(connect(), clock);
    const b = new SqliteOutboxStore(connect(), clock);
    expect(await a.claimDue('a', 30_000)).toHaveLength(2);
    expect(await b.claimDue('b', 30_000)).toEqual([]);
  });

  it('lets another dispatcher take over when a lease runs out (the first one died)', async () => {
    const a = new SqliteOutboxStore(connect(), clock);
    const b = new SqliteOutboxStore(connect(), clock);
    const [card] = await a.claimDue('a', 30_000, 1);
    now = later(30_000);
    expect((await b.claimDue('b', 30_000, 1)).map((m) => m.id)).toEqual([card?.id]);
    // The first instance wakes up: its late write is ignored, the new owner's counts.
    expect(await a.markSent(card!.id, 'a', { conversationId: 'c1', activityId: 'act-1' })).toBe(false);
    expect(await b.markSent(card!.id, 'b', { conversationId: 'c1', activityId: 'act-1' })).toBe(true);
  });

  it('remembers a delivered card, logs it once, and hands its activity id to the next send', async () => {
    const db = connect();
    const outbox = new SqliteOutboxStore(db, clock);
    const [card] = await outbox.claimDue('a', 30_000, 1);
    expect(card).toMatchObject({ kind: 'manager-card', recipient: maja });
    expect(card?.cardActivityId).toBeUndefined();
    await outbox.markSent(card!.id, 'a', { conversationId: 'conv-maja', activityId: 'act-1' });
    const cases = new SqliteCaseStore(db, clock);
    expect((await cases.get('HOT-2026-0001'))?.events.map((e) => e.type)).toEqual(['created', 'delivered']);
    // A later card for the same person (e.g. after an action) updates the same activity.
    db.prepare(
      `INSERT INTO outbox (id, case_id, recipient_id, recipient, kind, payload, due_at, created_at)
       VALUES ('again', 'HOT-2026-0001', ?, ?, 'manager-card', '{"kind":"manager-card"}', ?, ?)`,
    ).run(maja.aadObjectId, JSON.stringify(maja), now.toISOString(), now.toISOString());
    const again = (await outbox.claimDue('a', 30_000)).find((m) => m.id === 'again');
    expect(again).toMatchObject({ cardActivityId: 'act-1', cardConversationId: 'conv-maja' });
    await outbox.markSent('again', 'a', { conversationId: 'conv-maja', activityId: 'act-1' });
    expect((await cases.get('HOT-2026-0001'))?.events.filter((e) => e.type === 'delivered')).toHaveLength(1);
  });

  it('reschedules a failed send and does not hand it out before it is due', async () => {
    const outbox = new SqliteOutboxStore(connect(), clock);
    const [card] = await outbox.claimDue('a', 30_000, 1);
    expect(await outbox.reschedule(card!.id, 'a', 1, later(5_000), 'HTTP 503')).toBe(true);
    expect((await outbox.claimDue('a', 30_000)).map((m) => m.id)).not.toContain(card!.id);
    now = later(5_000);
    expect(await outbox.claimDue('a', 30_000)).toMatchObject([{ id: card!.id, attempts: 1 }]);
  });

  it('marks a message failed so it is never sent again', async () => {
    const outbox = new SqliteOutboxStore(connect(), clock);
    const [card] = await outbox.claimDue('a', 1_000, 1);
    expect(await outbox.markFailed(card!.id, 'a', 1, 'HTTP 403')).toBe(true);
    now = later(60_000);
    expect((await outbox.claimDue('a', 1_000)).map((m) => m.id)).not.toContain(card!.id);
    expect(await outbox.counts()).toEqual({ pending: 1, sent: 0, failed: 1 });
  });

  it('survives a crash between claim and send: after restart the message is delivered once', async () => {
    const first = connect();
    await new SqliteOutboxStore(first, clock).claimDue('dead-instance', 30_000);
    await first.close();
    now = later(30_000);
    const outbox = new SqliteOutboxStore(connect(), clock);
    const claimed = await outbox.claimDue('new-instance', 30_000);
    expect(claimed).toHaveLength(2);
    for (const m of claimed) await outbox.markSent(m.id, 'new-instance', { conversationId: 'c', activityId: `a-${m.id}` });
    expect(await outbox.claimDue('new-instance', 30_000)).toEqual([]);
    expect(await outbox.counts()).toEqual({ pending: 0, sent: 2, failed: 0 });
  });
});
