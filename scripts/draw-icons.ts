/**
 * Draws the Teams app icons (generated files, committed):
 *   teamsapp/appPackage/color.png   192x192, full-bleed colour
 *   teamsapp/appPackage/outline.png 32x32, white on transparent
 * Run: npx tsx scripts/draw-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawColourIcon, drawOutlineIcon } from './app-package/icons';

const dir = join(__dirname, '..', 'teamsapp', 'appPackage');
writeFileSync(join(dir, 'color.png'), drawColourIcon());
writeFileSync(join(dir, 'outline.png'), drawOutlineIcon());
console.log(`Wrote color.png and outline.png to ${dir}`);
