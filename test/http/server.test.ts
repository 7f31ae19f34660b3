import { request } from 'node:http';
import { tinyKb } from '../support/tiny-kb';
import { startBot, type BotUnderTest } from '../support/bot-under-test';

/** The HTTP edge itself: limits, bad bodies and the health probe. */
let bot: BotUnderTest;
const MAX = 4096;

beforeAll(async () => {
  bot = await startBot(tinyKb(), { maxBodyBytes: MAX });
});

afterAll(() => bot.stop());

/** A raw request, so the body can be chunked (no Content-Length) or anything at all. */
function raw(path: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${bot.url}${path}`, { method: 'POST', headers }, (res) => {
      let data = '';
      res.on('data', (c: Buffer) => (data += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('POST /api/messages', () => {
  it('refuses a body larger than MAX_BODY_BYTES with 413', async () => {
    const res = await bot.post({ type: 'message', text: 'x'.repeat(MAX * 2) });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ code: 'PayloadTooLarge' });
  });

  it('refuses a too large body sent in chunks without a length with 413', async () => {
    const res = await raw('/api/messages', JSON.stringify({ type: 'message', text: 'x'.repeat(MAX * 2) }), { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    expect(res.status).toBe(413);
  });

  it('answers malformed JSON with 400 and a JSON error', async () => {
    const res = await bot.post('{"type": "message", "text": ');
    expect(res.status).toBe(400);
    expect(typeof (res.body as { message?: unknown }).message).toBe('string');
  });

  it('answers JSON that is not an activity with 400', async () => {
    const res = await bot.post({ type: 42, conversation: 'nope' });
    expect(res.status).toBe(400);
  });

  it('answers a JSON array with 400', async () => {
    expect((await bot.post([1, 2, 3])).status).toBe(400);
  });

  it('keeps serving after bad requests', async () => {
    await bot.post('not json at all');
    const res = await fetch(`${bot.url}/healthz`);
    expect(res.status).toBe(200);
  });
});

describe('GET /healthz', () => {
  it('reports ok with the knowledge version and the number of entries', async () => {
    const res = await fetch(`${bot.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toEqual({ status: 'ok', knowledgeVersion: 1, entries: tinyKb().entries.length });
  });
});
