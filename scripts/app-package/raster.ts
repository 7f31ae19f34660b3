import { PNG } from 'pngjs';

/** A shape is a point-in-shape test in pixel coordinates (0..size). */
export type Shape = (x: number, y: number) => boolean;
export type Rgb = readonly [number, number, number];

export const circle = (cx: number, cy: number, r: number): Shape =>
  (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

export function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return dx * dx + dy * dy <= r * r;
  };
}

/** A straight stroke with round caps: all points within width/2 of the segment. */
export function segment(ax: number, ay: number, bx: number, by: number, width: number): Shape {
  const vx = bx - ax;
  const vy = by - ay;
  const len2 = vx * vx + vy * vy;
  const half2 = (width / 2) ** 2;
  return (x, y) => {
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / len2));
    const px = ax + t * vx - x;
    const py = ay + t * vy - y;
    return px * px + py * py <= half2;
  };
}

/** Round-jointed polyline through the given points. */
export function polyline(points: ReadonlyArray<readonly [number, number]>, width: number): Shape {
  const parts: Shape[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b) parts.push(segment(a[0], a[1], b[0], b[1], width));
  }
  return union(...parts);
}

export function polygon(points: ReadonlyArray<readonly [number, number]>): Shape {
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const pi = points[i];
      const pj = points[j];
      if (!pi || !pj) continue;
      const crosses = pi[1] > y !== pj[1] > y && x < ((pj[0] - pi[0]) * (y - pi[1])) / (pj[1] - pi[1]) + pi[0];
      if (crosses) inside = !inside;
    }
    return inside;
  };
}

export const union = (...shapes: Shape[]): Shape => (x, y) => shapes.some((s) => s(x, y));
export const minus = (a: Shape, b: Shape): Shape => (x, y) => a(x, y) && !b(x, y);

/** Coverage of one pixel by a shape, sampled on an n x n grid (anti-aliasing by supersampling). */
function coverage(shape: Shape, px: number, py: number, n: number): number {
  let hits = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (shape(px + (i + 0.5) / n, py + (j + 0.5) / n)) hits++;
    }
  }
  return hits / (n * n);
}

/** An RGBA canvas; layers are painted over each other with "source over" blending. */
export class Canvas {
  readonly png: PNG;

  constructor(readonly size: number, private readonly samples = 8) {
    this.png = new PNG({ width: size, height: size });
    // Transparent white, so an outline icon never carries stray colour in its invisible pixels.
    for (let i = 0; i < this.png.data.length; i += 4) this.png.data.writeUInt32BE(0xffffff00, i);
  }

  fill(paint: (x: number, y: number) => Rgb): void {
    for (let y = 0; y < this.size; y++) {
      for (let x = 0; x < this.size; x++) this.put(x, y, paint(x + 0.5, y + 0.5), 1);
    }
  }

  draw(shape: Shape, colour: Rgb, opacity = 1): void {
    for (let y = 0; y < this.size; y++) {
      for (let x = 0; x < this.size; x++) {
        const a = coverage(shape, x, y, this.samples) * opacity;
        if (a > 0) this.put(x, y, colour, a);
      }
    }
  }

  private put(x: number, y: number, [r, g, b]: Rgb, alpha: number): void {
    const i = (y * this.size + x) * 4;
    const d = this.png.data;
    const below = (d[i + 3] ?? 0) / 255;
    const out = alpha + below * (1 - alpha);
    const mix = (src: number, dst: number): number =>
      out === 0 ? 0 : Math.round((src * alpha + dst * below * (1 - alpha)) / out);
    d[i] = mix(r, d[i] ?? 0);
    d[i + 1] = mix(g, d[i + 1] ?? 0);
    d[i + 2] = mix(b, d[i + 2] ?? 0);
    d[i + 3] = Math.round(out * 255);
  }

  toBuffer(): Buffer {
    return PNG.sync.write(this.png, { colorType: 6 });
  }
}
