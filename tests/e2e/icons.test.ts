/**
 * The site's icons are PNGs drawn from SVGs in src/assets (scripts/build-icons.ts): an SVG image costs
 * the page's main thread a document of its own while the form loads. Checked here: every built page
 * links the PNG page icon and no SVG one, date fields use the PNG calendar button, each PNG has its
 * size, and each still shows what its SVG draws.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../helpers/built-pages.ts';
import { ICONS, iconPage } from '../../scripts/build-icons.ts';
import { useSite } from '../helpers/site.ts';

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(builtPages().map((p) => [p.slice(DIST.length)] as const))('%s', (page) => {
  const html = readFileSync(join(DIST, page), 'utf8');

  it('links the PNG page icon and no SVG icon', () => {
    const icons = html.split('</head>')[0]!.match(/<link rel="icon"[^>]*>/g) ?? [];
    expect(icons).toEqual(['<link rel="icon" href="/favicon.png" type="image/png" sizes="32x32">']);
  });

  it('gives date and month fields the PNG calendar button, built into the site', () => {
    const rule = /input:is\(\[type=(?:date|"date"|'date')\],\s*\[type=(?:month|"month"|'month')\]\)::-webkit-calendar-picker-indicator\{background-image:url\(([^)]+)\)\}/.exec(html);
    expect(rule, 'no calendar-button rule in the page’s CSS').not.toBeNull();
    const file = join(DIST, rule![1]!.replace(/^["']|["']$/g, ''));
    expect(pngSize(readFileSync(file))).toEqual({ width: 48, height: 48 });
  });
});

describe('pngSize', () => {
  it('rejects bytes that are not a PNG', () => {
    expect(pngSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});

describe.each(ICONS.map((icon) => [icon.png, icon] as const))('%s', (_, icon) => {
  const site = useSite();

  it('has its size', () => {
    expect(pngSize(readFileSync(icon.png))).toEqual({ width: icon.size, height: icon.size });
  });

  it('shows what its SVG draws (run npm run icons after editing the SVG)', async () => {
    const page = await site.browser.newPage();
    try {
      await page.setContent(iconPage(readFileSync(icon.svg, 'utf8'), icon.size));
      const png = `data:image/png;base64,${readFileSync(icon.png).toString('base64')}`;
      const diff = await page.evaluate(
        async ({ png, size }) => {
          const pixels = async (src: string) => {
            const img = new Image();
            img.src = src;
            await img.decode();
            const canvas = document.createElement('canvas');
            canvas.width = canvas.height = size;
            const ctx = canvas.getContext('2d')!;
            ctx.drawImage(img, 0, 0, size, size);
            return ctx.getImageData(0, 0, size, size).data;
          };
          const [a, b] = await Promise.all([pixels(document.querySelector('img')!.src), pixels(png)]);
          let sum = 0;
          let max = 0;
          for (let i = 0; i < a.length; i++) {
            const d = Math.abs(a[i]! - b[i]!);
            sum += d;
            max = Math.max(max, d);
          }
          return { mean: sum / a.length, max };
        },
        { png, size: icon.size },
      );
      // Edges may be smoothed a little differently by the two paths; a changed colour or shape is far beyond this.
      expect(diff.mean, `平均差 ${diff.mean.toFixed(2)}，最大差 ${diff.max}`).toBeLessThan(2);
    } finally {
      await page.close();
    }
  });
});
