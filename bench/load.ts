/**
 * `npm run bench:load`: many simulated Teams users (questions and some submitted report forms)
 * through the real endpoint of bot processes behind a round-robin proxy, for a fixed time per
 * configuration: 1 vs 3 instances, SQLite vs Azurite, next to the echo bot on the same stack in
 * the same run. Options: `--seconds 15` (measured time per configuration), `--users 50`,
 * `--reports 0.1` (share of turns that are reports), `--json` (one JSON object only).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../bot/infra/knowledge/load';
import { startAzurite, type Azurite } from '../test/support/azurite';
import { killAllBotProcesses } from '../test/support/bot-process';
import { startNullConnector } from './load/null-connector';
import { startStack, type StackConfig } from './load/stack';
import { runVirtualUsers } from './load/virtual-users';
import { latencyStats, round } from './stats';
import { benchmarkQuestions } from './synthetic-kb';

interface Options {
  seconds: number;
  users: number;
  reportShare: number;
  json: boolean;
}

interface Row {
  server: StackConfig['server'];
  store: StackConfig['store'];
  instances: number;
  requests: number;
  rps: number;
  p50_ms: number;
  p99_ms: number;
  question_p50_ms: number;
  report_p50_ms: number | null;
  report_p99_ms: number | null;
  errors: number;
  error_kinds: string[];
  /** Highest VmHWM of one process, and the sum over the configuration's processes (MB). */
  peak_mb_per_process: number | null;
  peak_mb_total: number | null;
}

const CONFIGS: StackConfig[] = [
  { server: 'echo', store: 'none', instances: 1 },
  { server: 'riktlinjeboten', store: 'sqlite', instances: 1 },
  { server: 'riktlinjeboten', store: 'azure', instances: 1 },
  { server: 'echo', store: 'none', instances: 3 },
  { server: 'riktlinjeboten', store: 'sqlite', instances: 3 },
  { server: 'riktlinjeboten', store: 'azure', instances: 3 },
];

function parseOptions(argv: string[]): Options {
  const value = (name: string, fallback: number) => {
    const i = argv.indexOf(name);
    const n = i >= 0 ? Number(argv[i + 1]) : fallback;
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} needs a positive number, e.g. ${name} ${fallback}`);
    return n;
  };
  return { seconds: value('--seconds', 15), users: Math.round(value('--users', 50)), reportShare: Math.min(1, value('--reports', 0.1)), json: argv.includes('--json') };
}

async function main(o: Options): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'riktlinjeboten-load-'));
  const questions = benchmarkQuestions(loadKnowledgeBase('knowledge'), 500);
  const connector = await startNullConnector();
  let azurite: Azurite | undefined;
  const rows: Row[] = [];
  try {
    azurite = await startAzurite();
    for (const c of CONFIGS) {
      const azure = c.store === 'azure' ? { connectionString: azurite.connectionString, prefix: azurite.freshPrefix() } : undefined;
      const stack = await startStack(c, { workDir, connectorUrl: connector.url, ...(azure ? { azure } : {}) });
      try {
        if (!o.json) process.stderr.write(`${c.server} ${c.store} x${c.instances}: ${o.seconds} s with ${o.users} users ...\n`);
        const samples = await runVirtualUsers({
          url: stack.url,
          serviceUrl: connector.url,
          users: o.users,
          warmupMs: Math.min(3000, o.seconds * 200),
          measureMs: o.seconds * 1000,
          reportShare: o.reportShare,
          questions,
          seed: 42,
          expectConfirmation: c.server === 'riktlinjeboten',
        });
        const peaks = stack.processes.map((p) => p.peakMemoryMb());
        const all = latencyStats([...samples.questionMs, ...samples.reportMs]);
        const reports = samples.reportMs.length > 0 ? latencyStats(samples.reportMs) : null;
        const known = peaks.filter((p): p is number => p !== null);
        rows.push({
          server: c.server,
          store: c.store,
          instances: c.instances,
          requests: all.count + samples.errors,
          rps: round((all.count + samples.errors) / o.seconds, 1),
          p50_ms: round(all.p50, 1),
          p99_ms: round(all.p99, 1),
          question_p50_ms: round(latencyStats(samples.questionMs).p50, 1),
          report_p50_ms: reports ? round(reports.p50, 1) : null,
          report_p99_ms: reports ? round(reports.p99, 1) : null,
          errors: samples.errors,
          error_kinds: samples.errorKinds,
          peak_mb_per_process: known.length ? round(Math.max(...known), 1) : null,
          peak_mb_total: known.length ? round(known.reduce((s, x) => s + x, 0), 1) : null,
        });
      } finally {
        await stack.stop();
      }
    }
  } finally {
    await killAllBotProcesses();
    await azurite?.stop();
    await connector.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
  print(o, rows);
}

function print(o: Options, rows: Row[]): void {
  const result = { seconds: o.seconds, users: o.users, report_share: o.reportShare, generator_cpus: cpus().length, results: rows };
  if (o.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  console.log(`\n${o.users} virtual users, ${o.seconds} s measured per configuration, ${Math.round(o.reportShare * 100)} % of turns are reports`);
  console.table(
    rows.map((r) => ({
      server: r.server,
      store: r.store,
      instances: r.instances,
      'req/s': r.rps,
      'p50 ms': r.p50_ms,
      'p99 ms': r.p99_ms,
      'report p50': r.report_p50_ms,
      'report p99': r.report_p99_ms,
      errors: r.errors,
      'peak MB/proc': r.peak_mb_per_process,
      'peak MB total': r.peak_mb_total,
    })),
  );
  for (const r of rows.filter((x) => x.errors > 0)) console.log(`${r.server} ${r.store} x${r.instances}: ${r.errors} errors, e.g. ${r.error_kinds.join('; ')}`);
}

main(parseOptions(process.argv.slice(2))).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
