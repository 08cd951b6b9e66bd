// Draws the Teams app icons once: `npx tsx adapters/teams/icons.ts` writes appPackage/color.png
// (192x192, full colour) and appPackage/outline.png (32x32, white on transparent). The PNGs are
// committed; run this again only to change the design. The mark: a boundary (a rounded
// square) around a person (a dot): the space a peer specialist keeps.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const BACKGROUND = [0x1f, 0x6f, 0x78] as const; // teal
const SAMPLES = 4; // per axis, for smooth edges

/** Signed distance to a rounded square centred at (c, c) with half-size h and radius r. */
function roundedSquare(x: number, y: number, c: number, h: number, r: number): number {
  const qx = Math.abs(x - c) - (h - r);
  const qy = Math.abs(y - c) - (h - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

// The mark's width as a share of its scale: the square (0.3 each side of the centre) and
// half its stroke (0.07).
const MARK_WIDTH = 2 * (0.3 + 0.07 / 2);

/** The colour icon's scale: the mark 116 px wide, inside Teams' 120 px safe area with room for
 * the smoothed edge (see SAFE_AREA in package.ts). */
export const COLOR_SCALE = 116 / MARK_WIDTH;

/** How much of pixel (px, py) the white mark covers, 0..1, for an icon of `size` pixels with
 * the mark drawn at `scale` (the outline icon: its size). */
function coverage(px: number, py: number, size: number, scale: number): number {
  const c = size / 2;
  const h = scale * 0.3;
  const stroke = scale * 0.07;
  let hits = 0;
  for (let i = 0; i < SAMPLES; i++)
    for (let j = 0; j < SAMPLES; j++) {
      const x = px + (i + 0.5) / SAMPLES;
      const y = py + (j + 0.5) / SAMPLES;
      const ring = Math.abs(roundedSquare(x, y, c, h, scale * 0.1)) <= stroke / 2;
      const dot = Math.hypot(x - c, y - c) <= scale * 0.1;
      if (ring || dot) hits++;
    }
  return hits / (SAMPLES * SAMPLES);
}

export function drawIcon(size: number, background: boolean, scale = size): PNG {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const a = coverage(x, y, size, scale);
      const at = (y * size + x) * 4;
      if (background) {
        // White mark blended over the solid colour: every pixel opaque.
        for (let k = 0; k < 3; k++)
          png.data[at + k] = Math.round((BACKGROUND[k] as number) * (1 - a) + 255 * a);
        png.data[at + 3] = 255;
      } else {
        // Outline icon: white only, the shape in the alpha channel.
        png.data[at] = png.data[at + 1] = png.data[at + 2] = 255;
        png.data[at + 3] = Math.round(255 * a);
      }
    }
  return png;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = fileURLToPath(new URL('./appPackage/', import.meta.url));
  writeFileSync(`${folder}color.png`, PNG.sync.write(drawIcon(192, true, COLOR_SCALE)));
  writeFileSync(`${folder}outline.png`, PNG.sync.write(drawIcon(32, false)));
  console.log(`wrote ${folder}color.png and ${folder}outline.png`);
}
