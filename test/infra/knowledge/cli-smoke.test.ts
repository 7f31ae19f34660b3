import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { addBrokenFile, copyValidKb, FIXTURES } from './kb-copy';

const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

function run(script: string, dir: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(TSX, [path.join(ROOT, 'bot/cli', script), dir], { cwd: ROOT, encoding: 'utf8' });
}

// One spawn per command: the logic is tested by calling the functions; this only proves the wiring.
describe('the knowledge commands', () => {
  it('kb:check prints each problem and exits 1 on a broken folder', () => {
    const kb = copyValidKb();
    try {
      addBrokenFile(kb.dir, 'unknown-report.yaml');
      const { status, stdout } = run('kb-check.ts', kb.dir);
      expect(stdout).toBe(
        'knowledge/faq/unknown-report.yaml:13:13  Okänt rapportflöde "lost-phon". Menade du "lost-phone"?\n1 fel hittades. Rätta dem och kör npm run kb:check igen.\n',
      );
      expect(status).toBe(1);
    } finally {
      kb.remove();
    }
  });

  it('kb:export prints only a JSON array of the entries', () => {
    const { status, stdout } = run('kb-export.ts', path.join(FIXTURES, 'valid'));
    expect(status).toBe(0);
    const entries = JSON.parse(stdout) as { id: string }[];
    expect(entries.map((e) => e.id)).toEqual(['epost-sekretess', 'telefon-svara', 'telefon-telesvar', 'mobil-forlorad']);
  });
});
