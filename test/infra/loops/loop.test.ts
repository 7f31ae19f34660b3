import { startLoop, type Loop } from '../../../bot/infra/loops/loop';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const silent = { error: jest.fn() };
let loop: Loop | null = null;

afterEach(async () => {
  await loop?.stop();
  loop = null;
  silent.error.mockClear();
});

async function until(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(5);
  }
}

describe('startLoop', () => {
  it('runs at once and then every interval', async () => {
    let rounds = 0;
    loop = startLoop('t', 20, () => rounds++, silent);
    await until(() => rounds >= 3);
  });

  it('never runs a round while the previous one is still going', async () => {
    let active = 0;
    let maxActive = 0;
    let rounds = 0;
    loop = startLoop('t', 1, async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      await sleep(15);
      active--;
      rounds++;
    }, silent);
    for (let i = 0; i < 10; i++) {
      loop.wake();
      await sleep(3);
    }
    await until(() => rounds >= 3);
    expect(maxActive).toBe(1);
  });

  it('runs again right away when woken, instead of waiting the interval', async () => {
    let rounds = 0;
    loop = startLoop('t', 60_000, () => rounds++, silent);
    await until(() => rounds === 1);
    loop.wake();
    await until(() => rounds === 2, 500);
  });

  it('runs once more after a round that was woken while busy', async () => {
    let rounds = 0;
    loop = startLoop('t', 60_000, async () => {
      rounds++;
      await sleep(20);
    }, silent);
    await sleep(5);
    loop.wake();
    await until(() => rounds === 2, 500);
  });

  it('logs a failing round with the error name only and keeps going', async () => {
    let rounds = 0;
    loop = startLoop('t', 5, () => {
      rounds++;
      if (rounds === 1) throw Object.assign(new Error('report text: hotad av Nisse'), { code: 'SQLITE_BUSY' });
    }, silent);
    await until(() => rounds >= 2);
    expect(silent.error).toHaveBeenCalledWith({ loop: 't', failures: 1, err: { name: 'Error', code: 'SQLITE_BUSY' } }, 'loop round failed');
    expect(JSON.stringify(silent.error.mock.calls)).not.toContain('Nisse');
  });

  it('stops after the running round has finished, and starts no more', async () => {
    let rounds = 0;
    let finished = false;
    loop = startLoop('t', 1, async () => {
      rounds++;
      await sleep(30);
      finished = true;
    }, silent);
    await until(() => rounds === 1);
    await loop.stop();
    expect(finished).toBe(true);
    await sleep(20);
    loop.wake();
    await sleep(20);
    expect(rounds).toBe(1);
  });
});
