import { Canvas, Rgb, Shape, circle, minus, polygon, polyline, roundedRect, union } from './raster';

/** Municipal blue at the top fading to teal at the bottom. */
const BLUE: Rgb = [11, 79, 145];
const TEAL: Rgb = [14, 128, 135];
const WHITE: Rgb = [255, 255, 255];
const BADGE: Rgb = [22, 160, 133];
const INK: Rgb = [11, 79, 145];

const lerp = (a: Rgb, b: Rgb, t: number): Rgb =>
  [0, 1, 2].map((i) => Math.round((a[i] ?? 0) + ((b[i] ?? 0) - (a[i] ?? 0)) * t)) as unknown as Rgb;

/** Speech bubble with its tail at the lower left, scaled to a size x size box. */
function bubble(size: number): Shape {
  const u = size / 192;
  return union(
    roundedRect(30 * u, 34 * u, 150 * u, 124 * u, 24 * u),
    polygon([[50 * u, 116 * u], [82 * u, 116 * u], [42 * u, 154 * u]]),
  );
}

/**
 * 192x192: full-bleed blue-teal background, a white speech bubble (the bot) holding an
 * envelope (the guideline is about phone and e-mail) and a check badge (the approved answer).
 */
export function drawColourIcon(): Buffer {
  const size = 192;
  const c = new Canvas(size);
  c.fill((x, y) => lerp(BLUE, TEAL, (x + y) / (2 * size)));

  c.draw(bubble(size), WHITE);

  const stroke = 7;
  const envelope = minus(roundedRect(56, 54, 124, 104, 7), roundedRect(56 + stroke, 54 + stroke, 124 - stroke, 104 - stroke, 2));
  c.draw(envelope, INK);
  c.draw(polyline([[60, 58], [90, 82], [120, 58]], stroke), INK);

  c.draw(circle(146, 130, 34), WHITE);
  c.draw(circle(146, 130, 27), BADGE);
  c.draw(polyline([[132, 131], [142, 141], [161, 120]], 8), WHITE);
  return c.toBuffer();
}

/** 32x32 white on transparent: the same bubble as an outline, with a check mark inside. */
export function drawOutlineIcon(): Buffer {
  const size = 32;
  const c = new Canvas(size, 16);
  const w = 2;
  const ring = minus(roundedRect(2, 3, 30, 23, 5), roundedRect(2 + w, 3 + w, 30 - w, 23 - w, 5 - w));
  const tail = polygon([[7, 22], [14, 22], [5, 30]]);
  c.draw(union(ring, tail), WHITE);
  c.draw(polyline([[9.5, 13], [13.5, 17], [22.5, 8.5]], 2.8), WHITE);
  return c.toBuffer();
}
