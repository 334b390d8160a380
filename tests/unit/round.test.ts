import { describe, expect, it } from 'vitest';
import { fixed2, roundHalfAway } from '../../src/core/util/round.ts';

describe.each([
  // Halves away from zero, on the decimal as written (1.005 is stored as 1.00499999…).
  [1.005, 1.01, '1.01'],
  [2.675, 2.68, '2.68'],
  [0.125, 0.13, '0.13'],
  [-0.125, -0.13, '-0.13'],
  [-2.675, -2.68, '-2.68'],
  [93.1558, 93.16, '93.16'],
  [69.994, 69.99, '69.99'],
  [-0.004, 0, '0.00'],
  [1e-7, 0, '0.00'],
  [123456789012.345, 123456789012.35, '123456789012.35'],
  [1e20, 1e20, '100000000000000000000.00'],
])('roundHalfAway(%s)', (x, rounded, text) => {
  it(`is ${rounded}, printed ${text}`, () => {
    expect(roundHalfAway(x)).toBe(rounded);
    expect(fixed2(x)).toBe(text);
  });
});

describe('roundHalfAway, other places and non-numbers', () => {
  it('rounds to the places asked', () => {
    expect(roundHalfAway(2.5, 0)).toBe(3);
    expect(roundHalfAway(-2.5, 0)).toBe(-3);
    expect(roundHalfAway(0.0005, 3)).toBe(0.001);
  });

  it('leaves NaN and the infinities as they are', () => {
    expect(roundHalfAway(Number.NaN)).toBeNaN();
    expect(roundHalfAway(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});
