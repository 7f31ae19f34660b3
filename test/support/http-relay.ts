import type { IncomingMessage, ServerResponse } from 'node:http';

/** The whole body of a request the stand-ins and proxies receive. */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Passes a request on to `target` unchanged and its answer back: what the fault-injecting proxies do when they let a call through. */
export async function relay(req: IncomingMessage, body: Buffer, res: ServerResponse, target: string): Promise<void> {
  const forwarded = await fetch(`${target}${req.url ?? '/'}`, { method: req.method, headers: { 'content-type': 'application/json' }, ...(body.length ? { body } : {}) });
  res.writeHead(forwarded.status, { 'content-type': forwarded.headers.get('content-type') ?? 'application/json' });
  res.end(Buffer.from(await forwarded.arrayBuffer()));
}
