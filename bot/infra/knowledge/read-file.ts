import fs from 'node:fs';
import { parseYaml, type YamlSource } from './parse-yaml';
import { fileProblem, type KbProblem } from './problem';
import { schemaProblems } from './schema-problems';
import { validatorFor, type KbFileKind } from './schemas';

/** Larger files are refused unread: no topic file comes near this, a hostile one might. */
export const MAX_FILE_BYTES = 1_000_000;

/** A file that parsed as YAML; `valid` tells whether it also matched its schema. */
export interface KbFile {
  kind: KbFileKind;
  source: YamlSource;
  data: unknown;
  valid: boolean;
}

export interface ReadResult {
  file: KbFile | null;
  problems: KbProblem[];
}

function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toLocaleString('sv-SE', { maximumFractionDigits: 1 });
}

const FIRST_LINE: Record<KbFileKind, string> = {
  faq: 'entries:',
  synonyms: 'groups:',
  contacts: 'contacts:',
  reports: 'flows:',
  notCovered: 'areas:',
};

/** Reads, parses and schema-checks one file. `shown` is the path used in messages. */
export function readKbFile(absolute: string, shown: string, kind: KbFileKind): ReadResult {
  const size = fs.statSync(absolute).size;
  if (size > MAX_FILE_BYTES) {
    const message = `Filen är för stor (${megabytes(size)} MB) och har inte lästs in. En fil får vara högst ${megabytes(MAX_FILE_BYTES)} MB; dela upp den i flera filer.`;
    return { file: null, problems: [fileProblem(shown, message)] };
  }
  const parsed = parseYaml(shown, fs.readFileSync(absolute, 'utf8'));
  if (parsed.problems.length > 0) return { file: null, problems: parsed.problems };
  const { source, data } = parsed;
  if (data === null || data === undefined) {
    return { file: null, problems: [fileProblem(shown, `Filen är tom. Den ska börja med raden ${FIRST_LINE[kind]}`)] };
  }
  const validate = validatorFor(kind);
  const valid = validate(data);
  const problems = valid ? [] : schemaProblems(source, kind, data, validate.errors ?? []);
  return { file: { kind, source, data, valid }, problems };
}
