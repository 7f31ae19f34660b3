/**
 * `npm run dev`: the bot and the Microsoft 365 Agents Playground (a local Teams simulator), with
 * zero configuration. Ctrl+C stops both.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, startBot, type RunningBot } from './playground/bot';
import { DEFAULT_PLAYGROUND_PORT, startPlayground, type RunningPlayground } from './playground/playground';

const DATA_DIR = path.join(REPO_ROOT, 'data');

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3978);
  const playgroundPort = Number(process.env.PLAYGROUND_PORT ?? DEFAULT_PLAYGROUND_PORT);
  mkdirSync(DATA_DIR, { recursive: true });
  const running: { stop(): Promise<void> }[] = [];
  onCtrlC(running);

  say(`Startar boten på port ${port} … / Starting the bot on port ${port} …`);
  const bot: RunningBot = await startBot({
    port,
    dbPath: process.env.DB_PATH ?? path.join(DATA_DIR, 'dev.sqlite'),
    logLevel: process.env.LOG_LEVEL ?? 'info',
    logFile: path.join(DATA_DIR, 'bot.log'),
  });
  running.push(bot);

  say('Startar Microsoft 365 Agents Playground … / Starting the Microsoft 365 Agents Playground …');
  const playground: RunningPlayground = await startPlayground({ botUrl: bot.messagesUrl, port: playgroundPort, logFile: path.join(DATA_DIR, 'playground.log') });
  running.push(playground);

  say('');
  say(`  Öppna ${playground.url} i webbläsaren och chatta med Riktlinjeboten.`);
  say(`  Open ${playground.url} in your browser to chat with Riktlinjeboten.`);
  say('');
  say(`  Loggar / logs: ${path.relative(process.cwd(), path.join(DATA_DIR, 'bot.log'))}, ${path.relative(process.cwd(), playground.logFile)}`);
  say('  Stoppa med Ctrl+C. / Stop with Ctrl+C.');

  // Either one dying leaves the other useless: stop both and say which.
  for (const [name, child] of [['Boten / The bot', bot.child], ['Playground', playground.child]] as const) {
    child.process.once('exit', (code) => {
      if (stopping) return;
      say(`${name} avslutades (kod ${code}). / exited (code ${code}). Se loggen / see the log.`);
      void stopAll(running).then(() => process.exit(1));
    });
  }
}

let stopping = false;

async function stopAll(running: { stop(): Promise<void> }[]): Promise<void> {
  stopping = true;
  await Promise.all([...running].reverse().map((r) => r.stop()));
}

function onCtrlC(running: { stop(): Promise<void> }[]): void {
  let firstAt = 0;
  const stop = () => {
    // Ctrl+C reaches us twice (from the terminal and relayed by tsx); only a later one forces exit.
    if (stopping) {
      if (Date.now() - firstAt > 2000) process.exit(1);
      return;
    }
    firstAt = Date.now();
    say('\nStoppar … / Stopping …');
    void stopAll(running).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.stderr.write('npm run dev kunde inte starta. / npm run dev could not start.\n');
  process.exit(1);
});
