/**
 * 四舍五入 to a number of decimals, as a person rounds the decimal they read: halves go away from
 * zero, and binary noise does not decide. `Math.round(x * 100) / 100` turns 1.005 (stored as
 * 1.00499999…) into 1 and −0.125 into −0.12; both print wrongly in a table of two-decimal shares.
 */
export function roundHalfAway(x: number, places = 2): number {
  // Past 2^53 a double has no fractional digits left to round.
  if (!Number.isFinite(x) || Math.abs(x) >= 2 ** 53) return x;
  // Fifteen significant digits: what a double holds exactly, without the noise below it.
  const [mantissa, exponent = '0'] = Math.abs(x).toPrecision(15).split('e');
  const scaled = Math.round(Number(`${mantissa}e${Number(exponent) + places}`));
  const r = Number(`${scaled}e-${places}`);
  return x < 0 && r !== 0 ? -r : r;
}

/** Two decimals, rounded as roundHalfAway: "1.01" for 1.005, "−0.13" for −0.125. */
export const fixed2 = (x: number): string => roundHalfAway(x, 2).toFixed(2);
