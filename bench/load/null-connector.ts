import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The Bot Connector in the load benchmark: answers every send at once and keeps nothing, so the
 * benchmark measures the bot rather than a recorder that grows with every reply.
 */
export interface NullConnector {
  url: string;
  calls(): number;
  stop(): Promise<void>;
}

export async function startNullConnector(): Promise<NullConnector> {
  let calls = 0;
  let next = 1;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      calls += 1;
      const id = `load-${next++}`;
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(req.url?.startsWith('/v3/conversations?') || req.url === '/v3/conversations' ? { id, activityId: `${id}-a` } : { id }));
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    calls: () => calls,
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
