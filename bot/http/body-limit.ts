import type { Next, Request, RequestHandler, Response } from 'restify';
import type { Logger } from '../infra/logger';

/**
 * Reads a JSON body into `req.body`, counting bytes as they arrive. restify's own body parser
 * answers 413 only once the sender stops, so a chunked body without Content-Length could stream
 * for as long as the sender liked; here, past the limit, the answer is 413 at once and the
 * connection is closed, so the rest is never read. Malformed JSON is 400.
 */
export function readJsonBody(maxBodyBytes: number, logger: Logger): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let finished = false;
    const answer = (status: number, code: string, message: string) => {
      finished = true;
      logger.info({ path: req.path(), status, error: code }, 'request refused');
      res.header('connection', 'close');
      res.json(status, { code, message });
      next(false);
    };
    req.on('data', (chunk: Buffer) => {
      if (finished) return;
      received += chunk.length;
      if (received <= maxBodyBytes) return void chunks.push(chunk);
      chunks.length = 0;
      res.once('finish', () => req.destroy());
      answer(413, 'PayloadTooLarge', `Request body size exceeds ${maxBodyBytes} bytes`);
    });
    req.on('end', () => {
      if (finished) return;
      const parsed = parseJson(Buffer.concat(chunks).toString('utf8'));
      if (!parsed.ok) return answer(400, 'BadRequest', `The body is not valid JSON: ${parsed.error}`);
      finished = true;
      req.body = parsed.value;
      next();
    });
    // The sender went away mid-body: there is nobody to answer.
    req.on('error', () => void (finished = true));
  };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: text.trim() === '' ? undefined : (JSON.parse(text) as unknown) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/**
 * A compressed body could unpack to gigabytes from a few hundred kilobytes, and the Bot Framework
 * sends plain JSON: any Content-Encoding but identity is refused with 415 before the body is read.
 */
export function refuseEncodedBodies(req: Request, res: Response, next: Next): void {
  const encoding = (req.header('content-encoding') ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' || encoding === '') return void next();
  res.header('connection', 'close');
  res.json(415, { code: 'UnsupportedMediaType', message: 'Compressed request bodies are not accepted; send plain JSON.' });
  next(false);
}
