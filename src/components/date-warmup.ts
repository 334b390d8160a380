/**
 * When the browser's date machinery is warmed (warm-date-input.ts): once the form takes input and the
 * browser is idle, before a step with a date is opened. Not earlier, on any page: the draft is read
 * as the page's code starts to run (dossier-early.ts), so the page's thread has no wait left to fill
 * before the form, and a warm-up there only pushed the form back. Interleaved A/B on /enterprise/,
 * whose first step has a date and used to warm as its modules loaded: medians 1272 → 1217 and
 * 1264 → 1204 ms at 4× CPU, 12 rounds each.
 */
import { warmDateInput } from './renderers/warm-date-input.ts';

/** Once the form shows: warms when the browser is idle (a no-op if it already was). Returns a cancel. */
export function warmDatesWhenIdle(): () => void {
  const idle = globalThis.requestIdleCallback;
  if (idle) {
    const id = idle(() => warmDateInput());
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => warmDateInput(), 500);
  return () => clearTimeout(id);
}
