/**
 * Generation at 4× CPU, from the click until the browser has the file: the full enterprise zip (the
 * example loaded) and 附件7 for a desk of 500 enterprises. The page is opened and filled once at full
 * speed; each run is one more click on it.
 *
 * The page gets the generator and the templates ready in the first quiet moment after the dossier has
 * content (src/browser/download-warmup.ts). Clicked at once, the first click still fetches and
 * compiles them itself and is the worst; after a pause, as a person clicks after reading what they
 * filled in, it finds them ready.
 */
import type { Browser } from 'playwright-core';
import { COMPANY_NAME, openSession, timedDownload, waitForValue, type Session } from './browser-session.ts';
import { CPU_SLOWDOWN } from './mount.ts';

/** Long enough for the page's pause (2 s) and its idle work, at 4× CPU; a person reads longer. */
export const PAUSE_BEFORE_CLICK_MS = 5000;

async function clicks(session: Session, button: string, expected: RegExp, runs: number, pauseMs = 0): Promise<number[]> {
  const { page } = session;
  await page.waitForLoadState('networkidle');
  const target = page.getByRole('button', { name: button, exact: true });
  const handle = await target.elementHandle();
  if (!handle) throw new Error(`找不到按钮“${button}”`);
  await session.throttle(CPU_SLOWDOWN);
  // Throttled during the pause too: the page's work in it runs on the same slow phone.
  if (pauseMs) await page.waitForTimeout(pauseMs);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Timed here rather than in the page: the download is an event of the browser, not of the page.
    const { name, ms } = await timedDownload(page, handle);
    times.push(ms);
    if (!expected.test(name)) throw new Error(`下载的文件名不对：${name}`);
    // The button is marked busy (aria-disabled, so it keeps focus) while it works; let the page finish before the next click.
    await target.and(page.locator(':enabled:not([aria-disabled="true"])')).waitFor();
    await page.waitForTimeout(300);
  }
  return times;
}

/** Each run's time, the first click first; `pauseMs` is the wait on the page before it. */
export async function enterpriseZip(browser: Browser, siteUrl: string, runs: number, pauseMs = 0): Promise<number[]> {
  const session = await openSession(browser, 'form');
  try {
    await session.page.goto(`${siteUrl}/enterprise/`);
    await session.readyAt();
    await session.page.getByRole('button', { name: '载入示例' }).click();
    await waitForValue(session.page, COMPANY_NAME);
    return await clicks(session, '全部下载（zip）', /\.zip$/, runs, pauseMs);
  } finally {
    await session.close();
  }
}

export async function annex7(browser: Browser, siteUrl: string, deskFile: string, enterprises: number, runs: number): Promise<number[]> {
  const session = await openSession(browser, 'city');
  const { page } = session;
  try {
    await page.goto(`${siteUrl}/city/`);
    await session.readyAt();
    await page.locator('input[type=file][aria-label="选择申报材料文件"]').setInputFiles(deskFile);
    await page.getByTestId('review-row').nth(enterprises - 1).waitFor({ timeout: 300_000 });
    const rows = await page.getByTestId('review-row').count();
    if (rows !== enterprises) throw new Error(`汇总中有 ${rows} 家，应为 ${enterprises} 家`);
    return await clicks(session, '下载附件7（Excel）', /^附件7-.*\.xlsx$/, runs);
  } finally {
    await session.close();
  }
}
