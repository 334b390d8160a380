/**
 * A part of the form page loaded when first shown (检查与下载, the Word preview) whose file cannot be
 * had: what a tab open across an update of the site meets once the old files are gone. It once left
 * an empty panel, or a 预览 button that did nothing, with only an error in the console. The place
 * says so in Chinese, and 重试 loads it once the file can be had again.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshPage, useSite } from '../helpers/site.ts';
import { loadExample, openTab, REVIEW_TAB } from '../helpers/steps.ts';

const site = useSite();

const FAILED = '本页的部分内容无法载入，可能是网站已更新。请先导出答案文件或等待自动保存，然后刷新页面。';

interface Case {
  part: string;
  /** The built chunk of the part, as the route sees it. */
  chunk: RegExp;
  /** Shows the part; resolves once the page has asked for its chunk. */
  show: (page: Page) => Promise<void>;
  /** Holds once the part has loaded and shows what it should. */
  shown: (page: Page) => Promise<boolean>;
}

const CASES: Case[] = [
  {
    part: '检查与下载',
    chunk: /\/_astro\/ReviewPanel\.[\w-]+\.js$/,
    show: (page) => page.getByRole('navigation', { name: '附件' }).getByRole('button', { name: REVIEW_TAB, exact: true }).click(),
    shown: async (page) => (await page.locator('#review-title').count()) > 0,
  },
  {
    part: '预览',
    chunk: /\/_astro\/DocumentPreview\.[\w-]+\.js$/,
    show: async (page) => {
      await openTab(page, '附件2');
      await page.getByRole('button', { name: '预览附件2' }).click();
    },
    shown: async (page) => (await page.getByRole('dialog', { name: /预览：附件2/ }).count()) > 0,
  },
];

describe('a part of the page that cannot be loaded', () => {
  it.each(CASES)('$part: says so where it would be, and loads on 重试 once it can', async ({ chunk, show, shown }) => {
    const { context, page } = await freshPage(site.browser);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const asked: string[] = [];
    await page.route(chunk, (route) => {
      asked.push(route.request().url());
      return route.fulfill({ status: 404, contentType: 'text/plain; charset=utf-8', body: '未找到' });
    });
    await page.goto(`${site.server.url}/enterprise/`);
    await loadExample(page);
    await show(page);

    const alert = page.getByRole('alert').filter({ hasText: FAILED });
    await expect.poll(() => alert.count()).toBe(1);
    expect(asked.length).toBeGreaterThan(0);
    expect(await shown(page)).toBe(false);

    // The file is back (the page is served again as built): 重试 brings the part, and the message goes.
    await page.unroute(chunk);
    await alert.getByRole('button', { name: '重试' }).click();
    await expect.poll(() => shown(page)).toBe(true);
    expect(await alert.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
