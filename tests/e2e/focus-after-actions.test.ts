/**
 * Where focus and the screen reader's attention go after an action replaces or busies what was
 * pressed, in real headless Chromium: never to the page's <body>, where a keyboard user loses their place.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshPage, useSite } from '../helpers/site.ts';

const site = useSite();

const focusedId = (page: Page) => page.evaluate(() => (document.activeElement === document.body ? 'body' : document.activeElement?.id || document.activeElement?.textContent?.trim() || '?'));

async function enterprise(withExample: boolean): Promise<Page> {
  const { page } = await freshPage(site.browser, { acceptDownloads: true });
  await page.goto(`${site.server.url}/enterprise/`);
  await expect.poll(() => page.getByRole('button', { name: '载入示例' }).isEnabled()).toBe(true);
  if (withExample) {
    await page.getByRole('button', { name: '载入示例' }).click();
    await expect.poll(() => page.getByLabel('企业名称', { exact: true }).inputValue()).toBe('四川蜀芯精密传动科技有限公司');
  }
  return page;
}

describe('focus after an action', () => {
  it('goes to the review’s heading when the last step’s 检查与下载 replaces the form', async () => {
    const page = await enterprise(true);
    await page.getByRole('navigation', { name: '填写步骤' }).getByRole('button').last().click();
    const button = page.locator('.step-buttons button', { hasText: '检查与下载' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('review-title');
  });

  it('stays on a download button while it works and after the file is saved', async () => {
    const page = await enterprise(true);
    const button = page.getByRole('button', { name: '下载附件1（Word）' });
    await button.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^附件1-.*\.docx$/);
    await expect.poll(() => button.getAttribute('aria-disabled')).toBe(null);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
  });

  it('says a notice in a status region that was there, empty, before it', async () => {
    const page = await enterprise(false);
    const slot = page.locator('.notice-slot[role="status"]');
    expect(await slot.count()).toBe(1);
    expect(await slot.textContent()).toBe('');
    await page.getByRole('button', { name: '载入示例' }).click();
    await expect.poll(() => slot.textContent()).toContain('已载入示例');
  });
});
