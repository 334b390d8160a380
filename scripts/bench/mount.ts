/**
 * Mount: from navigation start until the form accepts input, at 4× CPU, on a first visit (fresh
 * context, empty dossier). Measured in the page (performance.now() when the ready condition first
 * holds, see browser-session.ts), so the time the benchmark takes to notice adds nothing.
 *
 * The same load gives the blocking time, the figure behind Lighthouse's Total Blocking Time: for
 * each task of the page's main thread after the first paint, what it ran past 50 ms, summed until
 * SETTLE_MS after the form accepts input (the counts and the validators arrive in that time).
 */
import type { Browser } from 'playwright-core';
import { openSession, type ReadyKind } from './browser-session.ts';

export const CPU_SLOWDOWN = 4;
const SETTLE_MS = 2500;
const LONG_TASK_MS = 50;

/** Installed before the page's first script: long tasks are kept from the first on. */
function recordLongTasks(): void {
  const tasks: { start: number; duration: number }[] = [];
  (globalThis as { __benchLongTasks?: typeof tasks }).__benchLongTasks = tasks;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no Long Tasks API: the page reports none, and blockingTime says so */
  }
}

export interface MountRun {
  mount: number;
  /** Absent when only the mount was asked for. */
  blocking?: number;
  /** First contentful paint of the same load; absent when only the mount was asked for. */
  firstPaint?: number;
}

export async function mountRun(browser: Browser, url: string, ready: ReadyKind, withBlocking = true): Promise<MountRun> {
  const session = await openSession(browser, ready);
  try {
    if (withBlocking) await session.page.context().addInitScript(recordLongTasks);
    // Set before navigating: it applies to everything from the first byte on.
    await session.throttle(CPU_SLOWDOWN);
    await session.page.goto(url, { waitUntil: 'commit' });
    const mount = await session.readyAt(120_000);
    if (!withBlocking) return { mount };
    await session.page.waitForTimeout(SETTLE_MS);
    const { blocking, firstPaint } = await session.page.evaluate((limit) => {
      const tasks = (globalThis as { __benchLongTasks?: { start: number; duration: number }[] }).__benchLongTasks;
      if (!tasks) throw new Error('the page has no long-task record');
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      if (fcp === undefined) throw new Error('the page reported no first contentful paint');
      return { blocking: tasks.filter((t) => t.start >= fcp).reduce((sum, t) => sum + Math.max(0, t.duration - limit), 0), firstPaint: fcp };
    }, LONG_TASK_MS);
    return { mount, blocking, firstPaint };
  } finally {
    await session.close();
  }
}

export async function mountTime(browser: Browser, url: string, ready: ReadyKind): Promise<number> {
  return (await mountRun(browser, url, ready, false)).mount;
}

/** Every script and module preload of a page; its HTML, styles and fonts stay as they are. */
export const withoutScripts = (html: string): string =>
  html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, '');

/**
 * First contentful paint at 4× CPU of a page served without its scripts (withoutScripts): the floor
 * under that page's mount on this machine, which no change to its code can go below.
 */
export async function firstPaintWithoutScripts(browser: Browser, url: string): Promise<number> {
  const session = await openSession(browser, 'static');
  try {
    await session.page.route(url, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: withoutScripts(await response.text()) });
    });
    await session.throttle(CPU_SLOWDOWN);
    await session.page.goto(url, { waitUntil: 'commit' });
    await session.readyAt(120_000);
    return await session.page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          new PerformanceObserver((list) => {
            const fcp = list.getEntriesByName('first-contentful-paint')[0];
            if (fcp) resolve(fcp.startTime);
          }).observe({ type: 'paint', buffered: true });
          setTimeout(() => reject(new Error('the page reported no first contentful paint')), 30_000);
        }),
    );
  } finally {
    await session.close();
  }
}
