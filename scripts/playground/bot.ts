import path from 'node:path';
import { spawnChild, waitForHttp, type Child } from './processes';

export const REPO_ROOT = path.resolve(__dirname, '../..');

export interface BotOptions {
  port: number;
  /** SQLite file; created if missing. */
  dbPath: string;
  knowledgeDir?: string;
  logLevel?: string;
  logFile?: string;
  echo?: boolean;
  /** Extra environment, e.g. to point the bot at a stand-in. */
  env?: NodeJS.ProcessEnv;
  startTimeoutMs?: number;
}

export interface RunningBot {
  child: Child;
  port: number;
  /** What the Playground posts activities to. */
  messagesUrl: string;
  healthUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts bot/main.ts exactly as `npm start` composes it (local mode: anonymous, no Azure), through
 * tsx's loader in one node process, and waits until /healthz answers.
 */
export async function startBot(o: BotOptions): Promise<RunningBot> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(o.port),
    DB_PATH: o.dbPath,
    KNOWLEDGE_DIR: o.knowledgeDir ?? path.join(REPO_ROOT, 'knowledge'),
    LOG_LEVEL: o.logLevel ?? 'info',
    BOT_MODE: 'local',
    ...o.env,
  };
  const child = spawnChild({
    name: 'The bot (bot/main.ts)',
    command: process.execPath,
    args: ['--import', 'tsx', path.join(REPO_ROOT, 'bot/main.ts')],
    cwd: REPO_ROOT,
    env,
    logFile: o.logFile,
    echo: o.echo,
  });
  const healthUrl = `http://127.0.0.1:${o.port}/healthz`;
  try {
    await waitForHttp(healthUrl, child, o.startTimeoutMs ?? 60_000);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { child, port: o.port, messagesUrl: `http://127.0.0.1:${o.port}/api/messages`, healthUrl, stop: () => child.stop() };
}
