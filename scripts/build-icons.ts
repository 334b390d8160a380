/**
 * Draws the site's two icons, kept as SVG in src/assets, as the PNGs the pages use:
 * - the pages' icon, public/favicon.png (32×32);
 * - the calendar button of date fields, src/assets/calendar.png (48×48, sharp at 3× on a 16 px field).
 *
 * Why PNGs: Chromium decodes an SVG image by building a whole SVG document for it on the page's
 * main thread. The page's icon is decoded in the page's own renderer, and the date field's built-in
 * calendar button is an SVG too; in traces of /enterprise/ at 4× CPU each cost 25–60 ms while the
 * form loads. A PNG this small decodes in well under a millisecond. Run `npm run icons` after
 * editing an SVG; a browser test checks each PNG still shows what its SVG draws.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser.ts';

export interface Icon {
  svg: string;
  png: string;
  size: number;
}

export const ICONS: readonly Icon[] = [
  { svg: 'src/assets/favicon.svg', png: 'public/favicon.png', size: 32 },
  { svg: 'src/assets/calendar.svg', png: 'src/assets/calendar.png', size: 48 },
];

/** The SVG as an <img> on a transparent page, exactly `size` pixels square. */
export function iconPage(svg: string, size: number): string {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return `<!doctype html><html><body style="margin:0;background:transparent"><img width="${size}" height="${size}" src="${src}" style="display:block"></body></html>`;
}

async function drawIcon(browser: Browser, icon: Icon): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
  try {
    await page.setContent(iconPage(readFileSync(icon.svg, 'utf8'), icon.size));
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    return await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const browser = await launchBrowser();
  try {
    for (const icon of ICONS) {
      const png = await drawIcon(browser, icon);
      writeFileSync(icon.png, png);
      console.log(`已生成 ${icon.png}（${icon.size}×${icon.size}，${png.length} 字节）。`);
    }
  } finally {
    await browser.close();
  }
}

// Run as a script, not when a test imports the list above.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
