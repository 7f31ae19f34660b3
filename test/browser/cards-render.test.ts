import path from 'node:path';
import { CARDS_DIR, WIDTHS, openCardRenderer, type CardRenderer } from '../../scripts/render-cards';
import { cardCatalogue } from './card-catalogue';

/**
 * Every card the bot can send, rendered by the Adaptive Cards JS renderer in headless chromium with
 * Teams' host config, at Teams desktop and phone widths. Text that runs out of its box or is cut
 * off (an ellipsis on a button, a clipped line) fails. Showcase cards are saved to docs/cards/.
 */

const catalogue = cardCatalogue();
const cases = catalogue.flatMap((c) => Object.entries(WIDTHS).map(([device, width]) => [c.name, device, width, c] as const));
let renderer: CardRenderer;

beforeAll(async () => {
  renderer = await openCardRenderer();
});

afterAll(async () => {
  await renderer?.close();
});

describe('cards rendered like Teams', () => {
  it('covers every kind of card in both languages', () => {
    const kinds = new Set(catalogue.map((c) => c.name.replace(/-(sv|en)$/, '').split('-')[0]));
    expect([...kinds].sort()).toEqual(['answer', 'cancelled', 'confirmation', 'did', 'error', 'fallback', 'form', 'help', 'manager', 'read', 'report', 'reporter', 'welcome']);
  });

  it.each(cases)('%s on %s (%i px): no text overflows or is cut', async (_name, _device, width, c) => {
    const png = c.showcase ? path.join(CARDS_DIR, `${c.name}-${width}.png`) : undefined;
    const problems = await renderer.render(c.card, width, png);
    expect(problems).toEqual([]);
  });
});
