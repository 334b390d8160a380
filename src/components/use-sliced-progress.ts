/**
 * The dossier's count (dossier-progress.ts), made one annex at a time in tasks of a few
 * milliseconds. Counted in one go it was a task of 150–400 ms on a slow phone, after the form's
 * first render and again when the validators arrive, and the page could not answer input meanwhile.
 * Until a count is complete the last one stands; a change of the data starts it again.
 */
import { useEffect, useState } from 'react';
import type { AnnexDefinition } from '../core/annexes/types.ts';
import { annexProgress, combineProgress, type AnnexProgress, type DossierProgress } from './dossier-progress.ts';

/** How long one task may count before it lets the page in (whole annexes: one is never cut). */
export const SLICE_MS = 8;

interface Clock {
  now(): number;
  later(run: () => void): unknown;
  cancel(handle: unknown): void;
}

const taskClock: Clock = {
  now: () => performance.now(),
  later: (run) => setTimeout(run, 0),
  cancel: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Counts in tasks of about SLICE_MS, starting in the next task; returns the means to give up. */
export function countInSlices(annexes: readonly AnnexDefinition[], data: unknown, checked: boolean, done: (count: DossierProgress) => void, clock: Clock = taskClock): () => void {
  const parts: AnnexProgress[] = [];
  let handle: unknown;
  const slice = () => {
    const until = clock.now() + SLICE_MS;
    while (parts.length < annexes.length) {
      parts.push(annexProgress(annexes[parts.length]!, data, checked));
      if (clock.now() >= until) break;
    }
    if (parts.length < annexes.length) handle = clock.later(slice);
    else done(combineProgress(parts, checked));
  };
  handle = clock.later(slice);
  return () => clock.cancel(handle);
}

export function useSlicedProgress(start: boolean, annexes: readonly AnnexDefinition[], data: unknown, checked: boolean): DossierProgress | null {
  const [count, setCount] = useState<DossierProgress | null>(null);
  // Effects run after the paint: the count's first slice comes in a task after that.
  useEffect(() => (start ? countInSlices(annexes, data, checked, setCount) : undefined), [start, annexes, data, checked]);
  return count;
}
