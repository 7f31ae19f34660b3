import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DEFAULT_DB_PATH, parseReportArgs, ReportArgsError, runKbReport } from '../../bot/cli/kb-report';
import { openDatabase } from '../../bot/infra/sqlite/database';
import { SqliteQuestionLog } from '../../bot/infra/sqlite/question-log';
import { ManualClock, useTempDir } from '../infra/sqlite/fixtures';

const now = new Date('2026-11-28T12:00:00.000Z');
const daysAgo = (days: number): Date => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

async function run(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runKbReport(argv, env, {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    clock: new ManualClock(now),
  });
  return { code, out, err };
}

describe('kb:report', () => {
  const dir = useTempDir();

  async function seed(path: string): Promise<void> {
    const db = openDatabase(path);
    const log = new SqliteQuestionLog(db);
    await log.recordUnanswered({ text: 'Hur bokar jag mötesrum? Ring 070-123 45 67', lang: 'sv', reason: 'fallback', suggestions: ['sekretess'], at: daysAgo(2) });
    await log.recordUnanswered({ text: 'gammal fråga', lang: 'sv', reason: 'fallback', suggestions: [], at: daysAgo(40) });
    await log.recordUnanswered({ text: 'signatur', lang: 'sv', reason: 'none-of-these', suggestions: ['e-postsignatur'], at: daysAgo(10) });
    await log.recordFeedback({ topic: 'sekretess', vote: 'down', lang: 'sv', at: daysAgo(1) });
    db.close();
  }

  it('prints the last 30 days in Swedish', async () => {
    const path = dir.path('bot.sqlite');
    await seed(path);
    const { code, out, err } = await run(['--db', path]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain('de senaste 30 dagarna');
    expect(out).toContain('- ”Hur bokar jag mötesrum? Ring [telefon]” – 1 gång, senast 2026-11-26');
    expect(out).toContain('- ”signatur” – 1 gång');
    expect(out).toContain('- sekretess: 👎 1, 👍 0');
    expect(out).not.toContain('gammal fråga');
  });

  it('honours --days', async () => {
    const path = dir.path('bot.sqlite');
    await seed(path);
    const { out } = await run(['--days', '5', '--db', path]);
    expect(out).toContain('de senaste 5 dagarna');
    expect(out).toContain('Ingen har valt ”Inget av dessa” de senaste 5 dagarna.');
  });

  it('prints JSON with --json', async () => {
    const path = dir.path('bot.sqlite');
    await seed(path);
    const { code, out } = await run(['--json', `--db=${path}`, '--days=60']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.days).toBe(60);
    expect(json.unanswered.map((g: { text: string }) => g.text)).toEqual(['Hur bokar jag mötesrum? Ring [telefon]', 'gammal fråga']);
    expect(json.feedback).toEqual([{ topic: 'sekretess', up: 0, down: 1 }]);
  });

  it('reads the database path from DB_PATH when --db is not given', async () => {
    const path = dir.path('from-env.sqlite');
    openDatabase(path).close();
    expect((await run([], { DB_PATH: path })).out).toBe(
      'Inga obesvarade frågor de senaste 30 dagarna.\nIngen har heller valt ”Inget av dessa” eller gett ett svar 👎.\n',
    );
  });

  it('explains a missing database instead of creating an empty one', async () => {
    const path = dir.path('missing', 'bot.sqlite');
    const { code, out, err } = await run(['--db', path]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(`Det finns ingen databas på ${path}`);
    expect(err).toContain('DB_PATH');
  });

  it.each([[['--days', 'tre']], [['--days', '0']], [['--days', '99999999999']], [['--days']], [['--bogus']]])('rejects %j with usage and exit code 2', async (argv) => {
    const { code, err } = await run(argv, {});
    expect(code).toBe(2);
    expect(err).toContain('Användning: npm run kb:report');
  });

  it('runs as a command and writes only JSON to stdout', async () => {
    const path = dir.path('bot.sqlite');
    await seed(path);
    const root = join(__dirname, '..', '..');
    const out = execFileSync(join(root, 'node_modules', '.bin', 'tsx'), ['bot/cli/kb-report.ts', '--json', '--db', path], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(JSON.parse(out).noneOfThese).toHaveLength(1);
  });
});

describe('parseReportArgs', () => {
  it('defaults to 30 days and data/riktlinjeboten.sqlite', async () => {
    expect(parseReportArgs([], {})).toEqual({ days: 30, dbPath: DEFAULT_DB_PATH, json: false, help: false });
    expect(DEFAULT_DB_PATH).toBe('data/riktlinjeboten.sqlite');
  });

  it('prefers --db over DB_PATH', async () => {
    expect(parseReportArgs(['--db', 'a.sqlite'], { DB_PATH: 'b.sqlite' }).dbPath).toBe('a.sqlite');
  });

  it('throws a typed error for a bad value', async () => {
    expect(() => parseReportArgs(['--days', '-3'], {})).toThrow(ReportArgsError);
  });
});
