/**
 * The download button's busy mark (DossierEditor's download()): shown while a download waits for
 * something, such as the generator's code on a slow network, and not drawn at all when the file is
 * made in one go from parts already loaded, where drawing it only held the file back.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { freshPage, useSite } from '../helpers/site.ts';

const site = useSite();
let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function withExample(): Promise<Page> {
  // The service worker would fetch the generator for its cache, past the delay set below.
  const fresh = await freshPage(site.browser, { serviceWorkers: 'block', acceptDownloads: true });
  context = fresh.context;
  const { page } = fresh;
  await page.route(/\/_astro\/download\.[\w-]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto(`${site.server.url}/enterprise/`);
  await expect.poll(() => page.getByRole('button', { name: '载入示例' }).isEnabled()).toBe(true);
  await page.getByRole('button', { name: '载入示例' }).click();
  await expect.poll(() => page.getByLabel('企业名称', { exact: true }).inputValue()).toBe('四川蜀芯精密传动科技有限公司');
  return page;
}

/** Every busy mark the download bar shows from now on: the button's aria-disabled, or the words. */
const watchBusy = (page: Page) =>
  page.evaluate(() => {
    const seen: string[] = [];
    (globalThis as { __busySeen?: string[] }).__busySeen = seen;
    const bar = document.querySelector('.download-bar')!;
    new MutationObserver(() => {
      if (bar.querySelector('[aria-disabled="true"]')) seen.push('aria-disabled');
      if (bar.textContent?.includes('正在生成')) seen.push('正在生成');
    }).observe(bar, { subtree: true, childList: true, attributes: true, characterData: true });
  });
const busySeen = (page: Page) => page.evaluate(() => (globalThis as { __busySeen?: string[] }).__busySeen ?? []);

describe('the busy mark of a download', () => {
  it('shows while the download waits for the generator, and goes when the file is saved', async () => {
    const page = await withExample();
    const button = page.getByRole('button', { name: '全部下载（zip）' });
    await watchBusy(page);
    const download = page.waitForEvent('download');
    download.catch(() => undefined);
    await button.click();
    await expect.poll(() => button.getAttribute('aria-disabled')).toBe('true');
    await expect.poll(() => page.locator('.download-bar').getByText('正在生成…').isVisible()).toBe(true);
    expect((await download).suggestedFilename()).toMatch(/\.zip$/);
    await expect.poll(() => button.getAttribute('aria-disabled')).toBe(null);
    expect(await page.locator('.download-bar').textContent()).not.toContain('正在生成');
    expect(await busySeen(page)).toContain('aria-disabled');
  });

  it('is not drawn when the file is made at once from what is loaded', async () => {
    const page = await withExample();
    const button = page.getByRole('button', { name: '全部下载（zip）' });
    const first = page.waitForEvent('download');
    await button.click();
    await first;
    await expect.poll(() => button.getAttribute('aria-disabled')).toBe(null);
    await watchBusy(page);
    const [second] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(second.suggestedFilename()).toMatch(/\.zip$/);
    await expect.poll(() => page.locator('.notice-slot').textContent()).toContain('已生成');
    expect(await busySeen(page)).toEqual([]);
  });
});
