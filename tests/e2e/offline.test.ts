/**
 * Offline and updates, in real headless Chromium: after one visit the service worker serves every
 * page, script, example and template with the network off; a new deployment installs beside the
 * running one, shows a notice, and takes over only when 刷新 is clicked, without breaking the tabs
 * still open on the old version.
 * A copy of dist/ is served, so the "new deployment" never touches the dist/ other tests read.
 */
import { cp, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { paragraphs } from '../helpers/docx.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';

let dir: string;
let site: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zjtx-offline-'));
  site = join(dir, 'site');
  await cp('dist', site, { recursive: true });
  server = await serveDist({ dir: site });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Waits until the service worker has cached the site and controls the page; reloads once if it does not yet. */
async function controlled(page: Page) {
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  const hasController = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await hasController())) await page.reload();
  await expect.poll(hasController).toBe(true);
}

const PAGES: [path: string, heading: string][] = [
  ['/', '在浏览器里填好“专精特新”申报材料'],
  ['/enterprise/', '企业（专精特新“小巨人”）'],
  ['/platform/', '公共服务示范平台'],
  ['/city/', '市（州）中小企业主管部门：汇总申报材料'],
  // A link without the final slash is redirected to the page, as a static host would.
  ['/enterprise', '企业（专精特新“小巨人”）'],
];

const NOTICE = '本站已更新。刷新页面即可使用新版本。';

/** The cache names, once the page has made a request through the worker (which tidies its caches on requests). */
const cacheNamesAfterARequest = (page: Page) =>
  page.evaluate(async () => {
    await fetch(location.href);
    return caches.keys();
  });

describe('offline', () => {
  it('works with the network off after one visit, and a new deployment waits for 刷新', async () => {
    const context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept());
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('requestfailed', (r) => {
      // Leaving a page aborts what it was still loading; any other failure means something was not cached.
      const error = r.failure()?.errorText;
      if (error !== 'net::ERR_ABORTED') problems.push(`failed: ${r.url()} ${error}`);
    });

    // One visit, online.
    await page.goto(`${server.url}/`);
    await page.goto(`${server.url}/enterprise/`);
    await controlled(page);
    // The first installation is not an update: no notice.
    expect(await page.locator('#sw-update').count()).toBe(0);

    // Network off: nothing below may reach the server.
    await context.setOffline(true);
    const hitsBefore = server.hits.length;
    for (const [path, heading] of PAGES) {
      await page.goto(`${server.url}${path}`);
      await expect.poll(() => page.locator('h1').textContent(), { message: path }).toContain(heading);
    }
    expect(new URL(page.url()).pathname).toBe(`/enterprise/`);

    // The form works: the example, the generator chunk and the Word template all come from the cache.
    await page.getByRole('button', { name: '载入示例' }).click();
    const name = page.getByLabel('企业名称', { exact: true });
    await expect.poll(() => name.inputValue()).toBe('四川蜀芯精密传动科技有限公司');
    await page.getByRole('navigation', { name: '附件' }).getByRole('button', { name: '附件2', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载附件2（Word）' }).click()]);
    expect(download.suggestedFilename()).toBe('附件2-四川蜀芯精密传动科技有限公司-基本情况表.docx');
    const text = paragraphs(new Uint8Array(await readFile((await download.path())!)));
    expect(text[text.indexOf('企业名称') + 1]).toBe('四川蜀芯精密传动科技有限公司');
    expect(server.hits.slice(hitsBefore)).toEqual([]);
    expect(problems).toEqual([]);

    // A new deployment: a changed page and a service worker with a new cache version.
    await context.setOffline(false);
    const oldCaches = await page.evaluate(() => caches.keys());
    expect(oldCaches).toHaveLength(1);
    const sw = await readFile(join(site, 'sw.js'), 'utf8');
    expect(sw).toMatch(/^const VERSION = "[0-9a-f]{16}";$/m);
    await writeFile(join(site, 'sw.js'), sw.replace(/^const VERSION = "[0-9a-f]{16}";$/m, 'const VERSION = "next-deployment";'));
    const html = await readFile(join(site, 'enterprise/index.html'), 'utf8');
    expect(html).toContain('<html lang="zh-CN"');
    await writeFile(join(site, 'enterprise/index.html'), html.replace('<html lang="zh-CN"', '<html lang="zh-CN" data-deployment="next"'));

    // Someone is typing when the browser finds the update.
    await name.fill('正在输入的企业名称');
    await page.evaluate(async () => void (await (await navigator.serviceWorker.getRegistration())!.update()));
    const notice = page.locator('#sw-update');
    await expect.poll(() => notice.textContent()).toContain(NOTICE);
    expect(await notice.getAttribute('role')).toBe('status');
    // Nothing reloaded by itself: the page is the old one and the typing is still there.
    await name.pressSequentially('，续', { delay: 5 });
    expect(await name.inputValue()).toBe('正在输入的企业名称，续');
    expect(await page.locator('html').getAttribute('data-deployment')).toBeNull();

    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: '刷新' }).click()]);
    await expect.poll(() => page.locator('html').getAttribute('data-deployment')).toBe('next');
    // The old cache goes once the page that ran the old version is gone, seen on a later request.
    await expect.poll(() => cacheNamesAfterARequest(page)).toEqual(['zjtx:/:next-deployment']);
    expect(await page.locator('#sw-update').count()).toBe(0);
    // The new version still works offline.
    await context.setOffline(true);
    await page.goto(`${server.url}/platform/`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('公共服务示范平台');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a tab still on the old version when another takes the update', () => {
  // The new worker deleted the old cache as it took over: the other tab's 检查与下载, preview and
  // generator, loaded when first used and named after the old build, came back 404.
  it('loads the old version’s scripts from its cache, which goes once that tab is closed', async () => {
    const root = await mkdtemp(join(tmpdir(), 'zjtx-stale-tab-'));
    const deployed = join(root, 'site');
    await cp('dist', deployed, { recursive: true });
    const own = await serveDist({ dir: deployed });
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    try {
      const updating = await context.newPage();
      updating.on('dialog', (d) => void d.accept());
      await updating.goto(`${own.url}/enterprise/`);
      await controlled(updating);
      // Open before the update, 检查与下载 not yet shown: its script is not loaded.
      const stale = await context.newPage();
      const problems: string[] = [];
      stale.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      await stale.goto(`${own.url}/platform/`);
      await expect.poll(() => stale.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await expect.poll(() => stale.getByRole('navigation', { name: '附件' }).getByRole('button', { name: '检查与下载' }).isEnabled()).toBe(true);
      await stale.evaluate(() => ((window as unknown as { __loadedBefore: boolean }).__loadedBefore = true));

      // A new deployment, whose build no longer has the old 检查与下载 script.
      const chunk = (await readdir(join(deployed, '_astro'))).find((f) => /^ReviewPanel\.[\w-]+\.js$/.test(f));
      expect(chunk).toBeDefined();
      await unlink(join(deployed, '_astro', chunk!));
      const sw = await readFile(join(deployed, 'sw.js'), 'utf8');
      const next = sw.replace(/^const VERSION = "[0-9a-f]{16}";$/m, 'const VERSION = "next-deployment";').replace(` "/_astro/${chunk}",\n`, '');
      expect(next).not.toContain(chunk);
      await writeFile(join(deployed, 'sw.js'), next);

      await updating.evaluate(async () => void (await (await navigator.serviceWorker.getRegistration())!.update()));
      const notice = updating.locator('#sw-update');
      await expect.poll(() => notice.textContent()).toContain(NOTICE);
      await Promise.all([updating.waitForEvent('load'), notice.getByRole('button', { name: '刷新' }).click()]);
      await expect.poll(() => updating.evaluate(() => caches.keys())).toContain('zjtx:/:next-deployment');

      // The tab left on the old version still works, and was not reloaded.
      await stale.getByRole('navigation', { name: '附件' }).getByRole('button', { name: '检查与下载' }).click();
      await expect.poll(() => stale.locator('#review-title').count()).toBe(1);
      expect(await stale.evaluate(() => (window as unknown as { __loadedBefore?: boolean }).__loadedBefore)).toBe(true);
      expect(problems).toEqual([]);
      expect((await cacheNamesAfterARequest(updating)).length).toBe(2);

      await stale.close();
      await expect.poll(() => cacheNamesAfterARequest(updating)).toEqual(['zjtx:/:next-deployment']);
    } finally {
      await context.close();
      await own.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('registering the service worker', () => {
  // At a form page's load event its island is still starting; registering then, and installing (which
  // fetches the whole site), took the main thread and the network from the form. It waits 3 s, then idle.
  it('happens 3 s after the page has loaded, not at its load event', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    await context.addInitScript(() => {
      const w = window as unknown as { __times: { load?: number; register?: number } };
      w.__times = {};
      addEventListener('load', () => (w.__times.load = performance.now()));
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (this: ServiceWorkerContainer, ...args: Parameters<typeof register>) {
        w.__times.register ??= performance.now();
        return register.apply(this, args);
      };
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/enterprise/`);
    const times = () => page.evaluate(() => (window as unknown as { __times: { load?: number; register?: number } }).__times);
    await expect.poll(async () => (await times()).register, { timeout: 15_000 }).toBeDefined();
    const { load, register } = await times();
    expect(register! - load!).toBeGreaterThanOrEqual(3000);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active !== null)).toBe(true);
    await context.close();
  });

  // Where service workers are switched off by policy or by an automation tool, register() can resolve
  // with nothing at all: that is not an error of the page, and must not surface as one.
  it('raises no error when the browser hands back no registration', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    await context.addInitScript(() => {
      const w = window as unknown as { __registered?: boolean };
      ServiceWorkerContainer.prototype.register = async () => {
        w.__registered = true;
        return undefined as unknown as ServiceWorkerRegistration;
      };
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __registered?: boolean }).__registered), { timeout: 15_000 }).toBe(true);
    // The registration's handlers run a microtask later; a task later they have all run.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    expect(errors).toEqual([]);
    await context.close();
  });
});
