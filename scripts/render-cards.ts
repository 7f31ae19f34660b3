/**
 * Renders Adaptive Cards with the official JS renderer (npm adaptivecards) in headless chromium, at
 * Teams-like widths with the Teams light host config, and finds text that overflows or is cut.
 * `npx tsx scripts/render-cards.ts` writes docs/cards/<name>-<width>.png for the showcase cards.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type Browser } from './playground/chromium';

/** Teams desktop chat shows cards about 450 px wide; a phone about 320 px. */
export const WIDTHS = { desktop: 450, mobile: 320 } as const;

const ROOT = path.resolve(__dirname, '..');
export const CARDS_DIR = path.join(ROOT, 'docs/cards');
const RENDERER = path.join(ROOT, 'node_modules/adaptivecards/dist/adaptivecards.min.js');
const IN_PAGE = path.join(__dirname, 'playground/render-in-page.js');
const RENDERER_CSS = path.join(ROOT, 'node_modules/adaptivecards/dist/adaptivecards.css');
// Taken from the Microsoft 365 Agents Playground 0.2.28 bundle: the host config it renders Teams cards with.
const TEAMS_HOST_CONFIG = JSON.parse(readFileSync(path.join(__dirname, 'playground/teams-host-config.json'), 'utf8')) as { fontTypes: { default: { fontFamily: string } } };
// Segoe UI is not on Linux; Liberation Sans (Arial's metrics) is closest in width, DejaVu Sans is wider.
const FONT = "'Segoe UI', 'Liberation Sans', Arial, 'DejaVu Sans', sans-serif";
const HOST_CONFIG = { ...TEAMS_HOST_CONFIG, fontTypes: { ...TEAMS_HOST_CONFIG.fontTypes, default: { ...TEAMS_HOST_CONFIG.fontTypes.default, fontFamily: FONT } } };

export interface RenderProblem {
  kind: 'overflows' | 'cut';
  /** The element's class (ac-textBlock, ac-pushButton, …) and its text. */
  element: string;
  text: string;
}

export interface CardRenderer {
  /** Renders one card at `width`; writes a PNG when `pngPath` is given; returns what is cut or overflows. */
  render(card: object, width: number, pngPath?: string): Promise<RenderProblem[]>;
  close(): Promise<void>;
}

/** Roughly Teams' look: Segoe-like font, light buttons with a border, as the Playground draws them. */
const TEAMS_CSS = `
  body { margin: 0; background: #f5f5f5; font-family: ${FONT}; }
  #frame { display: inline-block; padding: 12px; background: #f5f5f5; }
  #root { background: #fff; border-radius: 6px; box-shadow: 0 1px 2px rgba(0,0,0,.14); overflow: hidden; }
  .ac-pushButton { font: 600 14px ${FONT}; color: #242424; background: #fff;
    border: 1px solid #d1d1d1; border-radius: 4px; padding: 5px 12px; min-height: 32px; cursor: pointer; }
  .ac-pushButton.style-positive { background: #5b5fc7; color: #fff; border-color: #5b5fc7; }
  .ac-pushButton.style-destructive { color: #c4314b; }
  .ac-input, .ac-textInput, .ac-multichoiceInput select { font: 14px ${FONT}; border: 1px solid #d1d1d1; border-radius: 4px; padding: 5px 8px; box-sizing: border-box; }
  .ac-textInput.ac-multiline { min-height: 64px; }
  /* Teams' host config has actions.allowButtonsToWrap (its renderer wraps buttons onto new rows); npm adaptivecards 3.0.6 ignores it. */
  .ac-actionSet { flex-wrap: wrap !important; row-gap: 8px; }
  .ac-actionSet > .ac-pushButton { flex: 0 0 auto !important; max-width: 100%; }
  p { margin: 0; }
  ul, ol { margin: 4px 0; padding-left: 20px; }
`;

export async function openCardRenderer(): Promise<CardRenderer> {
  const browser: Browser = await launchChromium({ width: 800, height: 600 }, 2);
  const page = await browser.context.newPage();
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${readFileSync(RENDERER_CSS, 'utf8')}${TEAMS_CSS}</style></head><body><div id="frame"><div id="root"></div></div></body></html>`);
  await page.addScriptTag({ path: RENDERER });
  await page.addScriptTag({ path: IN_PAGE });
  return {
    async render(card, width, pngPath) {
      const problems = await renderInPage(page, card, width);
      if (pngPath) {
        mkdirSync(path.dirname(pngPath), { recursive: true });
        await page.locator('#frame').screenshot({ path: pngPath });
      }
      return problems;
    },
    close: () => browser.close(),
  };
}

function renderInPage(page: Page, card: object, width: number): Promise<RenderProblem[]> {
  return page.evaluate(([c, w, h]) => (globalThis as unknown as { renderCard(c: unknown, w: unknown, h: unknown): RenderProblem[] }).renderCard(c, w, h), [card, width, HOST_CONFIG] as const);
}

async function main(): Promise<void> {
  // The catalogue builds every card from the test fixtures.
  const { cardCatalogue } = await import('../test/browser/card-catalogue');
  const renderer = await openCardRenderer();
  let problems = 0;
  try {
    for (const { name, card, showcase } of cardCatalogue()) {
      for (const width of Object.values(WIDTHS)) {
        const found = await renderer.render(card, width, showcase ? path.join(CARDS_DIR, `${name}-${width}.png`) : undefined);
        for (const p of found) process.stdout.write(`${name} @ ${width}px: ${p.kind} ${p.element} "${p.text}"\n`);
        problems += found.length;
      }
    }
  } finally {
    await renderer.close();
  }
  process.stdout.write(problems === 0 ? `All cards fit at ${Object.values(WIDTHS).join(' and ')} px. PNGs in ${path.relative(ROOT, CARDS_DIR)}/\n` : `${problems} problem(s).\n`);
  process.exitCode = problems === 0 ? 0 : 1;
}

if (require.main === module) void main();
