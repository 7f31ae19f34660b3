import { join } from 'node:path';
import { startBotProcess, type BotProcess } from '../../test/support/bot-process';
import { startRoundRobinProxy, type RoundRobinProxy } from '../../test/support/round-robin-proxy';

export type Server = 'riktlinjeboten' | 'echo';
export type Store = 'sqlite' | 'azure' | 'none';

export interface StackConfig {
  server: Server;
  store: Store;
  instances: number;
}

export interface Stack {
  /** The proxy's /api/messages: every configuration, also one instance, goes through it. */
  url: string;
  processes: BotProcess[];
  stop(): Promise<void>;
}

export interface StackResources {
  workDir: string;
  connectorUrl: string;
  /** For store azure: Azurite's connection string and a table prefix no other configuration used. */
  azure?: { connectionString: string; prefix: string };
}

/** Starts the configuration's processes (bot or echo bot) behind a round-robin proxy. */
export async function startStack(c: StackConfig, r: StackResources): Promise<Stack> {
  const name = `${c.server}-${c.store}-${c.instances}`;
  const processes = await Promise.all(
    Array.from({ length: c.instances }, (_, i) =>
      startBotProcess({
        script: c.server === 'echo' ? 'bench/load/echo-main.ts' : 'bot/main.ts',
        logFile: join(r.workDir, `${name}-${i}.log`),
        env: c.server === 'echo' ? {} : botEnv(c, r),
        startTimeoutMs: 30_000,
      }),
    ),
  );
  let proxy: RoundRobinProxy;
  try {
    proxy = await startRoundRobinProxy(processes.map((p) => p.url));
  } catch (error) {
    await Promise.all(processes.map((p) => p.kill()));
    throw error;
  }
  return {
    url: `${proxy.url}/api/messages`,
    processes,
    stop: async () => {
      await proxy.stop();
      await Promise.all(processes.map((p) => p.kill()));
    },
  };
}

function botEnv(c: StackConfig, r: StackResources): Record<string, string> {
  const common = {
    BOT_MODE: 'local',
    KNOWLEDGE_DIR: 'knowledge',
    DIRECTORY: 'yaml',
    LOG_LEVEL: 'info',
    TEAMS_SERVICE_URL: r.connectorUrl,
    DISPATCH_INTERVAL_MS: '200',
    // One file for every instance of the configuration: SQLite in WAL mode shares it on one machine.
    DB_PATH: join(r.workDir, `load-${c.instances}.sqlite`),
  };
  if (c.store !== 'azure') return { ...common, STORE: 'sqlite' };
  if (!r.azure) throw new Error('store azure needs Azurite');
  return { ...common, STORE: 'azure', AZURE_STORAGE_CONNECTION_STRING: r.azure.connectionString, AZURE_TABLE_PREFIX: r.azure.prefix };
}
