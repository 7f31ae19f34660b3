import { LineCounter, parseDocument, type Document, type ErrorCode, type YAMLError } from 'yaml';
import { position } from './locate';
import type { KbProblem } from './problem';

/** One parsed YAML file, kept together with what is needed to point at lines in it. */
export interface YamlSource {
  /** As shown to kansliet, e.g. knowledge/faq/telefon.yaml. */
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export interface ParsedYaml {
  source: YamlSource;
  /** Undefined when the file could not be read as YAML. */
  data: unknown;
  problems: KbProblem[];
}

/** Aliases (*name) beyond this are refused: an "alias bomb" would otherwise expand to gigabytes. */
export const MAX_ALIAS_COUNT = 100;

const HINTS: Partial<Record<ErrorCode, string>> = {
  TAB_AS_INDENT: 'Raden är indragen med tabb. Använd mellanslag i stället.',
  BAD_INDENT: 'Fel indrag. Raden ska ha lika många mellanslag i början som raderna den hör ihop med.',
  MISSING_CHAR: 'Ett tecken saknas, till exempel ett avslutande citattecken ", en ] eller en }.',
  DUPLICATE_KEY: 'Samma fält står två gånger. Ta bort det ena.',
  MULTIPLE_DOCS: 'Filen får bara innehålla ett dokument. Ta bort raden med ---.',
  BLOCK_AS_IMPLICIT_KEY: 'Raden går inte att tolka. Innehåller texten ett kolon (:)? Sätt då hela texten inom citattecken.',
  MULTILINE_IMPLICIT_KEY: 'Raden går inte att tolka. Saknas ett kolon, eller ska texten fortsätta raden ovanför? Använd | för text på flera rader.',
  UNEXPECTED_TOKEN: 'Raden går inte att tolka. Kontrollera kolon, bindestreck och indrag.',
  BAD_SCALAR_START: 'Texten börjar med ett tecken som inte är tillåtet här. Sätt texten inom citattecken.',
  BAD_DQ_ESCAPE: 'Ogiltigt \\-tecken inom citattecken. Skriv \\\\ för ett bakstreck, eller använd enkla citattecken.',
  BAD_ALIAS: 'Hänvisningen (*namn) pekar på något som inte finns.',
  RESOURCE_EXHAUSTION: 'Filen innehåller för många hänvisningar (*namn) och har inte lästs in.',
};

function syntaxProblem(file: string, lineCounter: LineCounter, error: YAMLError): KbProblem {
  const hint = HINTS[error.code] ?? 'Kontrollera kolon, bindestreck, citattecken och indrag på raden.';
  return { file, ...position(lineCounter, error.pos[0]), message: `Felaktig YAML. ${hint}` };
}

function aliasProblem(file: string, error: ReferenceError): KbProblem {
  const message = /excessive alias/i.test(error.message)
    ? `Filen innehåller för många hänvisningar (*namn), över ${MAX_ALIAS_COUNT}, och har inte lästs in. Skriv ut texten i stället för att hänvisa.`
    : 'Felaktig YAML. En hänvisning (*namn) pekar på något som inte finns.';
  return { file, line: 1, column: 1, message };
}

/** Parses one file; syntax errors and hostile content come back as problems, never as exceptions. */
export function parseYaml(file: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const source: YamlSource = { file, text, doc, lineCounter };
  if (doc.errors.length > 0) {
    return { source, data: undefined, problems: doc.errors.map((e) => syntaxProblem(file, lineCounter, e)) };
  }
  try {
    return { source, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), problems: [] };
  } catch (error) {
    if (error instanceof ReferenceError) return { source, data: undefined, problems: [aliasProblem(file, error)] };
    throw error;
  }
}
