/**
 * The dossier's count in slices (use-sliced-progress.ts): the same count as in one go, made in
 * tasks of about SLICE_MS, never before the next task, and given up when the data changes.
 */
import { describe, expect, it } from 'vitest';
import { annexesOf } from '../../src/core/annexes/registry.ts';
import { dossierProgress, fitProgress, type DossierProgress } from '../../src/components/dossier-progress.ts';
import { countInSlices, SLICE_MS } from '../../src/components/use-sliced-progress.ts';
import { example } from '../helpers/example.ts';
import { platformExample } from '../helpers/platform-example.ts';

/** A clock whose time moves `perRead` ms each time it is read, and whose tasks run when told. */
function fakeClock(perRead: number) {
  let time = 0;
  const queue: { run: () => void }[] = [];
  return {
    now: () => (time += perRead),
    later: (run: () => void) => {
      const task = { run };
      queue.push(task);
      return task;
    },
    cancel: (handle: unknown) => void ((handle as { run: () => void }).run = () => undefined),
    runTask: () => queue.shift()!.run(),
    get pending() {
      return queue.length;
    },
  };
}

describe.each([
  ['enterprise', example()],
  ['platform', platformExample()],
  ['platform, empty', {}],
] as const)('the %s count in slices', (kind, data) => {
  const annexes = annexesOf(kind.startsWith('platform') ? 'platform' : 'enterprise');

  it.each([true, false])('equals the count in one go (validators here: %s)', (checked) => {
    const clock = fakeClock(1);
    let count: DossierProgress | undefined;
    countInSlices(annexes, data, checked, (c) => (count = c), clock);
    expect(count).toBeUndefined(); // nothing before the next task
    while (clock.pending) clock.runTask();
    expect(count).toEqual(dossierProgress(annexes, data, checked));
  });

  it('takes one annex per task when each takes longer than a slice, and all in one when they are quick', () => {
    const slow = fakeClock(SLICE_MS);
    let tasks = 0;
    countInSlices(annexes, data, true, () => undefined, slow);
    while (slow.pending) (tasks++, slow.runTask());
    expect(tasks).toBe(annexes.length);

    const quick = fakeClock(0);
    let done = 0;
    countInSlices(annexes, data, true, () => done++, quick);
    quick.runTask();
    expect([done, quick.pending]).toEqual([1, 0]);
  });

  it('gives up a count when told, and says nothing after', () => {
    const clock = fakeClock(SLICE_MS);
    let done = 0;
    const cancel = countInSlices(annexes, data, true, () => done++, clock);
    clock.runTask();
    cancel();
    while (clock.pending) clock.runTask();
    expect(done).toBe(0);
  });
});

describe('a count made for another list of annexes', () => {
  const platform = annexesOf('platform');
  const data = platformExample();
  const full = dossierProgress(platform, data);

  it('is the count itself when the list is the same', () => {
    expect(fitProgress(full, platform, platform[0]!, data)).toBe(full);
  });

  it('follows the list now shown: an annex gone is dropped, one it did not count shows its steps uncounted', () => {
    const older = { ...full, annexes: full.annexes.slice(0, -1) };
    const fitted = fitProgress(older, platform, platform.at(-1)!, data);
    expect(fitted.annexes.map((a) => a.annex)).toEqual(platform);
    expect(fitted.annexes.at(-1)!.steps.length).toBeGreaterThan(0);
    expect(fitted.annexes.at(-1)!.steps.every((s) => s.progress.total === 0)).toBe(true);
    const fewer = platform.slice(1);
    expect(fitProgress(full, fewer, fewer[0]!, data).annexes.map((a) => a.annex)).toEqual(fewer);
  });
});
