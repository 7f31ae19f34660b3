import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import net from 'node:net';

/** A child process started in its own process group, so stopping it also stops anything it started. */
export interface Child {
  readonly name: string;
  readonly process: ChildProcess;
  /** Everything it wrote to stdout and stderr so far (kept for error messages). */
  output(): string;
  /** SIGTERM to the whole group, SIGKILL after `graceMs`. Resolves once it has exited. Safe to call twice. */
  stop(graceMs?: number): Promise<void>;
}

export interface SpawnOptions {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Also append the output to this file (the dev command's logs). */
  logFile?: string;
  /** Echo the output to our own stdout/stderr (the dev command shows the bot's log). */
  echo?: boolean;
}

const MAX_KEPT_OUTPUT = 64 * 1024;
const running = new Set<Child>();

export function spawnChild(o: SpawnOptions): Child {
  const child = spawn(o.command, o.args, { cwd: o.cwd, env: o.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let kept = '';
  const log = o.logFile ? createWriteStream(o.logFile, { flags: 'a' }) : null;
  const keep = (chunk: Buffer, to: NodeJS.WriteStream) => {
    kept = (kept + chunk.toString('utf8')).slice(-MAX_KEPT_OUTPUT);
    log?.write(chunk);
    if (o.echo) to.write(chunk);
  };
  child.stdout?.on('data', (c: Buffer) => keep(c, process.stdout));
  child.stderr?.on('data', (c: Buffer) => keep(c, process.stderr));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let stopping: Promise<void> | null = null;
  const handle: Child = {
    name: o.name,
    process: child,
    output: () => kept,
    stop(graceMs = 5000) {
      stopping ??= stopGroup(child, exited, graceMs).finally(() => {
        running.delete(handle);
        log?.end();
      });
      return stopping;
    },
  };
  running.add(handle);
  return handle;
}

async function stopGroup(child: ChildProcess, exited: Promise<void>, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  // Grandchildren that outlived their parent (e.g. a tool that spawns a helper).
  signalGroup(child, 'SIGKILL');
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Last resort when our own process exits without stopping its children (a crash, a failed test run). */
process.once('exit', () => {
  for (const c of running) signalGroup(c.process, 'SIGKILL');
});

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Thrown when something we started did not become ready; carries its output so the cause is visible. */
export class StartError extends Error {
  constructor(what: string, reason: string, output: string) {
    super(`${what} did not start: ${reason}\n--- its output (last lines) ---\n${output.split('\n').slice(-40).join('\n')}`);
    this.name = 'StartError';
  }
}

/** Polls `url` until it answers 2xx, the child exits, or the time is up. */
export async function waitForHttp(url: string, child: Child, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null) throw new StartError(child.name, `it exited with code ${child.process.exitCode}`, child.output());
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new StartError(child.name, `${url} did not answer within ${Math.round(timeoutMs / 1000)} s`, child.output());
}

/** Waits until the child's output matches `pattern`; returns the match. */
export async function waitForOutput(pattern: RegExp, child: Child, timeoutMs: number): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = child.output().match(pattern);
    if (match) return match;
    if (child.process.exitCode !== null) throw new StartError(child.name, `it exited with code ${child.process.exitCode}`, child.output());
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new StartError(child.name, `no line matching ${pattern} within ${Math.round(timeoutMs / 1000)} s`, child.output());
}
