import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback HTTP proxy that hands each request to the next bot instance in turn (as a load balancer would). */
export interface RoundRobinProxy {
  url: string;
  /** Which instance (index) each request went to, in arrival order. */
  readonly routed: number[];
  stop(): Promise<void>;
}

export async function startRoundRobinProxy(targets: readonly string[]): Promise<RoundRobinProxy> {
  let next = 0;
  const routed: number[] = [];
  const server = http.createServer((req, res) => {
    const index = next++ % targets.length;
    routed.push(index);
    const target = new URL(req.url ?? '/', targets[index]);
    const upstream = http.request(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    routed,
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
