import fs from 'node:fs';
import path from 'node:path';
import type { KnowledgeBase } from '../../domain/knowledge/types';
import { buildKnowledgeBase, type ValidData } from './build';
import {
  duplicateIds,
  duplicateSituations,
  duplicateQuestions,
  duplicateSynonyms,
  unknownContacts,
  unknownRelated,
  unknownReportFlows,
  type ItemRef,
} from './cross-checks';
import { fileProblem, KnowledgeBaseInvalidError, sortProblems, type KbProblem } from './problem';
import { MAX_FILE_BYTES, readKbFile, type KbFile } from './read-file';
import type { KbFileKind } from './schemas';

/** Kinds of question the guideline does not answer, and where to turn instead. */
export const NOT_COVERED_FILE = 'utanfor.yaml';

/** More topic files than this are refused unread (a runaway script, not kansliet's work). */
export const MAX_FAQ_FILES = 200;

export interface KbCheckResult {
  /** Null whenever there is at least one problem. */
  kb: KnowledgeBase | null;
  problems: KbProblem[];
  /** The topic files read, as shown in messages (knowledge/faq/x.yaml). */
  faqFiles: string[];
}

type Shown = (absolute: string) => string;

function shownRelativeTo(dir: string): Shown {
  const base = path.dirname(path.resolve(dir));
  return (absolute) => path.relative(base, absolute).split(path.sep).join('/');
}

function isDirectory(p: string): boolean {
  return fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** Only *.yaml counts; editor backups, .swp and hidden lock files are ignored. */
function faqFileNames(faqDir: string): string[] {
  return fs
    .readdirSync(faqDir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.yaml') && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
}

class Reader {
  readonly problems: KbProblem[] = [];
  constructor(private readonly shown: Shown) {}

  read(absolute: string, kind: KbFileKind): KbFile | null {
    if (!fs.statSync(absolute, { throwIfNoEntry: false })?.isFile()) {
      this.problems.push(fileProblem(this.shown(absolute), `Filen saknas. Den behövs i kunskapsbasen.`));
      return null;
    }
    const result = readKbFile(absolute, this.shown(absolute), kind);
    this.problems.push(...result.problems);
    return result.file;
  }
}

interface FaqRead {
  files: KbFile[];
  /** False when some topic file could not be read: its ids are then unknown. */
  complete: boolean;
}

function readFaq(dir: string, reader: Reader, shown: Shown): FaqRead {
  const faqDir = path.join(dir, 'faq');
  if (!isDirectory(faqDir)) {
    reader.problems.push(fileProblem(shown(faqDir), 'Mappen faq saknas. Ämnena ska ligga i filer faq/*.yaml.'));
    return { files: [], complete: false };
  }
  const names = faqFileNames(faqDir);
  if (names.length > MAX_FAQ_FILES) {
    const message = `Mappen har ${names.length} .yaml-filer. Högst ${MAX_FAQ_FILES} är tillåtna, så ingen har lästs in.`;
    reader.problems.push(fileProblem(shown(faqDir), message));
    return { files: [], complete: false };
  }
  if (names.length === 0) {
    reader.problems.push(fileProblem(shown(faqDir), 'Mappen har inga .yaml-filer, så boten har inga ämnen att svara på.'));
  }
  const files = names.map((n) => reader.read(path.join(faqDir, n), 'faq')).filter((f): f is KbFile => f !== null);
  return { files, complete: files.length === names.length };
}

function items(file: KbFile | null | undefined, listKey: string): ItemRef[] {
  const list = (file?.data as Record<string, unknown> | undefined)?.[listKey];
  if (!file || !Array.isArray(list)) return [];
  return list.map((item: unknown, index) => ({ source: file.source, listKey, index, item }));
}

function contactIds(file: KbFile | null): string[] | null {
  if (!file?.valid) return null;
  return Object.keys((file.data as { contacts: Record<string, unknown> }).contacts);
}

function crossProblems(faq: FaqRead, contacts: KbFile | null, reports: KbFile | null, synonyms: KbFile | null, notCovered: KbFile | null): KbProblem[] {
  const entries = faq.files.flatMap((f) => items(f, 'entries'));
  const areas = items(notCovered, 'areas');
  const flows = items(reports, 'flows');
  const flowIds = flows.map((f) => (f.item as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');
  const contactList = contactIds(contacts);
  return [
    // An area's id names it in reports just like a topic's, and a question belongs to one of them only.
    ...duplicateIds([...entries, ...areas], 'ämne och område'),
    // An unreadable topic file hides its ids; "unknown" would then be a false alarm.
    ...(faq.complete ? unknownRelated(entries) : []),
    ...duplicateQuestions([...entries, ...areas]),
    ...duplicateSituations(entries),
    // Without a readable reports.yaml or contacts.yaml, every reference would look wrong.
    ...(reports?.valid ? unknownReportFlows(entries, flowIds) : []),
    ...(contactList ? [...unknownContacts(entries, contactList), ...unknownContacts(areas, contactList, 'refer')] : []),
    ...duplicateIds(flows, 'rapportflöde'),
    ...duplicateSynonyms(items(synonyms, 'groups')),
  ];
}

/** A file kansliet may leave out, or leave with nothing but comments, as if there were none. */
function readOptional(absolute: string, reader: Reader): KbFile | null {
  const stat = fs.statSync(absolute, { throwIfNoEntry: false });
  if (!stat?.isFile()) return null;
  const onlyComments = stat.size <= MAX_FILE_BYTES && fs.readFileSync(absolute, 'utf8').split('\n').every((line) => /^\s*(#.*)?$/.test(line));
  return onlyComments ? null : reader.read(absolute, 'notCovered');
}

/** Reads and checks the whole knowledge folder, reporting every problem found, never throwing for bad content. */
export function checkKnowledgeBase(dir: string): KbCheckResult {
  const shown = shownRelativeTo(dir);
  if (!isDirectory(dir)) {
    return { kb: null, problems: [fileProblem(shown(path.resolve(dir)), 'Mappen med kunskapsbasen finns inte.')], faqFiles: [] };
  }
  const reader = new Reader(shown);
  const faq = readFaq(dir, reader, shown);
  const synonyms = reader.read(path.join(dir, 'synonyms.yaml'), 'synonyms');
  const contacts = reader.read(path.join(dir, 'contacts.yaml'), 'contacts');
  const reports = reader.read(path.join(dir, 'reports.yaml'), 'reports');
  // Optional: a knowledge base without it simply has no areas it knows to be outside the guideline.
  const notCovered = readOptional(path.join(dir, NOT_COVERED_FILE), reader);
  const problems = sortProblems([...reader.problems, ...crossProblems(faq, contacts, reports, synonyms, notCovered)]);
  const faqFiles = faq.files.map((f) => f.source.file);
  if (problems.length > 0 || !synonyms || !contacts || !reports) return { kb: null, problems, faqFiles };
  const data = { faq: faq.files.map((f) => f.data), synonyms: synonyms.data, contacts: contacts.data, reports: reports.data, notCovered: notCovered?.data } as ValidData;
  return { kb: buildKnowledgeBase(data), problems, faqFiles };
}

/** The knowledge base, or KnowledgeBaseInvalidError listing every problem: the bot must not start on a broken one. */
export function loadKnowledgeBase(dir: string): KnowledgeBase {
  const { kb, problems } = checkKnowledgeBase(dir);
  if (!kb) throw new KnowledgeBaseInvalidError(problems);
  return kb;
}
