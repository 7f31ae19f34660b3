import { PNG } from 'pngjs';

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

function readPng(buffer: Buffer, name: string): PNG {
  try {
    return PNG.sync.read(buffer);
  } catch (e) {
    throw new Error(`${name} is not a readable PNG: ${(e as Error).message}`);
  }
}

/** Teams rules: colour icon 192x192 with a full-bleed (opaque) background. */
export function colorIconProblems(buffer: Buffer, name = 'color.png'): string[] {
  const png = readPng(buffer, name);
  if (png.width !== COLOR_ICON_SIZE || png.height !== COLOR_ICON_SIZE) {
    return [`${name} must be ${COLOR_ICON_SIZE}x${COLOR_ICON_SIZE} pixels, is ${png.width}x${png.height}.`];
  }
  let seeThrough = 0;
  for (let i = 3; i < png.data.length; i += 4) if (png.data[i] !== 255) seeThrough++;
  return seeThrough > 0 ? [`${name} must be fully opaque (full-bleed background); ${seeThrough} pixels are transparent.`] : [];
}

/** Teams rules: outline icon 32x32, only white (any opacity) and fully transparent pixels. */
export function outlineIconProblems(buffer: Buffer, name = 'outline.png'): string[] {
  const png = readPng(buffer, name);
  if (png.width !== OUTLINE_ICON_SIZE || png.height !== OUTLINE_ICON_SIZE) {
    return [`${name} must be ${OUTLINE_ICON_SIZE}x${OUTLINE_ICON_SIZE} pixels, is ${png.width}x${png.height}.`];
  }
  let coloured = 0;
  let visible = 0;
  const d = png.data;
  for (let i = 0; i < d.length; i += 4) {
    if (d[i + 3] === 0) continue;
    visible++;
    if (d[i] !== 255 || d[i + 1] !== 255 || d[i + 2] !== 255) coloured++;
  }
  const problems: string[] = [];
  if (coloured > 0) problems.push(`${name} may contain only white and transparent pixels; ${coloured} visible pixels are not white.`);
  if (visible === 0) problems.push(`${name} is empty (every pixel is transparent).`);
  return problems;
}
