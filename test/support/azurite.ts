import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { freePort } from '../../scripts/playground/processes';

/** Azurite's well-known development account (public, documented by Microsoft; not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  connectionString: string;
  /** A table prefix no other test used: each test gets empty tables in the same Azurite. */
  freshPrefix(): string;
  stop(): Promise<void>;
}

/** Starts Azurite's Table service in memory on a free loopback port; resolves when it listens. */
export async function startAzurite(): Promise<Azurite> {
  const port = await freePort();
  const bin = path.join(__dirname, '../../node_modules/.bin/azurite-table');
  const child = spawn(bin, ['--inMemoryPersistence', '--tableHost', '127.0.0.1', '--tablePort', String(port), '--skipApiVersionCheck', '--disableTelemetry', '--silent'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Should the test process end without afterAll (a crash, a timeout), Azurite goes with it.
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  try {
    await listening(child);
  } catch (error) {
    reap();
    throw error;
  }
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};TableEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`,
    freshPrefix: () => `t${randomUUID().replace(/-/g, '').slice(0, 12)}`,
    stop: async () => {
      process.off('exit', reap);
      await stop(child);
    },
  };
}

function listening(child: ChildProcess): Promise<void> {
  return new Promise((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`Azurite did not start within 15 s: ${output}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('successfully started')) {
        clearTimeout(timer);
        done();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Azurite exited with ${code}: ${output}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/** beforeAll/afterAll for a suite: one Azurite per test file. */
export function useAzurite(): { current(): Azurite } {
  let azurite: Azurite | undefined;
  beforeAll(async () => {
    azurite = await startAzurite();
  }, 20_000);
  afterAll(async () => {
    await azurite?.stop();
  });
  return {
    current: () => {
      if (!azurite) throw new Error('Azurite is not running (useAzurite() must be called inside describe or at the top of the file).');
      return azurite;
    },
  };
}
