import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from './bot-process';

const DEV_ACCOUNT = 'devstoreaccount1';
/** Azurite's well-known development key (public, documented by Microsoft; not a secret). */
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** Azurite's Table service keeping its data in a folder, so it can be restarted without losing it. */
export interface DiskAzurite {
  connectionString: string;
  /**
   * Stops it (SIGINT: Azurite saves its folder on the way down; acknowledged writes survive, as
   * in real storage) and starts it again on the same port and folder after `downMs`.
   */
  restart(downMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startDiskAzurite(location: string): Promise<DiskAzurite> {
  const port = await freePort();
  let child = await launch(location, port);
  const reap = () => child.kill('SIGKILL');
  process.on('exit', reap);
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};TableEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`,
    restart: async (downMs = 0) => {
      await terminate(child);
      await new Promise((done) => setTimeout(done, downMs));
      child = await launch(location, port);
    },
    stop: async () => {
      process.off('exit', reap);
      await killHard(child);
    },
  };
}

function launch(location: string, port: number): Promise<ChildProcess> {
  const bin = path.join(__dirname, '../../node_modules/.bin/azurite-table');
  const child = spawn(bin, ['--location', location, '--tableHost', '127.0.0.1', '--tablePort', String(port), '--skipApiVersionCheck', '--disableTelemetry', '--silent'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`Azurite did not start within 15 s: ${output}`));
    }, 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('successfully started')) {
        clearTimeout(timer);
        done(child);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Azurite exited with ${code}: ${output}`));
    });
  });
}

function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });
}

/** SIGINT (Azurite's own shutdown, which saves the folder), and SIGKILL should it not be gone within 5 s. */
function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGINT');
  });
}
