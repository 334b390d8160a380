/**
 * Draws the site's icon (src/assets/favicon.svg) as the 32×32 PNG the pages link (public/favicon.png).
 *
 * Why a PNG: Chromium fetches and decodes a page's icon in the page's own renderer, and an SVG icon
 * is decoded by building a whole SVG document there, on the main thread, while the form is loading
 * (30–60 ms at 4× CPU, measured in traces of /enterprise/). A PNG this small decodes in well under
 * a millisecond. Run `npm run favicon` after editing the SVG; a browser test checks the two agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/helpers/browser.ts';

export const FAVICON_SOURCE = 'src/assets/favicon.svg';
export const FAVICON_PNG = 'public/favicon.png';
export const FAVICON_SIZE = 32;

/** The SVG as an <img> on a transparent page, exactly FAVICON_SIZE pixels square. */
export function faviconPage(svg: string): string {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return `<!doctype html><html><body style="margin:0;background:transparent"><img width="${FAVICON_SIZE}" height="${FAVICON_SIZE}" src="${src}" style="display:block"></body></html>`;
}

async function main(): Promise<void> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: FAVICON_SIZE, height: FAVICON_SIZE }, deviceScaleFactor: 1 });
    await page.setContent(faviconPage(readFileSync(FAVICON_SOURCE, 'utf8')));
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: FAVICON_SIZE, height: FAVICON_SIZE } });
    writeFileSync(FAVICON_PNG, png);
    console.log(`已生成 ${FAVICON_PNG}（${png.length} 字节）。`);
  } finally {
    await browser.close();
  }
}

// Run as a script, not when a test imports the page builder above.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
