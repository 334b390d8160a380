/** The overall percentage beside the list of what is still wrong. */
import { describe, expect, it } from 'vitest';
import { annexesFor } from '../../src/core/annexes/registry.ts';
import { annexProgress, combineProgress } from '../../src/components/dossier-progress.ts';
import { setPath } from '../helpers/example.ts';
import { platformExample } from '../helpers/platform-example.ts';

const progressOf = (data: unknown) =>
  combineProgress(
    annexesFor('platform', data).map((a) => annexProgress(a, data)),
    true,
  );

describe('the percentage filled', () => {
  it('is 100 for the complete example', () => {
    const p = progressOf(platformExample());
    expect(p.annexes.every((a) => a.errors.length === 0)).toBe(true);
    expect(p.percent).toBe(100);
  });

  it.each([
    ['an empty required cell of a table', 'served.1.district', undefined],
    ['a wrong mobile number', 'served.1.mobile', '12345'],
  ])('is not 100 while %s is listed to put right', (_what, path, value) => {
    const p = progressOf(setPath(platformExample(), path, value));
    expect(p.annexes.some((a) => a.errors.length > 0)).toBe(true);
    expect(p.percent).toBe(99);
  });
});
