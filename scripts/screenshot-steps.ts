/**
 * Screenshots of every step of every annex, with the example loaded, at a phone's and a desktop's
 * width, to look at what a person sees:
 *   npm run build && npx tsx scripts/screenshot-steps.ts out-dir [enterprise,platform,city] [375,1440]
 * Writes `<kind>-<tab>-step<n>-<width>.png` (the 检查与下载 page as `<kind>-review-<width>.png`) and,
 * for the 市（州） desk, `city-empty-<width>.png` and `city-files-<width>.png`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveDist, type StaticServer } from '../tests/helpers/static-server.ts';
import { forEachStep, loadExample, REVIEW_TAB, waitUntil } from '../tests/helpers/steps.ts';

const [out = 'screenshots', kinds = 'enterprise,platform,city', widths = '375,1440'] = process.argv.slice(2);
const EXAMPLES = ['public/examples/enterprise.json', 'public/examples/platform.json', 'public/examples/platform-general.json'];

const safe = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '_');

async function newPage(browser: Browser, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'zh-CN' });
  page.on('dialog', (d) => void d.accept());
  return page;
}

/**
 * The whole page. A full-page capture keeps the window's height, so the sticky download bar would be
 * drawn where the first screen ends, over the fields there: for the picture it sits at the end instead.
 */
async function wholePage(page: Page, path: string): Promise<void> {
  await page.evaluate(() => document.querySelectorAll<HTMLElement>('.download-bar').forEach((bar) => (bar.style.position = 'static')));
  await page.screenshot({ path, fullPage: true });
  await page.evaluate(() => document.querySelectorAll<HTMLElement>('.download-bar').forEach((bar) => (bar.style.position = '')));
}

async function applicant(browser: Browser, server: StaticServer, kind: string, width: number): Promise<number> {
  const page = await newPage(browser, width);
  let n = 0;
  try {
    await page.goto(`${server.url}/${kind}/`);
    await loadExample(page);
    await forEachStep(page, async ({ tab, step }) => {
      const file = tab === REVIEW_TAB ? `${kind}-review-${width}.png` : `${kind}-${safe(tab)}-step${step + 1}-${width}.png`;
      await wholePage(page, join(out, file));
      n++;
    });
  } finally {
    await page.close();
  }
  return n;
}

async function city(browser: Browser, server: StaticServer, width: number): Promise<number> {
  const page = await newPage(browser, width);
  try {
    await page.goto(`${server.url}/city/`);
    await waitUntil(() => page.getByRole('button', { name: '选择文件' }).isEnabled(), '汇总页未就绪');
    await wholePage(page, join(out, `city-empty-${width}.png`));
    await page.locator('input[type=file]').setInputFiles(EXAMPLES);
    await waitUntil(async () => (await page.getByTestId('review-row').count()) === 3, '示例文件未收集');
    await wholePage(page, join(out, `city-files-${width}.png`));
  } finally {
    await page.close();
  }
  return 2;
}

await mkdir(out, { recursive: true });
const server = await serveDist();
const browser = await launchBrowser();
try {
  for (const width of widths.split(',').map(Number)) {
    for (const kind of kinds.split(',')) {
      const n = kind === 'city' ? await city(browser, server, width) : await applicant(browser, server, kind, width);
      console.log(`${kind} @ ${width}px：${n} 张`);
    }
  }
  console.log(`已保存到 ${out}`);
} finally {
  await browser.close();
  await server.close();
}
