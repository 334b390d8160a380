/**
 * Keystroke latency at 4× CPU: 50 characters typed into one field with a short pause between keys,
 * as a fast typist does. Two clocks, and a keystroke's latency is the larger:
 * - Event Timing: keydown/keypress/input/keyup entries of 16 ms or more (event timestamp to the next
 *   paint after its handlers), the longest of the keystroke's events;
 * - the next animation frame: from the keydown's timestamp to the first frame after its `input`
 *   event, a lower bound of the next paint.
 * Why both: on stock JSON Forms' throttled page Chromium 156 reports no key entries at all, though
 * each keystroke holds the next frame back for hundreds of milliseconds (clicks on the same page are
 * reported). Event Timing alone would call that page instant. The table notes how many keystrokes
 * Event Timing covered on each side.
 */
import type { Locator, Page } from 'playwright-core';
import { percentile } from './stats.ts';

export const TYPED = 'abcdefghij'.repeat(5);
const KEY_DELAY_MS = 20;
const EVENT_THRESHOLD_MS = 16;

interface Recorded {
  /** Per keystroke: keydown timestamp, and ms from it to the first frame after its input event. */
  keys: { at: number; frame?: number }[];
  events: [start: number, duration: number][];
}

/** Once per page, before typing. */
export async function instrument(page: Page): Promise<void> {
  await page.evaluate((threshold) => {
    const w = window as unknown as { __bench: Recorded };
    w.__bench = { keys: [], events: [] };
    // Capture on window: runs before the form's own handlers, so the timestamps are the events'.
    addEventListener('keydown', (e) => void w.__bench.keys.push({ at: e.timeStamp }), true);
    addEventListener(
      'input',
      () => {
        const key = w.__bench.keys[w.__bench.keys.length - 1];
        if (key && key.frame === undefined) requestAnimationFrame((t) => (key.frame ??= t - key.at));
      },
      true,
    );
    const wanted = new Set(['keydown', 'keypress', 'input', 'keyup']);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (wanted.has(e.name)) w.__bench.events.push([e.startTime, e.duration]);
    }).observe({ type: 'event', durationThreshold: threshold } as PerformanceObserverInit);
  }, EVENT_THRESHOLD_MS);
}

export interface Keystroke {
  latency: number;
  /** Whether Event Timing reported anything for it (of 16 ms or more). */
  reported: boolean;
}

/** A keystroke's events run from its keydown's timestamp up to the next keydown's. */
export function perKeystroke({ keys, events }: Recorded): Keystroke[] {
  return keys.map((key, i) => {
    const end = keys[i + 1]?.at ?? Infinity;
    const mine = events.filter(([t]) => t >= key.at && t < end).map(([, d]) => d);
    return { latency: Math.max(key.frame ?? 0, ...mine), reported: mine.length > 0 };
  });
}

export interface TypingRun {
  p50: number;
  p98: number;
  /** Typed characters missing from the field afterwards (a form that echoes stale data back drops them). */
  lost: number;
  /** Keystrokes for which Event Timing reported an entry. */
  reported: number;
}

/** Length of the longest common subsequence: what survives of `want` in `got`, in order. */
function common(got: string, want: string): number {
  let prev = new Array<number>(want.length + 1).fill(0);
  for (const g of got) {
    const row = [0];
    for (let j = 1; j <= want.length; j++) row[j] = g === want[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    prev = row;
  }
  return prev[want.length]!;
}

/**
 * One run: put the field back to its starting value, let the page settle (autosave, deferred
 * commits), type at the end of the field, then wait for the last entries to be reported.
 */
export async function typeRun(page: Page, field: Locator, original: string): Promise<TypingRun> {
  await field.fill(original);
  await page.waitForTimeout(1000);
  await field.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    const w = window as unknown as { __bench: Recorded };
    w.__bench.keys = [];
    w.__bench.events = [];
  });
  await page.keyboard.type(TYPED, { delay: KEY_DELAY_MS });
  // Entries arrive after the paint that ends them; a throttled page needs a moment.
  await page.waitForTimeout(1500);
  const recorded = await page.evaluate(() => (window as unknown as { __bench: Recorded }).__bench);
  if (recorded.keys.length !== TYPED.length) throw new Error(`收到 ${recorded.keys.length} 次按键，应为 ${TYPED.length} 次`);
  const want = original + TYPED;
  const lost = want.length - common(await field.inputValue(), want);
  const keystrokes = perKeystroke(recorded);
  const latencies = keystrokes.map((k) => k.latency);
  return { p50: percentile(latencies, 50), p98: percentile(latencies, 98), lost, reported: keystrokes.filter((k) => k.reported).length };
}
