/**
 * The built site and one headless Chromium for a browser-test file: served and launched once
 * before its tests, closed after them.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveDist, type StaticServer } from './static-server.ts';

export interface Site {
  readonly server: StaticServer;
  readonly browser: Browser;
}

/** Call at the top of a test file. */
export function useSite(): Site {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('网站尚未启动：useSite() 须在测试文件顶层调用');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('浏览器尚未启动：useSite() 须在测试文件顶层调用');
      return browser;
    },
  };
}

/** A fresh context (no storage carried over) in Chinese, whose confirm dialogs are accepted. */
export async function freshPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
  return { context, page };
}
