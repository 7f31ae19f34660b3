import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { freePort } from '../../scripts/playground/processes';

export { freePort };

/**
 * A server script (`bot/main.ts`, or the benchmark's echo bot) as a child process on a fixed
 * port, so it can be killed with SIGKILL and started again behind the same proxy target.
 */
export interface BotProcess {
  readonly url: string;
  readonly port: number;
  /** The pid of the running process (changes on restart). */
  pid(): number;
  /** `kill -9`; resolves once the process is gone. */
  kill(): Promise<void>;
  /** Starts the script again on the same port with the same environment. */
  restart(): Promise<void>;
  /** Peak resident memory (VmHWM) of the running process in MB, from /proc; null elsewhere than Linux. */
  peakMemoryMb(): number | null;
  log(): string;
}

export interface BotProcessOptions {
  /** Relative to the repository root, e.g. `bot/main.ts`. */
  script: string;
  /** The whole environment (nothing of the parent's leaks in but PATH and HOME); PORT is added. */
  env: Record<string, string>;
  logFile: string;
  startTimeoutMs?: number;
}

const ROOT = resolve(__dirname, '../..');
const running = new Set<ChildProcess>();
// Should the test or benchmark end without its cleanup (a crash, a timeout), the children go with it.
process.once('exit', () => running.forEach((c) => c.kill('SIGKILL')));

export async function startBotProcess(o: BotProcessOptions): Promise<BotProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child = await spawnHealthy(o, port, url);
  const log = () => readFileSync(o.logFile, 'utf8');
  return {
    url,
    port,
    pid: () => child.pid ?? -1,
    kill: () => killHard(child),
    restart: async () => {
      await killHard(child);
      child = await spawnHealthy(o, port, url);
    },
    peakMemoryMb: () => peakMemoryMb(child.pid ?? -1),
    log,
  };
}

/** For afterAll: SIGKILLs every process this module started that still runs. */
export async function killAllBotProcesses(): Promise<void> {
  await Promise.all([...running].map(killHard));
}

async function spawnHealthy(o: BotProcessOptions, port: number, url: string): Promise<ChildProcess> {
  const fd = openSync(o.logFile, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', o.script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...o.env, PORT: String(port) },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  running.add(child);
  child.once('exit', () => running.delete(child));
  try {
    await waitUntilHealthy(url, child, o.startTimeoutMs ?? 15_000);
  } catch (error) {
    await killHard(child);
    throw new Error(`${(error as Error).message}\n--- log ---\n${readFileSync(o.logFile, 'utf8').slice(-3000)}`);
  }
  return child;
}

function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });
}

async function waitUntilHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${url}: the process exited before it answered /healthz`);
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`${url}: no answer on /healthz within ${timeoutMs} ms`);
}

function peakMemoryMb(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+)\s+kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

