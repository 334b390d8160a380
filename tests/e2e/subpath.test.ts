/**
 * Hosting under a sub-path: build with ZJTX_BASE=/zjtx/ into a temporary directory, serve it under
 * /zjtx/ only (404 elsewhere), and walk the enterprise journey. Every request must stay under /zjtx/
 * and find its file, and the service worker's scope must be /zjtx/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import PizZip from 'pizzip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';

const BASE = '/zjtx/';
const VITEST_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zjtx-subpath-'));
  const out = join(dir, 'site');
  // Astro needs the Node the project brings (the `node` devDependency), whichever Node runs the tests.
  const node = existsSync('node_modules/.bin/node') ? resolve('node_modules/.bin/node') : process.execPath;
  // Vitest puts its own BASE_URL, MODE, NODE_ENV… into process.env; Astro would take them over its config.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.has(key) && !key.startsWith('VITEST')));
  execFileSync(node, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
    env: { ...env, ZJTX_BASE: BASE, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'pipe',
    timeout: 120_000,
  });
  server = await serveDist({ dir: out, base: BASE });
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('deployed under /zjtx/', () => {
  it('keeps every request under /zjtx/, finds every file, and scopes the service worker to /zjtx/', async () => {
    const context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const responses: [url: string, status: number][] = [];
    const failed: string[] = [];
    context.on('response', (r) => responses.push([r.url(), r.status()]));
    context.on('requestfailed', (r) => {
      // Following a link aborts what the page was still loading; that is no missing file.
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${r.failure()?.errorText}`);
    });
    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept());

    await page.goto(`${server.url}${BASE}`);
    await page.getByRole('link', { name: '开始填写：企业（专精特新“小巨人”）' }).click();
    // The page names the dossier it opened in the address (?d=…) once it has read it.
    await expect.poll(() => page.url().split('?')[0]).toBe(`${server.url}${BASE}enterprise/`);
    await expect.poll(() => page.getByRole('button', { name: '载入示例' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: '载入示例' }).click();
    await expect.poll(() => page.getByLabel('企业名称', { exact: true }).inputValue()).toBe('四川蜀芯精密传动科技有限公司');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '全部下载（zip）' }).click()]);
    expect(download.suggestedFilename()).toBe('四川蜀芯精密传动科技有限公司-申报材料.zip');
    const zip = new PizZip(await readFile((await download.path())!));
    expect(Object.keys(zip.files).filter((n) => n.endsWith('.docx'))).toHaveLength(3);

    // The service worker has cached the whole site (its install fetched every file) and answers for /zjtx/ only.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(`${server.url}${BASE}`);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${server.url}${BASE}sw.js`);
    expect(await page.evaluate(() => caches.keys())).toEqual([expect.stringMatching(/^zjtx:\/zjtx\/:[0-9a-f]{16}$/)]);

    const outside = server.hits.filter((path) => !path.startsWith(BASE));
    expect(outside).toEqual([]);
    expect(server.hits.filter((path) => /^\/zjtx\/_astro\/annex[123]\.[\w-]+\.docx$/.test(path))).not.toEqual([]);
    expect(responses.filter(([url]) => !url.startsWith(`${server.url}${BASE}`) && !/^(blob|data):/.test(url))).toEqual([]);
    expect(responses.filter(([, status]) => status >= 400)).toEqual([]);
    expect(failed).toEqual([]);
    await context.close();
  });
});
