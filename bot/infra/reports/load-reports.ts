import { problemAt } from '../knowledge/locate';
import type { YamlSource } from '../knowledge/parse-yaml';
import { KnowledgeBaseInvalidError, sortProblems, type KbProblem } from '../knowledge/problem';
import reportsSchema from '../../../knowledge/schema/reports.schema.json';
import { compileSchema, readYamlWithSchema } from './read-yaml-with-schema';
import type { ReportDefinition, ReportDefinitions } from '../../domain/reports/definition';

export interface ReportsLoad {
  definitions: ReportDefinitions | null;
  problems: KbProblem[];
}

let validate: ReturnType<typeof compileSchema> | undefined;

/**
 * Reads knowledge/reports.yaml: schema first (same messages as the knowledge base), then the
 * rules a schema cannot say, each pointing at the line to fix. `shown` is the path in messages.
 */
export function loadReportDefinitions(absolute: string, shown = 'knowledge/reports.yaml'): ReportsLoad {
  validate ??= compileSchema(reportsSchema);
  const read = readYamlWithSchema(absolute, shown, validate, 'reports', 'flows:');
  if (!read.ok) return { definitions: null, problems: read.problems };
  const definitions = read.data as ReportDefinitions;
  const problems = sortProblems(definitions.flows.flatMap((flow, i) => flowProblems(read.source, flow, i, definitions.flows)));
  return problems.length > 0 ? { definitions: null, problems } : { definitions, problems: [] };
}

/** For start-up: a broken file stops the bot with every problem listed. */
export function loadReportDefinitionsOrThrow(absolute: string, shown?: string): ReportDefinitions {
  const { definitions, problems } = loadReportDefinitions(absolute, shown);
  if (!definitions) throw new KnowledgeBaseInvalidError(problems);
  return definitions;
}

function flowProblems(source: YamlSource, flow: ReportDefinition, i: number, all: ReportDefinition[]): KbProblem[] {
  const at = (path: (string | number)[], message: string): KbProblem => problemAt(source, ['flows', i, ...path], message);
  const name = `Rapportflödet "${flow.id}"`;
  const problems: KbProblem[] = [];
  if (all.findIndex((f) => f.id === flow.id) !== i) problems.push(at(['id'], `${name} finns redan längre upp. Varje flöde ska ha ett eget id.`));
  if (all.findIndex((f) => f.prefix === flow.prefix) !== i) {
    problems.push(at(['prefix'], `${name}: prefixet ${flow.prefix} används redan av ett annat flöde. Ärendenumren måste gå att skilja åt.`));
  }
  problems.push(...duplicates(flow.fields.map((f) => f.id), (j) => at(['fields', j, 'id'], `${name}: fältet "${flow.fields[j]?.id}" finns redan. Varje fält ska ha ett eget id.`)));
  problems.push(...duplicates(flow.checklist.map((c) => c.id), (j) => at(['checklist', j, 'id'], `${name}: punkten "${flow.checklist[j]?.id}" finns redan i checklistan.`)));
  problems.push(...duplicates(flow.actions.map((a) => a.id), (j) => at(['actions', j, 'id'], `${name}: knappen "${flow.actions[j]?.id}" står två gånger.`)));
  flow.fields.forEach((field, j) => {
    if (field.kind === 'choice' && !field.choices) problems.push(at(['fields', j, 'kind'], `${name}: fältet "${field.id}" är av typen choice men saknar choices (alternativen).`));
    if (field.kind !== 'choice' && field.choices) problems.push(at(['fields', j, 'choices'], `${name}: fältet "${field.id}" har choices men är inte av typen choice. Ta bort choices eller ändra kind till choice.`));
    if (field.maxLength !== undefined && !['text', 'multiline', 'phone'].includes(field.kind)) {
      problems.push(at(['fields', j, 'maxLength'], `${name}: maxLength gäller bara fält av typen text, multiline och phone. Ta bort det från "${field.id}".`));
    }
  });
  for (const required of ['acknowledge', 'close'] as const) {
    if (!flow.actions.some((a) => a.id === required)) problems.push(at(['actions'], `${name} saknar knappen ${required}: chefen måste kunna ta ärendet och avsluta det.`));
  }
  const hasChecklistAction = flow.actions.some((a) => a.id === 'checklist');
  if (hasChecklistAction && flow.checklist.length === 0) problems.push(at(['checklist'], `${name} har knappen checklist men checklistan är tom. Lägg till punkter eller ta bort knappen.`));
  if (!hasChecklistAction && flow.checklist.length > 0) problems.push(at(['checklist'], `${name} har en checklista men ingen knapp checklist, så chefen kan inte bocka av den. Lägg till knappen.`));
  return problems;
}

function duplicates(ids: string[], report: (index: number) => KbProblem): KbProblem[] {
  return ids.flatMap((id, j) => (ids.indexOf(id) !== j ? [report(j)] : []));
}
