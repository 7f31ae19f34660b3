import { existsSync } from 'node:fs';
import type { Clock } from '../domain/ports';
import { loadConfig } from '../config';
import { readRecentAzureQuestionReport } from '../infra/azure/question-report';
import { openTables } from '../infra/azure/tables';
import { systemClock } from '../infra/clock';
import { openDatabase } from '../infra/sqlite/database';
import { readRecentQuestionReport, type QuestionReport } from '../infra/sqlite/question-report';
import { formatQuestionReport, questionReportToJson } from '../infra/sqlite/question-report-format';

/** `npm run kb:report [-- --days 30] [--db path] [--json]`: what the bot could not answer, for kansliet. */

export const DEFAULT_DB_PATH = 'data/riktlinjeboten.sqlite';
const DEFAULT_DAYS = 30;
const MAX_DAYS = 3650;

const USAGE = `Användning: npm run kb:report -- [--days 30] [--db ${DEFAULT_DB_PATH}] [--json]
  --days N   hur många dagar bakåt rapporten gäller (standard ${DEFAULT_DAYS})
  --db FIL   databasfilen (standard DB_PATH eller ${DEFAULT_DB_PATH});
             med STORE=azure läses Azure Table Storage i stället
  --json     skriv rapporten som JSON`;

export interface ReportArgs {
  days: number;
  dbPath: string;
  /** --db was given: read that file even when STORE=azure. */
  dbGiven?: boolean;
  json: boolean;
  help: boolean;
}

export class ReportArgsError extends Error {
  constructor(message: string) {
    super(`${message}\n${USAGE}`);
    this.name = 'ReportArgsError';
  }
}

export function parseReportArgs(argv: readonly string[], env: NodeJS.ProcessEnv): ReportArgs {
  const args: ReportArgs = { days: DEFAULT_DAYS, dbPath: env.DB_PATH || DEFAULT_DB_PATH, json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inlineValue] = splitFlag(argv[i] ?? '');
    const value = (): string => {
      const next = inlineValue ?? argv[++i];
      if (next === undefined || next === '') throw new ReportArgsError(`${flag} behöver ett värde.`);
      return next;
    };
    if (flag === '--days') args.days = parseDays(value());
    else if (flag === '--db') {
      args.dbPath = value();
      args.dbGiven = true;
    }
    else if (flag === '--json') args.json = true;
    else if (flag === '--') continue;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else throw new ReportArgsError(`Okänt argument: ${flag}`);
  }
  return args;
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq > 0 && arg.startsWith('--') ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

function parseDays(text: string): number {
  const days = Number(text);
  if (!/^\d+$/u.test(text) || days < 1 || days > MAX_DAYS) {
    throw new ReportArgsError(`--days ska vara ett heltal från 1 till ${MAX_DAYS} (fick "${text}").`);
  }
  return days;
}

export interface ReportIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  clock: Clock;
}

/** Returns the exit code. */
export async function runKbReport(argv: readonly string[], env: NodeJS.ProcessEnv, io: ReportIo): Promise<number> {
  try {
    const args = parseReportArgs(argv, env);
    if (args.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (env.STORE === 'azure' && !args.dbGiven) {
      io.stdout(await azureReport(args, env, io.clock));
      return 0;
    }
    if (!existsSync(args.dbPath)) {
      io.stderr(
        `Det finns ingen databas på ${args.dbPath} ännu. Boten skapar den när den startar; ` +
          'ange annars rätt fil med --db eller DB_PATH.\n',
      );
      return 1;
    }
    io.stdout(report(args, io.clock));
    return 0;
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof ReportArgsError ? 2 : 1;
  }
}

function report(args: ReportArgs, clock: Clock): string {
  const db = openDatabase(args.dbPath);
  try {
    return render(readRecentQuestionReport(db, clock.now(), args.days), args);
  } finally {
    db.close();
  }
}

/** STORE=azure: the question log in Azure Table Storage (AZURE_STORAGE_CONNECTION_STRING, AZURE_TABLE_PREFIX). */
async function azureReport(args: ReportArgs, env: NodeJS.ProcessEnv, clock: Clock): Promise<string> {
  const store = loadConfig(env).store;
  if (store.kind !== 'azure') throw new Error('STORE=azure was expected.');
  const tables = await openTables(store.connectionString, store.tablePrefix, { create: false });
  return render(await readRecentAzureQuestionReport(tables, clock.now(), args.days), args);
}

function render(data: QuestionReport, args: ReportArgs): string {
  if (args.json) return `${JSON.stringify(questionReportToJson(data, args.days), null, 2)}\n`;
  return formatQuestionReport(data, { days: args.days });
}

if (require.main === module) {
  void runKbReport(process.argv.slice(2), process.env, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    clock: systemClock,
  }).then((code) => (process.exitCode = code));
}
