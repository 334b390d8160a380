/**
 * The first `<input type="date">` a page makes costs Chromium its date machinery: about 30 ms at
 * full speed, well over 100 ms at 4× CPU, to set the type and lay the input out; every later one
 * costs under a millisecond. Made once, out of sight, when the browser is idle after the form shows
 * (date-warmup.ts), it is not paid when a step with a date is opened. Until then a date field is a text
 * field (DateControl.tsx), so a form whose first step asks for a date does not pay it before its first input.
 */
interface Doc {
  body: { append(node: never): void } | null;
  createElement(tag: 'input'): {
    type: string;
    tabIndex: number;
    style: { cssText: string };
    setAttribute(name: string, value: string): void;
    getBoundingClientRect(): unknown;
    remove(): void;
  };
}

let warmed = false;
let ready = false;
const waiting = new Set<() => void>();

/** Whether the machinery is warm: a date input now costs under a millisecond (DateControl waits for it). */
export const datesReady = (): boolean => ready;

/** Calls `listener` once the machinery is warm (at once if it is); returns a cancel. */
export function onDatesReady(listener: () => void): () => void {
  if (ready) {
    listener();
    return () => undefined;
  }
  waiting.add(listener);
  return () => void waiting.delete(listener);
}

function markReady(): void {
  ready = true;
  const listeners = [...waiting];
  waiting.clear();
  for (const listener of listeners) listener();
}

const nextTask = (step: () => void): void => void setTimeout(step, 0);

/**
 * Makes a date input and, in the next task, lays it out and takes it away again, once per page.
 * Setting the type builds the control and laying it out draws it, each about half the cost: in two
 * tasks neither is long enough to hold up input (Lighthouse's Total Blocking Time counts what a task
 * runs past 50 ms at 4× CPU).
 */
export function warmDateInput(doc: Doc = document as unknown as Doc, later: (step: () => void) => void = nextTask): boolean {
  if (warmed || !doc.body) return false;
  warmed = true;
  const input = doc.createElement('input');
  input.type = 'date';
  input.tabIndex = -1;
  input.setAttribute('aria-hidden', 'true');
  // Out of the flow and unseen: nothing on the page moves or paints because of it.
  input.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden;pointer-events:none';
  later(() => {
    // Without a body to lay it out in, setting the type has done most of the work already.
    if (doc.body) {
      doc.body.append(input as never);
      input.getBoundingClientRect();
      input.remove();
    }
    markReady();
  });
  return true;
}

/** For tests: as on a fresh page. */
export function resetWarmDateInput(): void {
  warmed = false;
  ready = false;
  waiting.clear();
}
