import { act } from '../../bot/domain/cases/act';
import { submitReport } from '../../bot/domain/cases/submit';
import { runCases } from '../../bot/cli/cases';
import { SqliteCaseStore } from '../../bot/infra/sqlite/case-store';
import { openDatabase } from '../../bot/infra/sqlite/database';
import { SqliteOutboxStore } from '../../bot/infra/sqlite/outbox-store';
import { chain, definition, definitions, lostPhoneForm, maja, reporter, sequentialIds, threatForm } from '../domain/cases/fixtures';
import { useTempDir } from '../infra/sqlite/fixtures';

const t0 = new Date('2026-03-02T09:40:00Z');
const ids = sequentialIds('cli');

async function run(argv: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCases(argv, env, { stdout: (t) => (out += t), stderr: (t) => (err += t), definitions: () => definitions });
  return { code, out, err };
}

describe('npm run cases', () => {
  const dir = useTempDir();
  let env: NodeJS.ProcessEnv;
  let threatId: string;

  beforeEach(async () => {
    const file = dir.path('bot.sqlite');
    env = { DB_PATH: file };
    const db = openDatabase(file);
    let now = t0;
    const cases = new SqliteCaseStore(db, { now: () => now });
    const threat = await cases.submit('a', (next) => submitReport(definition('phone-threat'), threatForm, reporter, chain, now, next, ids));
    if (!threat.ok) throw new Error('submit');
    threatId = threat.case.id;
    const outbox = new SqliteOutboxStore(db, { now: () => now });
    const card = (await outbox.claimDue('cli', 60_000)).find((m) => m.kind === 'manager-card');
    if (card) await outbox.markSent(card.id, 'cli', { conversationId: 'c1', activityId: 'a1' });
    now = new Date(t0.getTime() + 2 * 60_000);
    const ctx = { definition: definition('phone-threat'), ids };
    await cases.update(threatId, (c) => act(c, { type: 'acknowledge' }, maja, c.version, now, ctx));
    await cases.update(threatId, (c) => act(c, { type: 'checklist', items: { 'incident-recorded': true } }, maja, c.version, now, ctx));
    await cases.update(threatId, (c) => act(c, { type: 'note', text: 'Ringt upp medarbetaren.' }, maja, c.version, now, ctx));
    now = new Date(t0.getTime() + 5 * 60_000);
    await cases.submit('b', (next) => submitReport(definition('lost-phone'), lostPhoneForm, reporter, chain, now, next, ids));
    db.close();
  });

  it('lists cases newest first with kind, state, assignee, created and due', async () => {
    const { code, out } = await run(['list'], env);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^Ärende\s+Typ\s+Läge\s+Ansvarig\s+Skapat\s+Eskaleras$/);
    expect(lines[2]).toMatch(/^MOB-2026-0001\s+lost-phone\s+öppet\s+Maja\s+2026-03-02 10:45\s+2026-03-02 11:45$/);
    expect(lines[3]).toMatch(/^HOT-2026-0001\s+phone-threat\s+kvitterat\s+Maja\s+2026-03-02 10:40\s+–$/);
  });

  it('shows one case with its fields and the full audit trail with time and actor', async () => {
    const { code, out } = await run(['--', 'show', threatId.toLowerCase()], env);
    expect(code).toBe(0);
    expect(out).toContain('Ärende HOT-2026-0001 (Hot i telefon)');
    expect(out).toContain('  Vad sades?: Du ska få se, sa han.');
    expect(out).toContain('  [x] Händelsen är registrerad i incidentsystemet');
    const events = out.slice(out.indexOf('Händelser:')).trim().split('\n').slice(1).map((l) => l.trim().replace(/\s{2,}/g, ' | '));
    expect(events).toEqual([
      '2026-03-02 10:40 | Rita Rapportör | skapade ärendet',
      '2026-03-02 10:40 | Riktlinjeboten | kortet levererat till Maja',
      '2026-03-02 10:42 | Maja | kvitterade',
      '2026-03-02 10:42 | Maja | checklista: incident-recorded klar',
      '2026-03-02 10:42 | Maja | anteckning: Ringt upp medarbetaren.',
    ]);
  });

  it('says so when a case does not exist', async () => {
    expect(await run(['show', 'HOT-2026-0999'], env)).toMatchObject({ code: 1, err: 'Ärende HOT-2026-0999 finns inte.\n' });
  });

  it('explains usage for an unknown command and a missing database', async () => {
    expect(await run(['remove', 'x'], env)).toMatchObject({ code: 2, err: expect.stringContaining('npm run cases -- show <ärendenummer>') });
    expect(await run(['list'], { DB_PATH: dir.path('none.sqlite') })).toMatchObject({ code: 1, err: expect.stringContaining('Det finns ingen databas') });
  });
});
