/**
 * When to get the first download ready before the click. The first download would otherwise fetch
 * and start the generator (docxtemplater and pizzip, some 90 KB) and compile every template after
 * the click: at 4× CPU, the first 全部下载 took two to three times as long as the next ones.
 *
 * Someone with a filled-in dossier downloads it sooner or later, so once there is content, the page
 * does that work in a pause: after `quietMs` without a key, a pointer press or an input, and when the
 * browser is idle. Loading the generator is one uninterruptible task, and a pause in typing is where
 * it is least felt. Pointing at a download button (`now`) starts it at once. It runs at most once.
 */
export interface Warmup {
  /** Starts the work at once, if it has not started yet. */
  now(): void;
  /** Stops waiting: the work will not start from this warm-up any more. */
  cancel(): void;
}

type Idle = (callback: () => void, options?: { timeout: number }) => unknown;

export interface WarmupOptions {
  /** How long nothing must be typed before the work starts. */
  quietMs: number;
  /** Where typing is heard: the document in the browser. */
  events: EventTarget;
  /** Runs a callback when the browser is idle; requestIdleCallback where there is one. */
  idle?: (callback: () => void) => void;
}

/** The events that mean someone is busy with the page; each one restarts the wait. */
const ACTIVITY = ['keydown', 'input', 'pointerdown'] as const;

const browserIdle = (callback: () => void): void => {
  const idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
  if (idle) idle(callback, { timeout: 2000 });
  else setTimeout(callback, 0);
};

export function warmWhenQuiet(start: () => void, { quietMs, events, idle = browserIdle }: WarmupOptions): Warmup {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    for (const type of ACTIVITY) events.removeEventListener(type, arm, true);
  };
  const run = () => {
    if (done) return;
    done = true;
    stop();
    start();
  };
  // Still quiet when the browser gets round to it? A key pressed in between restarts the wait.
  function arm() {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const armedAt = timer;
      idle(() => {
        if (timer === armedAt) run();
      });
    }, quietMs);
  }
  for (const type of ACTIVITY) events.addEventListener(type, arm, true);
  arm();
  return {
    now: run,
    cancel: () => {
      done = true;
      stop();
    },
  };
}
