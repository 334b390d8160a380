/**
 * Keystroke latency by Event Timing, at 4× CPU: 50 characters typed into one field with a short
 * pause between keys, as a fast typist does. The browser reports each keydown/keypress/input/keyup
 * that took at least 16 ms (from the event's timestamp to the next paint after its handlers); a
 * keystroke's latency is the longest of its events. A keystroke with no entry took less than 16 ms
 * and counts as 16 ms, the most it can have taken (the table prints it "≤16 ms").
 */
import type { Locator, Page } from 'playwright-core';
import { percentile } from './stats.ts';
import { EVENT_FLOOR_MS } from './table.ts';

export const TYPED = 'abcdefghij'.repeat(5);
const KEY_DELAY_MS = 20;

interface Recorded {
  keys: number[];
  events: [start: number, duration: number][];
}

/** Once per page: every keydown's timestamp (to tell keystrokes apart) and the Event Timing entries. */
export async function instrument(page: Page): Promise<void> {
  await page.evaluate((floor) => {
    const w = window as unknown as { __bench: Recorded };
    w.__bench = { keys: [], events: [] };
    addEventListener('keydown', (e) => w.__bench.keys.push(e.timeStamp), true);
    const wanted = new Set(['keydown', 'keypress', 'input', 'keyup']);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (wanted.has(e.name)) w.__bench.events.push([e.startTime, e.duration]);
    }).observe({ type: 'event', durationThreshold: floor } as PerformanceObserverInit);
  }, EVENT_FLOOR_MS);
}

/** Each keystroke's latency: its events run from its keydown's timestamp up to the next keydown's. */
export function perKeystroke({ keys, events }: Recorded): number[] {
  return keys.map((start, i) => {
    const end = keys[i + 1] ?? Infinity;
    return events.filter(([t]) => t >= start && t < end).reduce((max, [, d]) => Math.max(max, d), EVENT_FLOOR_MS);
  });
}

export interface TypingRun {
  p50: number;
  p98: number;
  /** Typed characters missing from the field afterwards (a form that echoes stale data back drops them). */
  lost: number;
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
  const latencies = perKeystroke(recorded);
  return { p50: percentile(latencies, 50), p98: percentile(latencies, 98), lost };
}
