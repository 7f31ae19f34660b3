import { DeliveryFailure } from '../../domain/outbox/ports';

interface HttpishError {
  statusCode?: number;
  status?: number;
  code?: unknown;
  response?: { status?: number; headers?: unknown; bodyAsText?: string | null; parsedBody?: unknown };
  details?: unknown;
}

/**
 * The connector's answer as the dispatcher needs it: HTTP status, Retry-After and the Teams error
 * code (ConversationNotFound, MessageWritesBlocked...). Never the message text.
 */
export function toDeliveryFailure(error: unknown): unknown {
  if (error instanceof DeliveryFailure) return error;
  const e = (error ?? {}) as HttpishError;
  // A bug of ours (TypeError...) stays what it is; only the connector's answers are classified.
  if (!isHttpish(e)) return error;
  const status = e.statusCode ?? e.response?.status ?? e.status ?? 0;
  return new DeliveryFailure(typeof status === 'number' ? status : 0, retryAfter(e.response?.headers), teamsCode(e));
}

const NETWORK = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|REQUEST_SEND_ERROR|UND_ERR_\w+)$/;

function isHttpish(e: HttpishError): boolean {
  return typeof e.statusCode === 'number' || typeof e.response?.status === 'number' || (typeof e.code === 'string' && NETWORK.test(e.code));
}

function retryAfter(headers: unknown): number | undefined {
  const raw = header(headers, 'retry-after');
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

function header(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const h = headers as { get?: (n: string) => string | null | undefined } & Record<string, unknown>;
  if (typeof h.get === 'function') return h.get(name) ?? undefined;
  const value = h[name] ?? h[name.toLowerCase()];
  return typeof value === 'string' ? value : undefined;
}

const CODE = /^[A-Za-z][A-Za-z0-9]{1,60}$/;

function teamsCode(e: HttpishError): string | undefined {
  const fromBody = bodyCode(e.response?.parsedBody) ?? bodyCode(parse(e.response?.bodyAsText)) ?? bodyCode(e.details);
  const code = fromBody ?? (typeof e.code === 'string' ? e.code : undefined);
  return code && CODE.test(code) ? code : undefined;
}

function bodyCode(body: unknown): string | undefined {
  const code = (body as { error?: { code?: unknown } } | undefined)?.error?.code;
  return typeof code === 'string' ? code : undefined;
}

function parse(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
