import directorySchema from '../../../knowledge/schema/directory.schema.json';
import type { Localized } from '../../domain/knowledge/types';
import type { Directory, Fallback, Person } from '../../domain/directory/directory';
import { suggest } from '../knowledge/closest';
import { problemAt } from '../knowledge/locate';
import type { YamlSource } from '../knowledge/parse-yaml';
import { KnowledgeBaseInvalidError, sortProblems, type KbProblem } from '../knowledge/problem';
import { compileSchema, readYamlWithSchema } from '../reports/read-yaml-with-schema';

export interface DirectoryData {
  people: Record<string, Person>;
  units: UnitData[];
  fallback: { onCall: { title: Localized; people: string[] } };
  admins: string[];
}

export interface UnitData {
  id: string;
  name: string;
  manager: string;
  deputies: string[];
  members: string[];
  parent?: string;
  /** Only for the local simulator: the manager may be their own manager. */
  demo: boolean;
}

/** The manager directory kansliet edits in knowledge/directory.yaml. */
export class YamlDirectory implements Directory {
  private readonly keyByAad = new Map<string, string>();

  constructor(private readonly data: DirectoryData) {
    for (const [key, p] of Object.entries(data.people)) this.keyByAad.set(p.aadObjectId.toLowerCase(), key);
  }

  async managerOf(aadObjectId: string): Promise<Person | null> {
    return this.managerOfSync(aadObjectId);
  }

  async deputiesOf(managerAadObjectId: string): Promise<Person[]> {
    const key = this.keyOf(managerAadObjectId);
    const deputies = this.data.units.filter((u) => u.manager === key).flatMap((u) => u.deputies);
    return [...new Set(deputies)].flatMap((k) => this.byKey(k) ?? []);
  }

  async person(aadObjectId: string): Promise<Person | null> {
    return this.byKey(this.keyOf(aadObjectId));
  }

  /** The configured last resort (tjänsteman i beredskap) in the shape assigneeChain takes. */
  get fallback(): Fallback {
    return { onCall: this.data.fallback.onCall.people.flatMap((k) => this.byKey(k) ?? []) };
  }

  get onCallTitle(): Localized {
    return this.data.fallback.onCall.title;
  }

  /** Kansliet's administrators: may see every case. */
  get admins(): Person[] {
    return this.data.admins.flatMap((k) => this.byKey(k) ?? []);
  }

  private managerOfSync(aadObjectId: string): Person | null {
    const key = this.keyOf(aadObjectId);
    if (key === undefined) return null;
    const home = this.data.units.find((u) => u.members.includes(key) && (u.manager !== key || u.demo));
    if (home) return this.byKey(home.manager);
    // A manager's manager is the manager of the unit above.
    const led = this.data.units.find((u) => u.manager === key);
    const parent = led?.parent === undefined ? undefined : this.data.units.find((u) => u.id === led.parent);
    return parent ? this.byKey(parent.manager) : null;
  }

  private keyOf(aadObjectId: string): string | undefined {
    return this.keyByAad.get(aadObjectId.toLowerCase());
  }

  private byKey(key: string | undefined): Person | null {
    const p = key === undefined ? undefined : this.data.people[key];
    return p ? { aadObjectId: p.aadObjectId, name: p.name, ...(p.email ? { email: p.email } : {}) } : null;
  }
}

export interface DirectoryLoad {
  directory: YamlDirectory | null;
  problems: KbProblem[];
}

let validate: ReturnType<typeof compileSchema> | undefined;

/** Reads and checks knowledge/directory.yaml; every problem points at the line to fix. */
export function loadYamlDirectory(absolute: string, shown = 'knowledge/directory.yaml'): DirectoryLoad {
  validate ??= compileSchema(directorySchema);
  // The shared translator names subjects by file kind; directory paths fall back to "Filen".
  const read = readYamlWithSchema(absolute, shown, validate, 'contacts', 'people:');
  if (!read.ok) return { directory: null, problems: read.problems };
  const data = read.data as DirectoryData;
  const problems = sortProblems(referenceProblems(read.source, data));
  return problems.length > 0 ? { directory: null, problems } : { directory: new YamlDirectory(data), problems: [] };
}

export function loadYamlDirectoryOrThrow(absolute: string, shown?: string): YamlDirectory {
  const { directory, problems } = loadYamlDirectory(absolute, shown);
  if (!directory) throw new KnowledgeBaseInvalidError(problems);
  return directory;
}

function referenceProblems(source: YamlSource, data: DirectoryData): KbProblem[] {
  const known = Object.keys(data.people);
  const problems: KbProblem[] = [];
  const unknownPerson = (path: (string | number)[], key: string): void => {
    if (!(key in data.people)) problems.push(problemAt(source, path, `Personen "${key}" finns inte under people.${suggest(key, known)}`));
  };
  const unitIds = data.units.map((u) => u.id);
  const memberOf = new Map<string, string>();
  data.units.forEach((unit, i) => {
    const at = (rest: (string | number)[]): (string | number)[] => ['units', i, ...rest];
    if (unitIds.indexOf(unit.id) !== i) problems.push(problemAt(source, at(['id']), `Enheten "${unit.id}" finns redan längre upp. Varje enhet ska ha ett eget id.`));
    unknownPerson(at(['manager']), unit.manager);
    unit.deputies.forEach((k, j) => unknownPerson(at(['deputies', j]), k));
    unit.members.forEach((k, j) => {
      unknownPerson(at(['members', j]), k);
      if (k === unit.manager && !unit.demo) {
        problems.push(problemAt(source, at(['members', j]), `"${k}" är chef för enheten "${unit.id}" och kan inte också vara medarbetare där. Ta bort raden; chefens chef är chefen för enheten i parent.`));
      }
      const other = memberOf.get(k);
      if (other !== undefined) problems.push(problemAt(source, at(['members', j]), `"${k}" är redan medarbetare i enheten "${other}". En person kan bara ha en närmaste chef.`));
      memberOf.set(k, unit.id);
    });
    if (unit.parent !== undefined && !unitIds.includes(unit.parent)) {
      problems.push(problemAt(source, at(['parent']), `Enheten "${unit.parent}" finns inte.${suggest(unit.parent, unitIds)}`));
    }
  });
  data.fallback.onCall.people.forEach((k, j) => unknownPerson(['fallback', 'onCall', 'people', j], k));
  data.admins.forEach((k, j) => unknownPerson(['admins', j], k));
  const seenAad = new Map<string, string>();
  for (const [key, p] of Object.entries(data.people)) {
    const id = p.aadObjectId.toLowerCase();
    const first = seenAad.get(id);
    if (first !== undefined) problems.push(problemAt(source, ['people', key, 'aadObjectId'], `Samma objekt-id som "${first}". Varje person har ett eget objekt-id.`));
    seenAad.set(id, key);
  }
  return problems;
}
