import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { freePort, launchChromium, startBot, startPlayground, type Browser, type RunningBot, type RunningPlayground } from '../../scripts/playground';
import { SCREENSHOT_DIR, button, card, openChat, say, snap, waitForCard, waitForText } from './support/chat';

/**
 * The whole bot in the Microsoft 365 Agents Playground (the local Teams simulator), in headless
 * chromium: the real knowledge/, a fresh SQLite file, the demo directory (Alex Wilber, the
 * simulator's user, is his own manager, so the manager card shows in the same chat).
 * Each step saves docs/screenshots/NN-step.png for the README.
 */

const CASE_NUMBER = /MOB-\d{4}-\d{4}/;

/**
 * Steps of one conversation build on each other: after a failed step the rest fail at once
 * ("an earlier step failed") instead of each waiting for its timeout.
 */
function chain(): (name: string, run: () => Promise<void>) => void {
  let broken: string | null = null;
  return (name, run) =>
    it(name, async () => {
      if (broken) throw new Error(`Not run: the earlier step "${broken}" failed.`);
      try {
        await run();
      } catch (error) {
        broken = name;
        throw error;
      }
    });
}

let tmp: string;
let bot: RunningBot | undefined;
let playground: RunningPlayground | undefined;
let browser: Browser | undefined;
let page: Page;
const startedAt = Date.now();

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'riktlinjeboten-browser-'));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  bot = await startBot({ port: await freePort(), dbPath: path.join(tmp, 'bot.sqlite'), logLevel: 'info', logFile: process.env.BROWSER_TEST_BOT_LOG ?? path.join(tmp, 'bot.log') });
  playground = await startPlayground({ botUrl: bot.messagesUrl, port: await freePort(), workDir: tmp });
  browser = await launchChromium({ width: 1280, height: 960 });
  page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  await openChat(page, playground.url, 'Hej! Jag är Riktlinjeboten');
});

afterAll(async () => {
  // Every process is stopped even when a step failed; the bot's log stays for a failed run.
  await browser?.close();
  await playground?.stop();
  await bot?.stop();
  rmSync(tmp, { recursive: true, force: true });
  process.stdout.write(`Browser end-to-end test took ${((Date.now() - startedAt) / 1000).toFixed(1)} s\n`);
});

describe('the bot in the Teams simulator', () => {
  const step = chain();
  step('greets a new user with the welcome card', async () => {
    await snap(page, '01-welcome', card(page, 'Hej! Jag är Riktlinjeboten'));
  });

  step('answers a question with an answer card', async () => {
    await say(page, 'Hur ställer jag in telesvar på mobilen?');
    const answer = await waitForCard(page, 'Ställa in telesvar');
    await expectVisible(answer.getByText('Fick du hjälp av svaret?'));
    await snap(page, '02-answer', answer);
  });

  step('answers a second question with its own card', async () => {
    await say(page, 'vad räknas som allmän handling');
    const answer = await waitForCard(page, 'Vad är en allmän handling?');
    await expectVisible(answer.getByText(/offentlighetsprincipen/));
    await snap(page, '03-second-answer', answer);
  });

  step('opens a related topic from the answer', async () => {
    const first = card(page, 'Ställa in telesvar');
    await button(first, 'Hänvisning och telesvar').click();
    const related = await waitForCard(page, /Använd alltid hänvisning eller telesvar/);
    await snap(page, '04-related-topic', related);
  });

  step('thanks for a 👎 and keeps the answer readable', async () => {
    const related = card(page, /Använd alltid hänvisning eller telesvar/);
    await button(related, '👎').click();
    const updated = await waitForCard(page, 'Tack för din återkoppling!');
    await expectVisible(updated.getByText(/Använd alltid hänvisning eller telesvar/));
    expect(await updated.locator('button', { hasText: '👎' }).count()).toBe(0);
    await snap(page, '05-feedback', updated);
  });

  describe('reporting a lost work phone', () => {
    const step = chain();
    step('shows the report form', async () => {
      await say(page, 'jag har tappat jobbmobilen');
      const form = await waitForCard(page, 'Tappad eller stulen jobbmobil');
      await expectVisible(button(form, 'Skicka rapporten'));
      await snap(page, '06-report-form', form);
    });

    step('sends the report and confirms it with a case number', async () => {
      const form = card(page, 'Tappad eller stulen jobbmobil');
      await form.getByLabel(/Telefonens nummer/).fill('070-765 43 21');
      await form.getByText('Stulen', { exact: true }).click();
      await form.getByLabel(/Var tror du att det hände/).fill('På bussen till jobbet');
      await button(form, 'Skicka rapporten').click();
      const confirmation = await waitForCard(page, 'Tack, din rapport är skickad');
      await expect(confirmation.textContent()).resolves.toMatch(CASE_NUMBER);
      await snap(page, '07-report-confirmation', confirmation);
    });

    step('brings the case to the manager (Alex is his own manager in the demo directory)', async () => {
      const manager = await waitForCard(page, /Ny – väntar på att någon tar hand om den/);
      await expect(manager.textContent()).resolves.toMatch(CASE_NUMBER);
      await expectVisible(manager.getByText('070-765 43 21'));
      await snap(page, '08-manager-card', manager);
    });

    step('lets the manager acknowledge, and the card shows who has it', async () => {
      await button(card(page, /Ny – väntar på att någon tar hand om den/), 'Jag tar hand om det').click();
      const acknowledged = await waitForCard(page, /Kvitterad av Alex Wilber/);
      await snap(page, '09-manager-acknowledged', acknowledged);
    });

    step('tells the reporter that the manager took the case', async () => {
      const update = await waitForText(page, /Alex Wilber tar hand om ärende MOB-\d{4}-\d{4}/);
      await snap(page, '10-reporter-update', update);
    });

    step('marks the phone blocked and closes the case, and the reporter hears about it', async () => {
      await button(card(page, /Kvitterad av Alex Wilber/), 'Telefonen är spärrad').click();
      const blocked = await waitForCard(page, /Läge: telefonen är spärrad/i);
      await button(blocked, 'Avsluta').click();
      const closed = await waitForCard(page, /Avslutad av Alex Wilber/);
      await snap(page, '11-manager-closed', closed);
      const closedUpdate = await waitForText(page, /MOB-\d{4}-\d{4}.*avslutat/);
      await snap(page, '12-reporter-closed-update', closedUpdate);
    });
  });
});

async function expectVisible(locator: ReturnType<Page['locator']>): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: 10_000 });
}
