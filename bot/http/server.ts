import restify, { type Next, type Request, type Response } from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from '../infra/logger';
import { isActivityShaped } from './activity-shape';
import { readJsonBody, refuseEncodedBodies } from './body-limit';

/** Anything that handles a turn: the teams-ai Application, or the echo bot of the benchmark. */
export interface Bot {
  run(context: TurnContext): Promise<unknown>;
}

export interface Health {
  knowledgeVersion: number;
  entries: number;
}

export interface ServerDeps {
  adapter: Pick<CloudAdapter, 'process'>;
  bot: Bot;
  health: () => Health;
  maxBodyBytes: number;
  logger: Logger;
}

/** The HTTP edge: Teams posts activities to /api/messages; /healthz is for probes. Call `listen` yourself. */
export function createServer(deps: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'riktlinjeboten', handleUncaughtExceptions: false });
  server.post('/api/messages', rejectDeclaredTooLarge(deps.maxBodyBytes), refuseEncodedBodies, readJsonBody(deps.maxBodyBytes, deps.logger), messagesHandler(deps));
  server.get('/healthz', (_req: Request, res: Response, next: Next) => {
    res.json(200, { status: 'ok', ...deps.health() });
    return next();
  });
  server.on('restifyError', (req: Request, _res: Response, err: Error & { statusCode?: number }, callback: () => void) => {
    deps.logger.info({ path: req.path(), status: err.statusCode, error: err.name }, 'request refused');
    callback();
  });
  return server;
}

/** Refuses a body that says it is too big before reading it, so it is never buffered. */
function rejectDeclaredTooLarge(maxBodyBytes: number): restify.RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    const declared = Number(req.header('content-length') ?? '0');
    if (declared > maxBodyBytes) {
      res.header('connection', 'close');
      res.json(413, { code: 'PayloadTooLarge', message: `Request body size exceeds ${maxBodyBytes} bytes` });
      return next(false);
    }
    return next();
  };
}

function messagesHandler(deps: ServerDeps): restify.RequestHandler {
  return async (req: Request, res: Response) => {
    if (!isActivityShaped(req.body)) {
      deps.logger.info({ path: req.path() }, 'activity refused: not a Bot Framework activity');
      res.json(400, { code: 'BadRequest', message: 'The body is not a Bot Framework activity.' });
      return;
    }
    try {
      // @types/restify is v8; the adapter only needs body, headers, method and status/send/end.
      await deps.adapter.process(req as never, res as never, (context) => deps.bot.run(context).then(() => undefined));
    } catch (error) {
      // A failing turn goes to the adapter's onTurnError; this is the adapter itself failing.
      deps.logger.error({ err: { name: (error as Error).name, message: (error as Error).message } }, 'activity could not be processed');
      if (!res.headersSent) res.json(500, { code: 'InternalError', message: 'The activity could not be processed.' });
    }
  };
}
