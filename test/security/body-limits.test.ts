import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { message } from '../support/activities';
import { startBot, type BotUnderTest } from '../support/bot-under-test';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { tinyKb } from '../support/tiny-kb';

/** Hostile bodies at the HTTP edge: streamed past the limit without a length, or a gzip bomb. */
const MAX = 16 * 1024;
let bot: BotUnderTest;
let connector: ConnectorStandIn;

beforeAll(async () => {
  connector = await ConnectorStandIn.start();
  bot = await startBot(tinyKb(), { maxBodyBytes: MAX });
});

afterAll(async () => {
  await bot.stop();
  await connector.stop();
});

interface Streamed {
  status: number;
  /** Bytes written when the answer's headers arrived. */
  sentWhenAnswered: number;
}

/**
 * Streams `chunk` again and again (chunked, no Content-Length) until the server answers or
 * `capBytes` have been sent, and reports how much was sent by the time the answer came.
 */
function streamUntilAnswered(chunk: Buffer, capBytes: number, headers: Record<string, string> = {}): Promise<Streamed> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', ...headers } }, (res) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode ?? 0, sentWhenAnswered: sent });
    });
    // The server closing mid-upload is the point; only an error before any answer is a failure.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      if (answered || sent >= capBytes) return void req.end();
      sent += chunk.length;
      req.write(chunk, () => setImmediate(pump));
    };
    req.write('{"type":"message","text":"');
    pump();
  });
}

async function healthy(): Promise<boolean> {
  return (await fetch(`${bot.url}/healthz`)).status === 200;
}

describe('a body streamed without Content-Length', () => {
  it('is refused with 413 as soon as it passes the limit, not when the sender stops', async () => {
    const result = await streamUntilAnswered(Buffer.alloc(8 * 1024, 'x'), 64 * 1024 * 1024);
    expect(result.status).toBe(413);
    expect(result.sentWhenAnswered).toBeLessThan(2 * 1024 * 1024);
    expect(await healthy()).toBe(true);
  });

  it('is accepted below the limit', async () => {
    const body = JSON.stringify(message('Hur ställer jag in röstbrevlådan?', { serviceUrl: connector.url }));
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < body.length; i += 100) req.write(body.slice(i, i + 100));
      req.end();
    });
    expect(status).toBe(200);
  });
});

describe('a compressed body', () => {
  it('is refused with 415 before it is unpacked (a 10 MB gzip bomb in 10 KB)', async () => {
    const bomb = gzipSync(Buffer.concat([Buffer.from('{"type":"message","text":"'), Buffer.alloc(10 * 1024 * 1024, 'a'), Buffer.from('"}')]));
    expect(bomb.length).toBeLessThan(MAX);
    const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: bomb });
    expect(res.status).toBe(415);
    expect(await healthy()).toBe(true);
  });

  it('accepts an explicit identity encoding', async () => {
    const res = await bot.post(message('hej', { serviceUrl: connector.url }), { 'content-encoding': 'identity' });
    expect(res.status).toBe(200);
  });
});
