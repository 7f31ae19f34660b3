import type { ErrorObject } from 'ajv';
import { closest, suggest } from './closest';
import { problemAt, type DataPath } from './locate';
import type { YamlSource } from './parse-yaml';
import type { KbProblem } from './problem';
import type { KbFileKind } from './schemas';

/** Field paths (indexes dropped, list items as []) in words kansliet uses. */
const LABELS: Record<string, string> = {
  entries: 'listan med ämnen',
  groups: 'listan med synonymgrupper',
  contacts: 'listan med kontakter',
  flows: 'listan med rapportflöden',
  areas: 'listan med områden',
  refer: 'hänvisning',
  'refer.sv': 'hänvisning på svenska',
  'refer.en': 'hänvisning på engelska',
  id: 'id',
  title: 'rubrik',
  'title.sv': 'rubrik på svenska',
  'title.en': 'rubrik på engelska',
  answer: 'svar',
  'answer.sv': 'svar på svenska',
  'answer.en': 'svar på engelska',
  questions: 'frågor',
  'questions.sv': 'frågor på svenska',
  'questions.en': 'frågor på engelska',
  'questions.sv[]': 'fråga på svenska',
  'questions.en[]': 'fråga på engelska',
  keywords: 'sökord',
  'keywords[]': 'sökord',
  source: 'källa',
  owner: 'ansvarig',
  reviewed: 'granskningsdatum',
  related: 'relaterade ämnen',
  'related[]': 'relaterat ämne',
  report: 'rapportflöde',
  situation: 'situation',
  name: 'namn',
  'name.sv': 'namn på svenska',
  'name.en': 'namn på engelska',
  phone: 'telefonnummer',
  email: 'e-postadress',
  '[]': 'ord',
};

interface Place {
  /** Who the problem is about, e.g. Ämnet "telefon-svara". */
  subject: string;
  /** The path below the subject, e.g. ['answer', 'en']. */
  rest: DataPath;
}

function field(data: unknown, listKey: string, index: number): Record<string, unknown> | undefined {
  const list = (data as Record<string, unknown> | null)?.[listKey];
  const item = Array.isArray(list) ? (list[index] as unknown) : undefined;
  return item && typeof item === 'object' ? (item as Record<string, unknown>) : undefined;
}

function named(noun: string, numbered: string, item: Record<string, unknown> | undefined, index: number): string {
  return typeof item?.id === 'string' && item.id.trim() !== '' ? `${noun} "${item.id}"` : `${numbered} nr ${index + 1}`;
}

function placeOf(kind: KbFileKind, data: unknown, path: DataPath): Place {
  const [top, second] = path;
  const rest = path.slice(2);
  if (kind === 'faq' && top === 'entries' && typeof second === 'number') {
    return { subject: named('Ämnet', 'Ämne', field(data, 'entries', second), second), rest };
  }
  if (kind === 'notCovered' && top === 'areas' && typeof second === 'number') {
    return { subject: named('Området', 'Område', field(data, 'areas', second), second), rest };
  }
  if (kind === 'reports' && top === 'flows' && typeof second === 'number') {
    return { subject: named('Rapportflödet', 'Rapportflöde', field(data, 'flows', second), second), rest };
  }
  if (kind === 'synonyms' && top === 'groups' && typeof second === 'number') {
    return { subject: `Synonymgrupp nr ${second + 1}`, rest };
  }
  if (kind === 'contacts' && top === 'contacts' && typeof second === 'string') {
    return { subject: `Kontakten "${second}"`, rest };
  }
  return { subject: 'Filen', rest: path };
}

function labelKey(rest: DataPath): string {
  const names = rest.filter((s): s is string => typeof s === 'string').join('.');
  return typeof rest[rest.length - 1] === 'number' ? `${names}[]` : names;
}

function describe(rest: DataPath): string {
  const shown = rest.filter((s): s is string => typeof s === 'string').join('.');
  const label = LABELS[labelKey(rest)] ?? shown;
  return shown && label !== shown ? `${label} (${shown})` : label;
}

function dataPath(instancePath: string): DataPath {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function schemaOf(error: ErrorObject): Record<string, unknown> {
  return (error.parentSchema ?? {}) as Record<string, unknown>;
}

function propertyNames(error: ErrorObject): string[] {
  const props = schemaOf(error).properties;
  return props && typeof props === 'object' ? Object.keys(props) : [];
}

function expected(error: ErrorObject): string {
  const type = String((error.params as { type?: unknown }).type);
  if (type === 'string') {
    const quoted = typeof error.data === 'number' || typeof error.data === 'boolean' ? ' Sätt värdet inom citattecken.' : '';
    return `en text.${quoted}`;
  }
  if (type === 'array') return 'en lista, med en rad per värde som börjar med -.';
  if (type === 'object') {
    const names = propertyNames(error);
    return names.length ? `en grupp med fälten ${names.join(', ')}.` : 'en grupp med fält (namn: värde).';
  }
  return `av typen ${type}.`;
}

function isBlank(value: unknown): boolean {
  return typeof value === 'string' && value.trim() === '';
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One ajv error as a sentence and the path of the spot to point at. */
function translate(kind: KbFileKind, data: unknown, error: ErrorObject): { path: DataPath; at: 'key' | 'value'; message: string } {
  const path = dataPath(error.instancePath);
  const { subject, rest } = placeOf(kind, data, path);
  const params = error.params as Record<string, unknown>;
  const what = describe(rest);
  const whose = rest.length ? `${subject}: ${what}` : subject;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      return { path, at: 'key', message: `${subject} saknar ${describe([...rest, missing])}.` };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const hint = suggest(extra, propertyNames(error));
      return { path: [...path, extra], at: 'key', message: `${subject} har ett okänt fält "${extra}".${hint}` };
    }
    case 'propertyNames': {
      const name = String(params.propertyName);
      const rule = schemaOf(error).propertyNames as { patternErrorMessage?: string } | undefined;
      return { path: [...path, name], at: 'key', message: `Id:t "${name}" går inte att använda. ${rule?.patternErrorMessage ?? ''}`.trim() };
    }
    case 'type':
      if (error.data === null || error.data === undefined) return { path, at: 'key', message: `${subject} saknar ${what || 'innehåll'}.` };
      return { path, at: 'value', message: `${capitalized(whose)} ska vara ${expected(error)}` };
    case 'minLength':
    case 'pattern':
      if (isBlank(error.data)) return { path, at: 'value', message: `${whose} saknar text.` };
      return { path, at: 'value', message: `${whose}: ${String(schemaOf(error).patternErrorMessage ?? 'Fel format.')}` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const listed = allowed.map((v) => `"${v}"`);
      const choices = listed.length > 1 ? `${listed.slice(0, -1).join(', ')} eller ${listed[listed.length - 1]!}` : listed.join('');
      return { path, at: 'value', message: `${capitalized(whose)} ska vara ${choices}.${suggest(String(error.data), allowed)}` };
    }
    case 'minItems':
      return { path, at: 'value', message: `${whose} behöver minst ${String(params.limit)} ${params.limit === 1 ? 'värde' : 'värden'}.` };
    default:
      return { path, at: 'value', message: `${whose}: ${error.message ?? 'fel värde'}.` };
  }
}

/** A misspelt field gives both "unknown field" and "missing field"; the first says it all. */
function explainedByTypo(error: ErrorObject, all: ErrorObject[]): boolean {
  if (error.keyword !== 'required') return false;
  const missing = String((error.params as { missingProperty?: unknown }).missingProperty);
  return all.some(
    (other) =>
      other.keyword === 'additionalProperties' &&
      other.instancePath === error.instancePath &&
      closest(String((other.params as { additionalProperty?: unknown }).additionalProperty), propertyNames(other)) === missing,
  );
}

export function schemaProblems(source: YamlSource, kind: KbFileKind, data: unknown, errors: ErrorObject[]): KbProblem[] {
  return errors
    .filter((e) => e.propertyName === undefined && !explainedByTypo(e, errors))
    .map((e) => {
      const { path, at, message } = translate(kind, data, e);
      return problemAt(source, path, message, at);
    });
}
