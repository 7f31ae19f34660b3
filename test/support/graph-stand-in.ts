import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './http-relay';

/** A user in the stand-in's org chart, shaped like Graph's `user` resource. */
export interface GraphUser {
  id: string;
  displayName: string;
  mail?: string | null;
  userPrincipalName?: string;
  /** The user's manager's id; absent means "no manager set" (Graph answers 404). */
  managerId?: string;
  /** An org contact (external person) can be set as a manager too; default user. */
  type?: 'user' | 'orgContact';
}

/** One request the directory made, token or Graph. */
export interface GraphRequest {
  kind: 'token' | 'manager' | 'user' | 'unknown';
  method: string;
  path: string;
  /** The `$select` query parameter, if any. */
  select: string | null;
  /** The bearer token sent (Graph) or null. */
  bearer: string | null;
  status: number;
}

/** What the next Graph call does instead of answering normally. */
export interface GraphFailure {
  /** Answer with this status; without it, answer normally (after `delayMs`). */
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Wait this long before answering (to provoke a timeout). */
  delayMs?: number;
}

export interface GraphStandInOptions {
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

/**
 * A real local HTTP server in place of Entra ID's token endpoint and Microsoft Graph v1.0.
 * It issues client-credential tokens, serves `/users/{id}` and `/users/{id}/manager` from an
 * in-memory org chart, checks the bearer token, fails on demand and records every request.
 */
export class GraphStandIn {
  readonly requests: GraphRequest[] = [];
  readonly issuedTokens: string[] = [];
  private readonly users = new Map<string, GraphUser>();
  private readonly failures: GraphFailure[] = [];

  private constructor(
    private readonly server: Server,
    private readonly options: GraphStandInOptions,
    /** e.g. `http://127.0.0.1:54321` */
    readonly origin: string,
  ) {}

  static async start(options: GraphStandInOptions): Promise<GraphStandIn> {
    const server = createServer();
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const standIn = new GraphStandIn(server, options, `http://127.0.0.1:${port}`);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void standIn.handle(req, res));
    return standIn;
  }

  /** Base URL for Graph calls, as the directory's `graphBaseUrl`. */
  get graphBaseUrl(): string {
    return `${this.origin}/v1.0`;
  }

  /** Replaces the org chart. */
  setUsers(users: GraphUser[]): void {
    this.users.clear();
    for (const u of users) this.users.set(u.id.toLowerCase(), u);
  }

  /** The next `times` Graph calls (not token calls) answer with `failure`. */
  failNext(failure: GraphFailure, times = 1): void {
    for (let i = 0; i < times; i++) this.failures.push(failure);
  }

  /** The most recently issued access token. */
  lastIssuedToken(): string | undefined {
    return this.issuedTokens[this.issuedTokens.length - 1];
  }

  graphRequests(): GraphRequest[] {
    return this.requests.filter((r) => r.kind === 'manager' || r.kind === 'user');
  }

  tokenRequests(): GraphRequest[] {
    return this.requests.filter((r) => r.kind === 'token');
  }

  clear(): void {
    this.requests.length = 0;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((done) => this.server.close(() => done()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = (await readBody(req)).toString('utf8');
    const url = new URL(req.url ?? '/', this.origin);
    const path = decodeURIComponent(url.pathname);
    const record = (kind: GraphRequest['kind'], status: number, bearer: string | null = null): void => {
      this.requests.push({ kind, method: req.method ?? '', path, select: url.searchParams.get('$select'), bearer, status });
    };
    if (req.method === 'POST' && path === `/${this.options.tenantId}/oauth2/v2.0/token`) return this.token(new URLSearchParams(body), res, record);
    const m = /^\/v1\.0\/users\/([^/]+)(\/manager)?$/u.exec(path);
    if (req.method !== 'GET' || !m) {
      record('unknown', 404);
      return send(res, 404, graphError('Request_ResourceNotFound', `stand-in has no route ${req.method} ${path}`));
    }
    await this.graph(m[1] ?? '', m[2] ? 'manager' : 'user', req, res, record);
  }

  private token(form: URLSearchParams, res: ServerResponse, record: (kind: 'token', status: number) => void): void {
    const { clientId, clientSecret } = this.options;
    if (form.get('grant_type') !== 'client_credentials' || form.get('scope') !== 'https://graph.microsoft.com/.default') {
      record('token', 400);
      return send(res, 400, { error: 'invalid_request', error_description: `AADSTS900144: unexpected grant ${form.get('grant_type')} / scope ${form.get('scope')}` });
    }
    if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
      record('token', 401);
      return send(res, 401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.', error_codes: [7000215] });
    }
    const accessToken = `stand-in-token-${randomUUID()}`;
    this.issuedTokens.push(accessToken);
    record('token', 200);
    send(res, 200, { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: accessToken });
  }

  private async graph(id: string, kind: 'manager' | 'user', req: IncomingMessage, res: ServerResponse, record: (kind: 'manager' | 'user', status: number, bearer: string | null) => void): Promise<void> {
    const bearer = /^Bearer (.+)$/u.exec(req.headers.authorization ?? '')?.[1] ?? null;
    const failure = this.failures.shift();
    if (failure?.delayMs) await delay(failure.delayMs);
    if (failure && failure.status) {
      record(kind, failure.status, bearer);
      return send(res, failure.status, failure.body ?? graphError(codeOf(failure.status), 'stand-in failure'), failure.headers);
    }
    if (!bearer || !this.issuedTokens.includes(bearer)) {
      record(kind, 401, bearer);
      return send(res, 401, graphError('InvalidAuthenticationToken', 'Access token is empty or invalid.'));
    }
    const user = this.users.get(id.toLowerCase());
    const target = kind === 'manager' && user?.managerId ? this.users.get(user.managerId.toLowerCase()) : kind === 'user' ? user : undefined;
    if (!target) {
      record(kind, 404, bearer);
      return send(res, 404, graphError('Request_ResourceNotFound', `Resource '${kind === 'manager' ? 'manager' : id}' does not exist.`));
    }
    record(kind, 200, bearer);
    const { managerId: _managerId, type = 'user', ...resource } = target;
    send(res, 200, { '@odata.type': `#microsoft.graph.${type}`, mail: null, ...resource });
  }
}

function graphError(code: string, message: string): unknown {
  return { error: { code, message, innerError: { 'request-id': randomUUID() } } };
}

function codeOf(status: number): string {
  return { 401: 'InvalidAuthenticationToken', 403: 'Authorization_RequestDenied', 404: 'Request_ResourceNotFound', 429: 'TooManyRequests', 503: 'ServiceNotAvailable' }[status] ?? 'generalException';
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function delay(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
