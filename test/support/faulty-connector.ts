import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody, relay } from './http-relay';

/** A fault the connector answers with instead of passing the call on. */
export interface InjectedFault {
  status: 429 | 503;
  /** Retry-After in seconds, for 429. */
  retryAfter?: number;
  call: string;
}

export interface FaultPlan {
  /** Share of calls in [0, 1) answered with a fault instead of being passed on. */
  rate: number;
  /** Of the faults, the share that are 429 (the rest are 503). */
  throttledShare: number;
  random: () => number;
}

/**
 * A loopback proxy in front of the connector stand-in that answers a seeded share of calls with
 * 429 (Retry-After 0 or 1 s) or 503 without passing them on: the bot sees Teams throttling or an
 * outage, and the stand-in records only what really got through.
 */
export class FaultyConnector {
  readonly injected: InjectedFault[] = [];
  private plan: FaultPlan | null = null;

  private constructor(private readonly server: Server, readonly url: string, private readonly target: string) {}

  static async start(target: string): Promise<FaultyConnector> {
    const ref: { proxy?: FaultyConnector } = {};
    const server = createServer((req, res) => void ref.proxy?.handle(req, res).catch(() => res.destroy()));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    ref.proxy = new FaultyConnector(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, target.replace(/\/$/u, ''));
    return ref.proxy;
  }

  inject(plan: FaultPlan): void {
    this.plan = plan;
  }

  heal(): void {
    this.plan = null;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((done) => this.server.close(() => done()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const call = `${req.method} ${req.url ?? '/'}`;
    const fault = this.draw(call);
    if (fault) {
      this.injected.push(fault);
      res.writeHead(fault.status, { 'content-type': 'application/json', ...(fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) }) });
      res.end(JSON.stringify({ error: { code: fault.status === 429 ? 'TooManyRequests' : 'ServiceUnavailable', message: 'injected fault' } }));
      return;
    }
    await relay(req, body, res, this.target);
  }

  private draw(call: string): InjectedFault | null {
    const plan = this.plan;
    if (!plan || plan.random() >= plan.rate) return null;
    return plan.random() < plan.throttledShare ? { status: 429, retryAfter: plan.random() < 0.5 ? 0 : 1, call } : { status: 503, call };
  }
}
