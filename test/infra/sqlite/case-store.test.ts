import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { act } from '../../../bot/domain/cases/act';
import { submitReport } from '../../../bot/domain/cases/submit';
import { escalateIfDue } from '../../../bot/domain/escalation/escalate';
import { openDatabase, type Database } from '../../../bot/infra/sqlite/database';
import { SqliteCaseStore } from '../../../bot/infra/sqlite/case-store';
import { SqliteOutboxStore } from '../../../bot/infra/sqlite/outbox-store';
import { chain, dan, definition, maja, reporter, sequentialIds, threatForm } from '../../domain/cases/fixtures';

const submittedAt = new Date('2026-03-02T09:00:00Z');
const clock = { now: () => submittedAt };
const ids = sequentialIds('out');
const ctx = { definition: definition('phone-threat'), ids };
let dir: string;
let file: string;
const open: Database[] = [];

function connect(): Database {
  const db = openDatabase(file);
  open.push(db);
  return db;
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cases-'));
  file = path.join(dir, 'bot.sqlite');
});
afterEach(async () => {
  for (const db of open.splice(0)) if (db.open) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function submit(store: SqliteCaseStore, key: string, form: Record<string, unknown> = threatForm) {
  return await store.submit(key, (next) => submitReport(definition('phone-threat'), form, reporter, chain, submittedAt, next, ids));
}

describe('SqliteCaseStore', () => {
  it('stores the case, its events and its outbox together', async () => {
    const db = connect();
    const store = new SqliteCaseStore(db, clock);
    const result = await submit(store, 'form-1');
    expect(result).toMatchObject({ ok: true, created: true, case: { id: 'HOT-2026-0001' } });
    expect(await store.get('HOT-2026-0001')).toEqual(result.ok ? result.case : null);
    expect(await new SqliteOutboxStore(db, clock).counts()).toEqual({ pending: 2, sent: 0, failed: 0 });
  });

  it('creates one case when the same form is submitted twice', async () => {
    const store = new SqliteCaseStore(connect(), clock);
    const first = await submit(store, 'form-1');
    const second = await submit(store, 'form-1');
    expect(second).toMatchObject({ ok: true, created: false, case: { id: 'HOT-2026-0001' }, outbox: [] });
    expect(first.ok && first.case.id).toBe('HOT-2026-0001');
    expect(await store.list()).toHaveLength(1);
    expect(await submit(store, 'form-2')).toMatchObject({ case: { id: 'HOT-2026-0002' } });
  });

  it('stores nothing and uses no number for an invalid form', async () => {
    const store = new SqliteCaseStore(connect(), clock);
    expect(await submit(store, 'bad', { 'what-was-said': '' })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await store.list()).toEqual([]);
    expect(await submit(store, 'good')).toMatchObject({ case: { id: 'HOT-2026-0001' } });
  });

  it('lets exactly one of two concurrent acknowledgements win (two connections)', async () => {
    const a = new SqliteCaseStore(connect(), clock);
    const b = new SqliteCaseStore(connect(), clock);
    await submit(a, 'form-1');
    const seenByA = (await a.get('HOT-2026-0001'))!;
    const seenByB = (await b.get('HOT-2026-0001'))!;
    const byMaja = act(seenByA, { type: 'acknowledge' }, maja, 1, submittedAt, ctx);
    const byDan = act(seenByB, { type: 'acknowledge' }, dan, 1, submittedAt, ctx);
    if (!byMaja.ok || !byDan.ok) throw new Error('both should compute a transition');
    expect(a.save(byMaja, seenByA.version)).toBe(true);
    expect(b.save(byDan, seenByB.version)).toBe(false);
    const stored = (await b.get('HOT-2026-0001'))!;
    expect(stored.acknowledgedBy).toEqual(maja);
    expect(stored.events.filter((e) => e.type === 'acknowledged')).toHaveLength(1);
  });

  it('answers the loser of an update race with who won', async () => {
    const a = new SqliteCaseStore(connect(), clock);
    const b = new SqliteCaseStore(connect(), clock);
    await submit(a, 'form-1');
    const first = await a.update('HOT-2026-0001', (c) => act(c, { type: 'acknowledge' }, maja, 1, submittedAt, ctx));
    const second = await b.update('HOT-2026-0001', (c) => act(c, { type: 'acknowledge' }, dan, 1, submittedAt, ctx));
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: false, reason: 'already-done', message: { sv: 'Redan kvitterad av Maja 10:00' } });
    expect(await a.update('NOPE-2026-0001', (c) => act(c, { type: 'acknowledge' }, maja, 1, submittedAt, ctx))).toBeNull();
  });

  it('keeps due times and pending messages across a restart', async () => {
    const first = connect();
    await submit(new SqliteCaseStore(first, clock), 'form-1');
    first.close();
    const reopened = connect();
    const store = new SqliteCaseStore(reopened, clock);
    const later = new Date('2026-03-02T09:15:00Z');
    expect(await store.nextDueAt()).toEqual(later);
    expect(await store.dueForEscalation(new Date('2026-03-02T09:14:59Z'))).toEqual([]);
    expect((await store.dueForEscalation(later)).map((c) => c.id)).toEqual(['HOT-2026-0001']);
    const claimed = await new SqliteOutboxStore(reopened, clock).claimDue('worker-1', 30_000);
    expect(claimed.map((m) => [m.kind, m.recipient.name])).toEqual([
      ['manager-card', 'Maja'],
      ['reporter-update', reporter.name],
    ]);
  });

  it('persists an escalation with its outbox, after which the case is no longer due', async () => {
    const db = connect();
    const store = new SqliteCaseStore(db, clock);
    await submit(store, 'form-1');
    const at = new Date('2026-03-02T09:15:00Z');
    const result = await store.update('HOT-2026-0001', (c) => escalateIfDue(c, at, ids));
    expect(result).toMatchObject({ ok: true, case: { assigneeIndex: 1 } });
    expect(await store.dueForEscalation(at)).toEqual([]);
    expect((await store.get('HOT-2026-0001'))?.events.map((e) => e.type)).toEqual(['created', 'escalated']);
    expect((await new SqliteOutboxStore(db, clock).counts()).pending).toBe(4);
  });

  it('refuses to change or delete audit events', async () => {
    const db = connect();
    await submit(new SqliteCaseStore(db, clock), 'form-1');
    expect(() => db.prepare("UPDATE case_events SET type = 'closed'").run()).toThrow('append-only');
    expect(() => db.prepare('DELETE FROM case_events').run()).toThrow('append-only');
    // Retention removes a whole case, events included.
    db.prepare('DELETE FROM cases').run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM case_events').get()).toEqual({ n: 0 });
  });
});
