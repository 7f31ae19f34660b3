import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** How the Microsoft 365 Agents Playground page is driven: selectors checked against version 0.2.28. */

const STEP_WAIT_MS = 20_000;

export const SCREENSHOT_DIR = path.resolve(__dirname, '../../../docs/screenshots');

/** Opens the simulator and waits for the bot's welcome card (sent on installationUpdate). */
export async function openChat(page: Page, url: string, welcomeTitle: string): Promise<void> {
  await page.goto(url);
  await card(page, welcomeTitle).waitFor({ timeout: 60_000 });
  await closeLogPanel(page);
}

/** The Log Panel takes a third of the width; the README screenshots show the chat only. */
async function closeLogPanel(page: Page): Promise<void> {
  const header = page.getByText('Log Panel', { exact: true });
  if ((await header.count()) === 0) return;
  await header.locator('xpath=..').locator('button').last().click();
  await header.waitFor({ state: 'hidden' });
}

export async function say(page: Page, text: string): Promise<void> {
  const compose = page.locator('[contenteditable="true"]').first();
  await compose.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** The newest card in the chat that shows `text`. */
export function card(page: Page, text: string | RegExp): Locator {
  return page.locator('.ac-adaptiveCard', { hasText: text }).last();
}

/** A button, or a tappable line of a choice list (a container with a selectAction). */
export function button(scope: Locator, title: string | RegExp): Locator {
  return scope.locator('button, .ac-selectable', { hasText: title }).first();
}

export async function waitForCard(page: Page, text: string | RegExp): Promise<Locator> {
  const found = card(page, text);
  await found.waitFor({ timeout: STEP_WAIT_MS });
  return found;
}

/** Saves docs/screenshots/NN-name.png with the given card scrolled into view. */
export async function snap(page: Page, name: string, focus?: Locator): Promise<void> {
  if (focus) await focus.scrollIntoViewIfNeeded();
  // Let a freshly rendered card settle (fonts, the simulator's scroll animation).
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** A plain text message from the bot (reporter updates are text, so they show in notifications). */
export async function waitForText(page: Page, text: RegExp): Promise<Locator> {
  const found = page.getByText(text).last();
  await found.waitFor({ timeout: STEP_WAIT_MS });
  return found;
}
