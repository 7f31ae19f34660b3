import fs from 'node:fs';
import Ajv, { type AnySchema, type ValidateFunction } from 'ajv';
import { parseYaml, type YamlSource } from '../knowledge/parse-yaml';
import { fileProblem, sortProblems, type KbProblem } from '../knowledge/problem';
import { schemaProblems } from '../knowledge/schema-problems';
import type { KbFileKind } from '../knowledge/schemas';

/** Same options as the knowledge base's validators, so messages read the same. */
export function compileSchema(schema: AnySchema): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, verbose: true, useDefaults: true, strict: true });
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  return ajv.compile(schema);
}

export type SchemaRead = { ok: true; source: YamlSource; data: unknown } | { ok: false; problems: KbProblem[] };

/**
 * Reads one YAML file and checks it against a JSON schema; problems point at file:line:column.
 * `namingKind` picks how the shared translator names subjects ("Rapportflödet ..."); for other
 * files it falls back to "Filen".
 */
export function readYamlWithSchema(absolute: string, shown: string, validate: ValidateFunction, namingKind: KbFileKind, firstLine: string): SchemaRead {
  const parsed = parseYaml(shown, fs.readFileSync(absolute, 'utf8'));
  if (parsed.problems.length > 0) return { ok: false, problems: parsed.problems };
  if (parsed.data === null || parsed.data === undefined) return { ok: false, problems: [fileProblem(shown, `Filen är tom. Den ska börja med raden ${firstLine}`)] };
  if (!validate(parsed.data)) return { ok: false, problems: sortProblems(schemaProblems(parsed.source, namingKind, parsed.data, validate.errors ?? [])) };
  return { ok: true, source: parsed.source, data: parsed.data };
}
