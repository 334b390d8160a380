/**
 * Thresholds such as "70%以上" decided on the decimals the applicant typed, not on binary
 * fractions: 717.43 ÷ 1024.9 × 100 is exactly 70, but a double computes 69.99999999999999 and
 * would fail the rule while the same document prints 70.00.
 */

/** A finite number as the decimal it prints as: `digits × 10^−scale`. */
function toDecimal(x: number): { digits: bigint; scale: number } {
  // The shortest text that reads back as the same double: the decimal the person typed.
  const [mantissa, exponent = '0'] = String(x).toLowerCase().split('e');
  const [whole, fraction = ''] = mantissa!.split('.');
  const digits = BigInt(`${whole}${fraction}`);
  return { digits, scale: fraction.length - Number(exponent) };
}

/** a × 10^k for k ≥ 0. */
const shift = (a: bigint, k: number): bigint => a * 10n ** BigInt(k);

/** Sign of x − y for decimals, exactly. */
function compareDecimals(x: { digits: bigint; scale: number }, y: { digits: bigint; scale: number }): number {
  const scale = Math.max(x.scale, y.scale);
  const a = shift(x.digits, scale - x.scale);
  const b = shift(y.digits, scale - y.scale);
  return a === b ? 0 : a > b ? 1 : -1;
}

const product = (x: { digits: bigint; scale: number }, y: { digits: bigint; scale: number }) => ({ digits: x.digits * y.digits, scale: x.scale + y.scale });

/**
 * Whether numerator ÷ denominator × 100 is at least `percent`, computed exactly on the numbers'
 * decimals. The denominator must be non-zero and every argument finite.
 */
export function ratioReaches(numerator: number, denominator: number, percent: number): boolean {
  if (![numerator, denominator, percent].every(Number.isFinite) || denominator === 0) throw new RangeError('ratioReaches needs finite numbers and a non-zero denominator');
  // n/d × 100 ≥ p  ⇔  100·n ≥ p·d when d > 0, and the reverse when d < 0.
  const sign = compareDecimals(product(toDecimal(numerator), toDecimal(100)), product(toDecimal(percent), toDecimal(denominator)));
  return denominator > 0 ? sign >= 0 : sign <= 0;
}
