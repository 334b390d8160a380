import { describe, expect, it } from 'vitest';
import { ratioReaches } from '../../src/core/util/decimal.ts';

describe('ratioReaches: numerator ÷ denominator × 100 ≥ percent, on the decimals typed', () => {
  it.each([
    // On the line, where a double's division falls just short.
    [717.43, 1024.9, 70, true],
    [40.16, 1004, 4, true],
    [700.07, 1000.1, 70, true],
    // Just under and over it.
    [717.42, 1024.9, 70, false],
    [69999, 100000, 70, false],
    [70001, 100000, 70, true],
    // Exponent forms that String() gives for very small and very large numbers.
    [1.5e-7, 3e-7, 50, true],
    [1.4999e-7, 3e-7, 50, false],
    [7e21, 1e22, 70, true],
    // Signs: a negative denominator turns the comparison round.
    [-70, -100, 70, true],
    [-69, -100, 70, false],
    [0, 100, 0, true],
    [-1, 100, 0, false],
  ])('%d ÷ %d × 100 ≥ %d: %s', (n, d, p, expected) => expect(ratioReaches(n, d, p)).toBe(expected));

  it.each([
    [1, 0, 70],
    [Number.NaN, 1, 70],
    [1, Number.POSITIVE_INFINITY, 70],
  ])('refuses %d ÷ %d: no share to compare', (n, d, p) => expect(() => ratioReaches(n, d, p)).toThrow(RangeError));
});
