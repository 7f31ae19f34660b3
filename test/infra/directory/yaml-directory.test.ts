import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assigneeChain } from '../../../bot/domain/directory/directory';
import { formatProblem } from '../../../bot/infra/knowledge/problem';
import { loadYamlDirectory, loadYamlDirectoryOrThrow } from '../../../bot/infra/directory/yaml-directory';

const real = path.join(__dirname, '../../../knowledge/directory.yaml');
const ALEX = '00000000-0000-0000-0000-0000000000020';
let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'directory-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function load(yaml: string): string[] {
  const file = path.join(dir, 'directory.yaml');
  fs.writeFileSync(file, yaml);
  return loadYamlDirectory(file, 'knowledge/directory.yaml').problems.map(formatProblem);
}

const org = `people:
  anna:
    name: Anna Andersson
    aadObjectId: 11111111-1111-1111-1111-111111111111
  maja:
    name: Maja Svensson
    aadObjectId: 22222222-2222-2222-2222-222222222222
  dan:
    name: Dan Ek
    aadObjectId: 33333333-3333-3333-3333-333333333333
  kim:
    name: Kim Berg
    aadObjectId: 44444444-4444-4444-4444-444444444444
  tib:
    name: Tjänsteman i beredskap
    aadObjectId: 55555555-5555-5555-5555-555555555555
units:
  - id: kanslienheten
    name: Kanslienheten
    manager: maja
    deputies: [dan]
    members: [anna, dan]
    parent: forvaltningen
  - id: forvaltningen
    name: Kommunledningsförvaltningen
    manager: kim
fallback:
  onCall:
    title: { sv: Tjänsteman i beredskap, en: Duty officer }
    people: [tib]
admins: [dan]
`;

describe('YamlDirectory', () => {
  it('gives the simulator user Alex Wilber a manager, so a report works out of the box', async () => {
    const directory = loadYamlDirectoryOrThrow(real);
    expect(await directory.managerOf(ALEX)).toMatchObject({ name: 'Alex Wilber' });
    const chain = await assigneeChain(ALEX, directory, directory.fallback);
    expect(chain.map((l) => [l.person.name, l.role])).toEqual([
      ['Alex Wilber', 'manager'],
      ['Megan Bowen', 'deputy'],
      ['Patti Fernandez', 'on-call'],
    ]);
  });

  it('builds the chain manager, deputy, manager’s manager, on-call from units', async () => {
    const file = path.join(dir, 'org.yaml');
    fs.writeFileSync(file, org);
    const directory = loadYamlDirectoryOrThrow(file);
    const chain = await assigneeChain('11111111-1111-1111-1111-111111111111', directory, directory.fallback);
    expect(chain.map((l) => [l.person.name, l.role])).toEqual([
      ['Maja Svensson', 'manager'],
      ['Dan Ek', 'deputy'],
      ['Kim Berg', 'skip-level'],
      ['Tjänsteman i beredskap', 'on-call'],
    ]);
    expect(directory.admins.map((a) => a.name)).toEqual(['Dan Ek']);
    expect(await directory.managerOf('99999999-9999-9999-9999-999999999999')).toBeNull();
    expect(await directory.managerOf('44444444-4444-4444-4444-444444444444')).toBeNull();
  });

  it('matches object ids regardless of letter case', async () => {
    const file = path.join(dir, 'org.yaml');
    fs.writeFileSync(file, org.replace('11111111-1111-1111-1111-111111111111', 'ABCDEF11-1111-1111-1111-111111111111'));
    const directory = loadYamlDirectoryOrThrow(file);
    expect(await directory.managerOf('abcdef11-1111-1111-1111-111111111111')).toMatchObject({ name: 'Maja Svensson' });
  });

  it('points at an unknown person with a spelling hint', () => {
    expect(load(org.replace('deputies: [dan]', 'deputies: [dann]'))).toEqual(['knowledge/directory.yaml:21:16  Personen "dann" finns inte under people. Menade du "dan"?']);
  });

  it('refuses a manager listed as a member of their own unit outside demo units', () => {
    expect(load(org.replace('members: [anna, dan]', 'members: [anna, maja]'))).toEqual([expect.stringContaining('"maja" är chef för enheten "kanslienheten" och kan inte också vara medarbetare där')]);
  });

  it('refuses a malformed object id with a line number', () => {
    const problems = load(org.replace('22222222-2222-2222-2222-222222222222', 'maja@oxelosund.se'));
    expect(problems).toEqual([expect.stringMatching(/^knowledge\/directory\.yaml:7:18 .*Objekt-id:t ska se ut som/)]);
  });

  it('refuses one person in two units', () => {
    expect(load(org.replace('    manager: kim\n', '    manager: kim\n    members: [anna]\n'))).toEqual([expect.stringContaining('"anna" är redan medarbetare i enheten "kanslienheten"')]);
  });
});
