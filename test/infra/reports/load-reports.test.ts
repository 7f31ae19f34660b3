import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadReportDefinitions } from '../../../bot/infra/reports/load-reports';
import { formatProblem } from '../../../bot/infra/knowledge/problem';

const real = path.join(__dirname, '../../../knowledge/reports.yaml');
let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reports-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function load(yaml: string): string[] {
  const file = path.join(dir, 'reports.yaml');
  fs.writeFileSync(file, yaml);
  return loadReportDefinitions(file, 'knowledge/reports.yaml').problems.map(formatProblem);
}

const original = fs.readFileSync(real, 'utf8');

describe('loadReportDefinitions', () => {
  it('loads the shipped reports.yaml with both flows and their time limits', () => {
    const { definitions, problems } = loadReportDefinitions(real);
    expect(problems).toEqual([]);
    expect(definitions?.flows.map((f) => [f.id, f.prefix, f.escalateAfterMinutes])).toEqual([
      ['phone-threat', 'HOT', 15],
      ['lost-phone', 'MOB', 60],
    ]);
    expect(definitions?.flows[0]?.intro.sv).toMatch(/^Vid akut fara: ring 112\. Skriv ner vad som sades, tiden och numret medan du minns\./);
    expect(definitions?.flows[1]?.actions.map((a) => a.label.sv)).toEqual(['Jag tar hand om det', 'Spärr beställd', 'Telefonen är spärrad', 'Avsluta']);
  });

  it('points at the line of a misspelt field with a hint', () => {
    const problems = load(original.replace('escalateAfterMinutes: 60', 'escalateAfterMinutez: 60'));
    expect(problems).toEqual([expect.stringMatching(/^knowledge\/reports\.yaml:\d+:5 {2}Rapportflödet "lost-phone" har ett okänt fält "escalateAfterMinutez"\. Menade du "escalateAfterMinutes"\?$/)]);
    const line = Number(problems[0]?.split(':')[1]);
    expect(original.split('\n')[line - 1]).toContain('escalateAfterMinutes: 60');
  });

  it('refuses two flows with the same case number prefix', () => {
    const problems = load(original.replace('prefix: MOB', 'prefix: HOT'));
    expect(problems).toEqual([expect.stringContaining('prefixet HOT används redan av ett annat flöde')]);
  });

  it('refuses a choice field without choices', () => {
    const problems = load(original.replace(/(- id: lost-or-stolen\n\s+kind: choice[\s\S]*?)\n\s+choices:[\s\S]*?(\n\s+- id: when)/, '$1$2'));
    expect(problems).toEqual([expect.stringContaining('fältet "lost-or-stolen" är av typen choice men saknar choices')]);
  });

  it('refuses a checklist the manager has no button for', () => {
    const problems = load(original.replace(/ {6}- id: checklist\n {8}label:\n {10}sv: Spara checklistan\n {10}en: Save checklist\n/, ''));
    expect(problems).toEqual([expect.stringContaining('har en checklista men ingen knapp checklist')]);
  });

  it('refuses an unknown field kind', () => {
    const problems = load(original.replace('kind: multiline', 'kind: essay'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('Rapportflödet "phone-threat"');
  });
});
