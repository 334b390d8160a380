/**
 * One fresh browser context per measurement: an empty cache and an empty IndexedDB, like a first
 * visit. Service workers are blocked: sw.js precaches the whole site on install, which would put
 * every script on the network and let later visits skip it.
 */
import type { Browser, BrowserContext, CDPSession, ElementHandle, Page } from 'playwright-core';

/** What "the page accepts input" means on each kind of page; see installReadyMarker. */
export type ReadyKind = 'static' | 'form' | 'city' | 'dossiers' | 'stock';

export interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** CPU slowdown through the DevTools protocol; 1 turns it off. It stays across navigations. */
  throttle(rate: number): Promise<void>;
  /** Milliseconds from navigation start until the page first met its ready condition. */
  readyAt(timeout?: number): Promise<number>;
  close(): Promise<void>;
}

/**
 * Runs in the page before its own scripts. It records `performance.now()` (0 = navigation start)
 * at the first DOM change after which the page accepts input: a MutationObserver fires right after
 * the task that rendered the form, so nothing polls and nothing is missed between two polls.
 */
function installReadyMarker(kind: ReadyKind): void {
  const w = window as unknown as { __benchReadyAt?: number };
  const enabledButton = (text: string) => Array.from(document.querySelectorAll('button')).some((b) => b.textContent?.trim() === text && !b.disabled);
  const conditions: Record<ReadyKind, () => boolean> = {
    static: () => document.readyState === 'complete',
    // zjtx's form: the toolbar is enabled once the draft is read, and a field of the annex can take text.
    // The field first: one native query, which fails fast on every change before the form is drawn,
    // whereas reading each button's text ran some 12 times per load, 11–16 ms of the page's thread at 4×.
    form: () => !!document.querySelector('[data-path] :is(input, select, textarea):not([disabled])') && enabledButton('载入示例'),
    city: () => enabledButton('选择文件'),
    dossiers: () => !!document.querySelector('astro-island button') && !document.querySelector('.loading'),
    stock: () => !!document.querySelector('input, select, textarea'),
  };
  const check = () => {
    if (w.__benchReadyAt !== undefined || !conditions[kind]()) return;
    w.__benchReadyAt = performance.now();
    observer.disconnect();
    // Told through the console: polling from outside would inject the automation's own script into
    // the page while it loads, a fifth of a second of the page's (throttled) thread at 4× CPU.
    console.debug(`__bench_ready ${w.__benchReadyAt}`);
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  addEventListener('load', check);
}

export async function openSession(browser: Browser, ready: ReadyKind): Promise<Session> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    acceptDownloads: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
  });
  // Throttled pages on 2 cores are slow; Playwright's 30 s default is too tight for 500 applicants.
  context.setDefaultTimeout(120_000);
  // tsx compiles this file with esbuild's keepNames, which wraps inner functions in `__name(…)`:
  // functions sent to the page (init scripts, evaluate) need that helper there too.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await context.addInitScript(installReadyMarker, ready);
  const page = await context.newPage();
  // 载入示例 and imports ask before replacing; the benchmark always says yes.
  page.on('dialog', (d) => void d.accept().catch(() => undefined));
  const cdp = await context.newCDPSession(page);
  // Ready signals (installReadyMarker) not yet taken by readyAt, in order.
  const signals: number[] = [];
  let wake: (() => void) | undefined;
  page.on('console', (m) => {
    const match = /^__bench_ready (\S+)$/.exec(m.text());
    if (!match) return;
    signals.push(Number(match[1]));
    wake?.();
  });
  return {
    context,
    page,
    cdp,
    throttle: async (rate) => void (await cdp.send('Emulation.setCPUThrottlingRate', { rate })),
    async readyAt(timeout = 60_000) {
      const deadline = Date.now() + timeout;
      while (!signals.length) {
        if (Date.now() > deadline) throw new Error(`页面在 ${timeout} ms 内没有就绪`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 250);
        });
      }
      return signals.shift()!;
    },
    close: () => context.close(),
  };
}

/** Clicks and resolves with the download's file name; without one in time, fails with what the page said. */
export async function clickForDownload(page: Page, button: string, timeout = 60_000): Promise<string> {
  const download = page.waitForEvent('download', { timeout });
  // Awaited below; this keeps a timeout during the click from being an unhandled rejection.
  download.catch(() => undefined);
  await page.getByRole('button', { name: button, exact: true }).click();
  try {
    return (await download).suggestedFilename();
  } catch {
    const notice = await page.locator('.notice').last().textContent({ timeout: 1000 }).catch(() => '');
    throw new Error(`点“${button}”后没有下载${notice ? `：${notice}` : ''}`);
  }
}

/**
 * Clicks a button found beforehand and resolves with the download's file name and the milliseconds
 * from the click to the file. The button is found before the clock starts: Playwright's role query
 * walks the whole page in the page's (throttled) thread, which on the 市（州） desk with 500 rows took
 * longer than generating the file, and is no part of what a user waits for.
 */
export async function timedDownload(page: Page, button: ElementHandle, timeout = 60_000): Promise<{ name: string; ms: number }> {
  const download = page.waitForEvent('download', { timeout });
  download.catch(() => undefined);
  const start = performance.now();
  await button.evaluate((b) => (b as HTMLButtonElement).click());
  const name = (await download).suggestedFilename();
  return { name, ms: performance.now() - start };
}

/** Waits until the input matching `selector` holds a value: the sign that loaded answers reached the form. */
export async function waitForValue(page: Page, selector: string, timeout = 120_000): Promise<void> {
  await page.waitForFunction((s) => !!(document.querySelector(s) as HTMLInputElement | null)?.value, selector, { polling: 100, timeout });
}

/** The zjtx field of `company.name` (ids come from the data path, see renderers/Field.tsx). */
export const COMPANY_NAME = '#field-company-name-input';
