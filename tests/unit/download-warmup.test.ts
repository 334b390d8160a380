/**
 * The first download is got ready in a pause once there is content (src/browser/download-warmup.ts):
 * not while someone types, not twice, at once when asked, and never after it is cancelled.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { warmWhenQuiet } from '../../src/browser/download-warmup.ts';

const QUIET = 2000;

function setup() {
  const events = new EventTarget();
  const idle: (() => void)[] = [];
  const start = vi.fn();
  const warmup = warmWhenQuiet(start, { quietMs: QUIET, events, idle: (f) => idle.push(f) });
  const runIdle = () => {
    while (idle.length) idle.shift()!();
  };
  return { events, start, warmup, runIdle, idle };
}

describe('warmWhenQuiet', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts once the page has been quiet and the browser is idle', () => {
    const { start, runIdle, idle } = setup();
    vi.advanceTimersByTime(QUIET - 1);
    expect(idle).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(start).not.toHaveBeenCalled();
    runIdle();
    expect(start).toHaveBeenCalledTimes(1);
  });

  describe.each(['keydown', 'input', 'pointerdown'])('a %s', (type) => {
    it('restarts the wait', () => {
      const { events, start, runIdle } = setup();
      vi.advanceTimersByTime(QUIET - 100);
      events.dispatchEvent(new Event(type));
      vi.advanceTimersByTime(QUIET - 100);
      runIdle();
      expect(start).not.toHaveBeenCalled();
      vi.advanceTimersByTime(100);
      runIdle();
      expect(start).toHaveBeenCalledTimes(1);
    });

    it('between the pause and the idle moment, puts the work off to the next pause', () => {
      const { events, start, runIdle } = setup();
      vi.advanceTimersByTime(QUIET);
      events.dispatchEvent(new Event(type));
      runIdle();
      expect(start).not.toHaveBeenCalled();
      vi.advanceTimersByTime(QUIET);
      runIdle();
      expect(start).toHaveBeenCalledTimes(1);
    });
  });

  it('starts at once when asked, and only once in all', () => {
    const { events, start, warmup, runIdle } = setup();
    warmup.now();
    warmup.now();
    expect(start).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(QUIET * 3);
    runIdle();
    events.dispatchEvent(new Event('input'));
    vi.advanceTimersByTime(QUIET * 3);
    runIdle();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled, and stops listening', () => {
    const events = new EventTarget();
    const removed = vi.spyOn(events, 'removeEventListener');
    const start = vi.fn();
    const idle: (() => void)[] = [];
    const warmup = warmWhenQuiet(start, { quietMs: QUIET, events, idle: (f) => idle.push(f) });
    vi.advanceTimersByTime(QUIET);
    warmup.cancel();
    while (idle.length) idle.shift()!();
    vi.advanceTimersByTime(QUIET * 3);
    warmup.now();
    expect(start).not.toHaveBeenCalled();
    expect(removed.mock.calls.map((c) => c[0]).sort()).toEqual(['input', 'keydown', 'pointerdown']);
  });
});
