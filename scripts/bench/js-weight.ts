/**
 * JavaScript weight, read from the network: the bodies of the .js responses the page fetched,
 * each gzipped here at level 9 (the test server sends them uncompressed), summed. "Before the first
 * input" is taken literally: only requests the page started before it met its ready condition.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { clickForDownload, COMPANY_NAME, openSession, waitForValue, type ReadyKind } from './browser-session.ts';

export interface Weight {
  gzip: number;
  files: { url: string; raw: number; gzip: number }[];
}

const isScript = (url: string) => new URL(url).pathname.endsWith('.js');

/** Every .js body the page receives, by URL, from now on. */
function recordScripts(page: Page): Map<string, Promise<Buffer>> {
  const bodies = new Map<string, Promise<Buffer>>();
  page.on('response', (r) => {
    if (isScript(r.url()) && !bodies.has(r.url())) {
      const body = r.body();
      body.catch(() => undefined);
      bodies.set(r.url(), body);
    }
  });
  return bodies;
}

/** Script resources the page started fetching in [from, to) ms after navigation start, from Resource Timing. */
const scriptsStarted = (page: Page, from: number, to: number) =>
  page.evaluate(
    ([a, b]) => performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith('.js') && e.startTime >= a! && e.startTime < b!).map((e) => e.name),
    [from, to],
  );

async function weigh(urls: readonly string[], bodies: Map<string, Promise<Buffer>>): Promise<Weight> {
  const files = await Promise.all(
    [...new Set(urls)].map(async (url) => {
      const body = bodies.get(url);
      if (!body) throw new Error(`没有收到 ${url} 的响应`);
      const bytes = await body;
      return { url, raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
    }),
  );
  return { gzip: files.reduce((n, f) => n + f.gzip, 0), files };
}

/** JS the page loads before it accepts input (or, for a page without inputs, by its load event). */
export async function pageWeight(browser: Browser, url: string, ready: ReadyKind): Promise<Weight> {
  const session = await openSession(browser, ready);
  try {
    const bodies = recordScripts(session.page);
    await session.page.goto(url);
    const readyAt = await session.readyAt();
    // A response may still be arriving for a request started before ready: weigh waits for its body.
    return await weigh(await scriptsStarted(session.page, 0, readyAt + 0.001), bodies);
  } finally {
    await session.close();
  }
}

/**
 * The JS the first Word download adds on /enterprise/: the example loaded (so the download is not
 * held back for missing answers), then everything fetched from the click until the file arrives.
 */
export async function firstDownloadWeight(browser: Browser, siteUrl: string): Promise<Weight> {
  const session = await openSession(browser, 'form');
  const { page } = session;
  try {
    const bodies = recordScripts(page);
    await page.goto(`${siteUrl}/enterprise/`);
    await session.readyAt();
    await page.getByRole('button', { name: '载入示例' }).click();
    await waitForValue(page, COMPANY_NAME);
    // Let anything the page loads by itself after the example arrive first: it is not the download's.
    await page.waitForLoadState('networkidle');
    const before = await page.evaluate(() => performance.now());
    await clickForDownload(page, '下载附件1（Word）');
    await page.waitForLoadState('networkidle');
    const after = await page.evaluate(() => performance.now());
    return await weigh(await scriptsStarted(page, before, after + 0.001), bodies);
  } finally {
    await session.close();
  }
}
