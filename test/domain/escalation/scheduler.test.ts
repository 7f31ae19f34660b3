import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { act } from '../../../bot/domain/cases/act';
import { submitReport } from '../../../bot/domain/cases/submit';
import { escalateDue } from '../../../bot/domain/escalation/scheduler';
import { SqliteCaseStore } from '../../../bot/infra/sqlite/case-store';
import { IN_MEMORY, openDatabase, type Database } from '../../../bot/infra/sqlite/database';
import { SqliteOutboxStore } from '../../../bot/infra/sqlite/outbox-store';
import { chain, definition, lostPhoneForm, maja, reporter, sequentialIds, threatForm } from '../cases/fixtures';

const start = new Date('2026-03-02T09:40:00Z');
let now: Date;
let db: Database;
let cases: SqliteCaseStore;
const ids = sequentialIds('esc');
const minutes = (m: number) => new Date(start.getTime() + m * 60_000);

async function submit(key: string, kind: 'phone-threat' | 'lost-phone'): Promise<string> {
  const r = await cases.submit(key, (next) => submitReport(definition(kind), kind === 'phone-threat' ? threatForm : lostPhoneForm, reporter, chain, now, next, ids));
  if (!r.ok) throw new Error('submit failed');
  return r.case.id;
}

beforeEach(async () => {
  now = start;
  db = openDatabase(IN_MEMORY);
  cases = new SqliteCaseStore(db, { now: () => now });
});
afterEach(() => db.close());

describe('escalateDue', () => {
  it('passes an unacknowledged threat to the deputy after 15 minutes', async () => {
    const id = await submit('a', 'phone-threat');
    expect((await escalateDue({ cases, ids }, minutes(14.9))).escalated).toEqual([]);
    expect((await escalateDue({ cases, ids }, minutes(15))).escalated).toEqual([id]);
    expect(await cases.get(id)).toMatchObject({ assigneeIndex: 1, dueAt: minutes(30).toISOString() });
  });

  it('gives a lost phone 60 minutes', async () => {
    const id = await submit('b', 'lost-phone');
    expect((await escalateDue({ cases, ids }, minutes(59))).escalated).toEqual([]);
    expect((await escalateDue({ cases, ids }, minutes(60))).escalated).toEqual([id]);
  });

  it('queues a card for the next in line and an update for the reporter', async () => {
    await submit('a', 'phone-threat');
    const outbox = new SqliteOutboxStore(db, { now: () => minutes(15) });
    await outbox.claimDue('first', 60_000);
    now = minutes(15);
    await escalateDue({ cases, ids }, now);
    const due = (await outbox.claimDue('second', 60_000)).map((m) => [m.kind, m.recipient.name]);
    expect(due).toEqual([['manager-card', 'Dan Ersättare'], ['reporter-update', 'Rita Rapportör']]);
  });

  it('leaves a case alone that was acknowledged in time', async () => {
    const id = await submit('a', 'phone-threat');
    await cases.update(id, (c) => act(c, { type: 'acknowledge' }, maja, c.version, minutes(5), { definition: definition('phone-threat'), ids }));
    expect((await escalateDue({ cases, ids }, minutes(20))).escalated).toEqual([]);
    expect((await cases.get(id))?.assigneeIndex).toBe(0);
  });

  it('walks the whole chain and stops at the on-call fallback', async () => {
    const id = await submit('a', 'phone-threat');
    const reached: number[] = [];
    for (const m of [15, 30, 45, 60, 75]) reached.push((await escalateDue({ cases, ids }, minutes(m))).escalated.length);
    expect(reached).toEqual([1, 1, 1, 0, 0]);
    expect(await cases.get(id)).toMatchObject({ assigneeIndex: 3, dueAt: null });
  });

  it('survives a restart: due times are read from the database', async () => {
    const file = join(tmpdir(), `sched-${process.pid}-${Date.now()}.sqlite`);
    const first = openDatabase(file);
    const r = await new SqliteCaseStore(first, { now: () => start }).submit('a', (next) => submitReport(definition('phone-threat'), threatForm, reporter, chain, start, next, ids));
    first.close();
    const second = openDatabase(file);
    try {
      expect((await escalateDue({ cases: new SqliteCaseStore(second, { now: () => minutes(16) }), ids }, minutes(16))).escalated).toEqual([r.ok && r.case.id]);
    } finally {
      second.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    }
  });
});
