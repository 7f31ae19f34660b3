import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Case } from '../domain/cases/case';
import type { ReportDefinitions } from '../domain/reports/definition';
import { composeAzureStore } from '../compose/compose-store';
import { loadConfig } from '../config';
import type { CasePort } from '../domain/outbox/ports';
import { systemClock } from '../infra/clock';
import { loadReportDefinitionsOrThrow } from '../infra/reports/load-reports';
import { SqliteCaseStore } from '../infra/sqlite/case-store';
import { openDatabase } from '../infra/sqlite/database';
import { formatCase, formatCaseList } from './cases-format';

/** `npm run cases -- list [--limit 50]` and `npm run cases -- show HOT-2026-0042`: cases and their audit trail, for admins. */

export const DEFAULT_DB_PATH = 'data/riktlinjeboten.sqlite';
const DEFAULT_LIMIT = 50;

const USAGE = `Användning:
  npm run cases -- list [--limit ${DEFAULT_LIMIT}]   de senaste ärendena
  npm run cases -- show <ärendenummer>     ett ärende med alla händelser
Databasen läses från DB_PATH (standard ${DEFAULT_DB_PATH}) eller --db FIL;
med STORE=azure läses Azure Table Storage (AZURE_STORAGE_CONNECTION_STRING).`;

export interface CasesIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Report definitions, for field labels; knowledge/reports.yaml by default. */
  definitions?: () => ReportDefinitions;
}

type Command = { kind: 'list'; limit: number } | { kind: 'show'; id: string } | { kind: 'help' };

class UsageError extends Error {}

function parse(argv: readonly string[]): { command: Command; db?: string } {
  const rest: string[] = [];
  let db: string | undefined;
  let limit = DEFAULT_LIMIT;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--db') db = argv[++i];
    else if (a === '--limit') limit = Number(argv[++i]);
    else if (a === '--help' || a === '-h') return { command: { kind: 'help' } };
    else if (a !== '--') rest.push(a);
  }
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit ska vara ett positivt heltal.');
  const [verb, id] = rest;
  if (verb === 'list' && rest.length === 1) return { command: { kind: 'list', limit }, db };
  if (verb === 'show' && id && rest.length === 2) return { command: { kind: 'show', id: id.toUpperCase() }, db };
  throw new UsageError(verb ? `Okänt kommando: ${rest.join(' ')}` : 'Ange list eller show.');
}

/** Returns the exit code. */
export async function runCases(argv: readonly string[], env: NodeJS.ProcessEnv, io: CasesIo): Promise<number> {
  try {
    const { command, db } = parse(argv);
    if (command.kind === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const opened = await openCases(env, db);
    if (typeof opened === 'string') {
      io.stderr(opened);
      return 1;
    }
    try {
      return await show(command, opened.store, io);
    } finally {
      await opened.close();
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n${USAGE}\n`);
      return 2;
    }
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function show(command: Exclude<Command, { kind: 'help' }>, store: CasePort, io: CasesIo): Promise<number> {
  if (command.kind === 'list') {
    const cases = await Promise.all((await store.list(command.limit)).map((s) => store.get(s.id)));
    io.stdout(formatCaseList(cases.filter((c): c is Case => c !== null)));
    return 0;
  }
  const c = await store.get(command.id);
  if (!c) {
    io.stderr(`Ärende ${command.id} finns inte.\n`);
    return 1;
  }
  io.stdout(formatCase(c, (io.definitions ?? defaultDefinitions)()));
  return 0;
}

/** The bot's case store as configured (STORE=azure reads Azure Table Storage), or what is wrong. */
async function openCases(env: NodeJS.ProcessEnv, db: string | undefined): Promise<{ store: CasePort; close(): Promise<void> } | string> {
  if (env.STORE === 'azure' && !db) {
    const store = loadConfig(env).store;
    if (store.kind === 'azure') {
      const azure = await composeAzureStore(store.connectionString, store.tablePrefix, systemClock);
      return { store: azure.cases, close: () => azure.close() };
    }
  }
  const dbPath = db ?? (env.DB_PATH || DEFAULT_DB_PATH);
  if (!existsSync(dbPath)) return `Det finns ingen databas på ${dbPath}. Ange rätt fil med DB_PATH eller --db.\n`;
  const database = openDatabase(dbPath);
  return { store: new SqliteCaseStore(database, systemClock), close: async () => void database.close() };
}

function defaultDefinitions(): ReportDefinitions {
  return loadReportDefinitionsOrThrow(path.resolve('knowledge/reports.yaml'));
}

if (require.main === module) {
  void runCases(process.argv.slice(2), process.env, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }).then((code) => (process.exitCode = code));
}
