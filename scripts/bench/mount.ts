/**
 * Mount: from navigation start until the form accepts input, at 4× CPU, on a first visit (fresh
 * context, empty dossier). Measured in the page (performance.now() when the ready condition first
 * holds, see browser-session.ts), so the time the benchmark takes to notice adds nothing.
 */
import type { Browser } from 'playwright-core';
import { openSession, type ReadyKind } from './browser-session.ts';

export const CPU_SLOWDOWN = 4;

export async function mountTime(browser: Browser, url: string, ready: ReadyKind): Promise<number> {
  const session = await openSession(browser, ready);
  try {
    // Set before navigating: it applies to everything from the first byte on.
    await session.throttle(CPU_SLOWDOWN);
    await session.page.goto(url, { waitUntil: 'commit' });
    return await session.readyAt(120_000);
  } finally {
    await session.close();
  }
}
