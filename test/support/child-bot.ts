import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { freePort } from '../../scripts/playground/processes';
import { readBody, relay } from './http-relay';

/** The real bot (`bot/main.ts`) as a child process, so a test can kill it with SIGKILL mid-flow. */
export interface ChildBot {
  url: string;
  pid: number;
  /** POSTs an activity to /api/messages. */
  post(body: unknown): Promise<{ status: number; body: unknown }>;
  /** `kill -9`: no shutdown hook runs, nothing is flushed. Resolves once the process is gone. */
  kill(): Promise<void>;
  /** The bot's log so far (pino JSON lines and stderr), for a failing test's message. */
  log(): string;
}

export interface ChildBotOptions {
  dbPath: string;
  /** Where the child writes its log (stdout and stderr). */
  logFile: string;
  /** TEAMS_SERVICE_URL: the connector for 1:1 chats with people who never wrote to the bot. */
  connectorUrl: string;
  dispatchIntervalMs?: number;
  /** How long to wait for /healthz. */
  startTimeoutMs?: number;
}

const ROOT = resolve(__dirname, '../..');
const running = new Set<ChildProcess>();

/**
 * Starts `node --import tsx bot/main.ts` with a clean environment (so a developer's STORE or
 * BOT_MODE cannot leak in) and waits until /healthz answers.
 */
export async function startChildBot(o: ChildBotOptions): Promise<ChildBot> {
  const port = await freePort();
  const fd = openSync(o.logFile, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      DB_PATH: o.dbPath,
      KNOWLEDGE_DIR: 'knowledge',
      LOG_LEVEL: 'info',
      BOT_MODE: 'local',
      STORE: 'sqlite',
      DIRECTORY: 'yaml',
      TEAMS_SERVICE_URL: o.connectorUrl,
      DISPATCH_INTERVAL_MS: String(o.dispatchIntervalMs ?? 100),
    },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  running.add(child);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  void exited.then(() => running.delete(child));
  const url = `http://127.0.0.1:${port}`;
  const log = () => readFileSync(o.logFile, 'utf8');
  await waitUntilHealthy(url, exited, o.startTimeoutMs ?? 10_000).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n--- bot log ---\n${log().slice(-3000)}`);
  });
  return {
    url,
    pid: child.pid ?? -1,
    post: (body) => postJson(`${url}/api/messages`, body),
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    log,
  };
}

/** For afterAll: SIGKILLs every child this module started that is still running. */
export async function killAllChildBots(): Promise<void> {
  const alive = [...running];
  await Promise.all(alive.map((c) => new Promise<void>((done) => {
    if (c.exitCode !== null || c.signalCode !== null) return done();
    c.once('exit', () => done());
    c.kill('SIGKILL');
  })));
}

async function waitUntilHealthy(url: string, exited: Promise<void>, timeoutMs: number): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error('the bot exited before it answered /healthz');
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) return;
    await sleep(50);
  }
  throw new Error(`the bot did not answer ${url}/healthz within ${timeoutMs} ms`);
}

async function postJson(url: string, body: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  try {
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
  } catch {
    return { status: res.status, body: text };
  }
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Polls `check` until it returns a value (not undefined) or the time is up. */
export async function eventually<T>(what: string, check: () => T | undefined, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`);
    await sleep(25);
  }
}

/**
 * A gate in front of the connector stand-in: calls to the conversations it is told to block are
 * refused with `status`; everything else is passed on unchanged. 503 is a Teams outage, but
 * botbuilder retries it itself for some 7 s before the bot sees it; 412 is just as transient to
 * the bot's retry policy and fails at once.
 */
export class ConnectorGate {
  private readonly blocked = new Map<string, number>();
  /** Blocked calls, as "METHOD path". */
  readonly refused: string[] = [];

  private constructor(private readonly server: Server, readonly url: string, private readonly target: string) {}

  static async start(target: string): Promise<ConnectorGate> {
    const ref: { gate?: ConnectorGate } = {};
    const server = createServer((req, res) => void ref.gate?.handle(req, res));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    ref.gate = new ConnectorGate(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, target.replace(/\/$/u, ''));
    return ref.gate;
  }

  block(conversationId: string, status: 412 | 500 | 503 = 503): void {
    this.blocked.set(conversationId, status);
  }

  open(): void {
    this.blocked.clear();
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((done) => this.server.close(() => done()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const path = req.url ?? '/';
    const conversation = /^\/v3\/conversations\/([^/?]+)/u.exec(path)?.[1];
    const status = conversation === undefined ? undefined : this.blocked.get(decodeURIComponent(conversation));
    if (status !== undefined) {
      this.refused.push(`${req.method} ${path}`);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'ServiceError', message: 'gate closed' } }));
      return;
    }
    await relay(req, body, res, this.target);
  }
}
