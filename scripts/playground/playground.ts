import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './bot';
import { spawnChild, waitForHttp, waitForOutput, type Child } from './processes';

/** The Playground's own default port; it falls back to a random one when this is taken. */
export const DEFAULT_PLAYGROUND_PORT = 56150;

const CLI = path.join(REPO_ROOT, 'node_modules/@microsoft/m365agentsplayground/cli.js');

export interface PlaygroundOptions {
  /** The bot's /api/messages URL. */
  botUrl: string;
  port?: number;
  /** Where it writes its log file; its working directory, so `.m365agentsplayground.yml` there is used. */
  workDir?: string;
  /** Its log file; default `playground.log` in workDir. */
  logFile?: string;
  echo?: boolean;
}

export interface RunningPlayground {
  child: Child;
  port: number;
  /** Open this in a browser. */
  url: string;
  logFile: string;
  stop(): Promise<void>;
}

/**
 * Starts the Microsoft 365 Agents Playground (the local Teams simulator) as a child process,
 * without telemetry and without opening a browser, and waits until its page answers.
 */
export async function startPlayground(o: PlaygroundOptions): Promise<RunningPlayground> {
  const workDir = o.workDir ?? REPO_ROOT;
  mkdirSync(workDir, { recursive: true });
  const logFile = o.logFile ?? path.join(workDir, 'playground.log');
  const child = spawnChild({
    name: 'The Microsoft 365 Agents Playground',
    command: process.execPath,
    args: [CLI, '-e', o.botUrl, '-c', 'msteams', '--disable-telemetry', '-p', String(o.port ?? DEFAULT_PLAYGROUND_PORT)],
    cwd: workDir,
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_LOGFILE: logFile },
    echo: o.echo,
  });
  try {
    // It says which port it really got ("Listening on 56150"): a taken port silently becomes a random one.
    const match = await waitForOutput(/Listening on (\d+)/, child, 60_000);
    const port = Number(match[1]);
    const url = `http://localhost:${port}/`;
    await waitForHttp(url, child, 30_000);
    return { child, port, url, logFile, stop: () => child.stop() };
  } catch (error) {
    await child.stop();
    throw error;
  }
}
