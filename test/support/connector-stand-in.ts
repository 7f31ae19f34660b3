import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { readBody } from './http-relay';

/** One call the bot made to the Bot Connector. */
export interface ConnectorCall {
  /** `create-conversation`: POST /v3/conversations (proactive 1:1); `activity`: a post, reply, update or delete. */
  kind: 'activity' | 'create-conversation';
  method: 'POST' | 'PUT' | 'DELETE';
  path: string;
  conversationId: string;
  /** The activity the call was about: the one replied to (POST .../activities/:id) or updated (PUT). */
  activityId: string | null;
  /** The activity sent; for create-conversation, the initial activity if any. */
  activity: Partial<Activity>;
  /** The raw JSON body. */
  body: unknown;
  /** The status the stand-in answered with. */
  status: number;
}

export interface Failure {
  status: 403 | 404 | 412 | 429 | 500 | 502 | 503 | 504;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A call the stand-in does not answer in time: never (until `stop()`), or normally after `delayMs`. */
export interface Hang {
  delayMs?: number;
}

/**
 * A real local HTTP server in place of the Bot Connector (`serviceUrl`). It records every
 * activity the bot posts or updates and answers with fresh ids, or with a failure on demand.
 */
export class ConnectorStandIn {
  readonly calls: ConnectorCall[] = [];
  private readonly failures: Failure[] = [];
  private failAlways: Failure | null = null;
  private readonly hangs: Hang[] = [];
  private readonly held = new Set<object>();
  private nextId = 1;
  private waiters: { predicate: () => boolean; resolve: () => void }[] = [];

  private constructor(private readonly server: Server, readonly url: string) {}

  static async start(): Promise<ConnectorStandIn> {
    // The handler needs the instance, the instance needs the server's port.
    const ref: { standIn?: ConnectorStandIn } = {};
    const server = createServer((req, res) => void ref.standIn?.handle(req, res));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    ref.standIn = new ConnectorStandIn(server, `http://127.0.0.1:${port}/`);
    return ref.standIn;
  }

  /** The next `times` calls fail with `failure`, then calls succeed again. */
  failNext(failure: Failure, times = 1): void {
    for (let i = 0; i < times; i++) this.failures.push(failure);
  }

  /** Every call fails with `failure` until `recover()`. */
  failAll(failure: Failure): void {
    this.failAlways = failure;
  }

  recover(): void {
    this.failAlways = null;
    this.failures.length = 0;
    this.hangs.length = 0;
  }

  /**
   * The next `times` calls are held: with `delayMs`, answered normally (and recorded as accepted)
   * after that long, like a slow Teams that did take the message; without, not answered at all.
   */
  hangNext(hang: Hang = {}, times = 1): void {
    for (let i = 0; i < times; i++) this.hangs.push(hang);
  }

  /** Calls being held right now. */
  get holding(): number {
    return this.held.size;
  }

  /** Messages (not typing indicators) posted or updated, in order. */
  messages(): Partial<Activity>[] {
    return this.calls.filter((c) => c.kind === 'activity' && c.activity.type === 'message' && c.status < 300).map((c) => c.activity);
  }

  /** The Adaptive Cards the bot sent, in order. */
  cards(): Record<string, unknown>[] {
    return this.messages().flatMap((a) => (a.attachments ?? []).filter((x) => x.contentType === 'application/vnd.microsoft.card.adaptive').map((x) => x.content as Record<string, unknown>));
  }

  /** Resolves when at least `count` messages have been recorded (typing timers can post late). */
  async waitForMessages(count: number, timeoutMs = 5000): Promise<Partial<Activity>[]> {
    await this.waitFor(() => this.messages().length >= count, timeoutMs);
    return this.messages();
  }

  clear(): void {
    this.calls.length = 0;
  }

  async stop(): Promise<void> {
    // Held calls end with their connections here.
    this.server.closeAllConnections();
    await new Promise<void>((done) => this.server.close(() => done()));
  }

  private async waitFor(predicate: () => boolean, timeoutMs: number): Promise<void> {
    if (predicate()) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`connector stand-in: condition not met within ${timeoutMs} ms; calls: ${JSON.stringify(this.calls.map((c) => `${c.method} ${c.path} ${c.activity.type}`))}`)), timeoutMs);
      this.waiters.push({ predicate, resolve: () => { clearTimeout(timer); resolve(); } });
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = (await readBody(req)).toString('utf8');
    const route = matchRoute(req.method ?? '', req.url ?? '');
    if (!route) return send(res, 404, { error: { code: 'NotFound', message: `stand-in has no route ${req.method} ${req.url}` } });
    const hang = this.hangs.shift();
    if (hang) await this.hold(hang.delayMs);
    const failure = this.failAlways ?? this.failures.shift() ?? null;
    const json = parse(body);
    const created = route.kind === 'create-conversation' ? `conversation-${this.nextId++}` : null;
    const activity = (route.kind === 'create-conversation' ? (json as { activity?: Partial<Activity> }).activity ?? {} : json) as Partial<Activity>;
    const status = failure?.status ?? (route.method === 'POST' ? 201 : 200);
    this.calls.push({ kind: route.kind, method: route.method, path: req.url ?? '', conversationId: created ?? route.conversationId, activityId: route.activityId, activity, body: json, status });
    if (failure) send(res, failure.status, failure.body ?? { error: { code: codeOf(failure.status), message: 'stand-in failure' } }, failure.headers);
    else if (created) send(res, status, { id: created, activityId: `activity-${this.nextId++}` });
    else send(res, status, { id: route.method === 'PUT' && route.activityId ? route.activityId : `activity-${this.nextId++}` });
    this.notify();
  }

  /** Resolves after `delayMs`; never without it (the connection is closed by `stop()`). */
  private hold(delayMs: number | undefined): Promise<void> {
    return new Promise((resolve) => {
      const token = {};
      this.held.add(token);
      if (delayMs !== undefined) setTimeout(() => (this.held.delete(token), resolve()), delayMs);
    });
  }

  private notify(): void {
    this.waiters = this.waiters.filter((w) => (w.predicate() ? (w.resolve(), false) : true));
  }
}

interface Route {
  kind: ConnectorCall['kind'];
  method: 'POST' | 'PUT' | 'DELETE';
  conversationId: string;
  activityId: string | null;
}

function matchRoute(method: string, url: string): Route | null {
  if (method === 'POST' && /^\/v3\/conversations\/?(?:\?.*)?$/u.test(url)) return { kind: 'create-conversation', method: 'POST', conversationId: '', activityId: null };
  const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?\/?(?:\?.*)?$/u.exec(url);
  if (!m || !['POST', 'PUT', 'DELETE'].includes(method)) return null;
  return { kind: 'activity', method: method as Route['method'], conversationId: decodeURIComponent(m[1] ?? ''), activityId: m[2] ? decodeURIComponent(m[2]) : null };
}

function parse(body: string): unknown {
  try {
    return body ? (JSON.parse(body) as unknown) : {};
  } catch {
    return {};
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function codeOf(status: number): string {
  return { 403: 'BotNotInConversationRoster', 404: 'ConversationNotFound', 429: 'TooManyRequests' }[status] ?? 'ServiceError';
}
