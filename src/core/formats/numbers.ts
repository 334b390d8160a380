/**
 * Number formats the forms use. Amounts are in 万元 with at most two decimals,
 * as the official tables print them; counts are whole and never negative.
 */

/** 11-digit mainland mobile number starting with 1. */
export const isMobile = (value: string): boolean => /^1[3-9]\d{9}$/.test(value);

/**
 * No figure on these forms comes near a trillion (万元, 人, %). Past 2^53 a number cannot even be
 * held as typed (12345678901234567 is stored as …568), so such a figure is refused as too large.
 */
export const MAX_MAGNITUDE = 1e12;
export const withinMagnitude = (value: number): boolean => Number.isFinite(value) && Math.abs(value) <= MAX_MAGNITUDE;

/**
 * At most two decimals, checked on the decimal text rather than with
 * floating-point arithmetic, where 0.1 + 0.2 style errors would reject 12.34.
 */
export function hasAtMostTwoDecimals(value: number): boolean {
  if (!withinMagnitude(value)) return false;
  const text = String(value);
  if (/e/i.test(text)) return Number.isInteger(value) ? Math.abs(value) < 1e21 : false;
  const dot = text.indexOf('.');
  return dot < 0 || text.length - dot - 1 <= 2;
}

/** 万元 amount: finite, not negative, at most two decimals. */
export const isWanyuan = (value: number): boolean => value >= 0 && hasAtMostTwoDecimals(value);

/** Counts (人, 个, 项): whole, not negative, within safe integer range. */
export const isCount = (value: number): boolean => Number.isSafeInteger(value) && value >= 0 && withinMagnitude(value);

/** 利润总额 may be a loss: any sign, at most two decimals. */
export const isSignedWanyuan = (value: number): boolean => hasAtMostTwoDecimals(value);

/** Percentages are typed as percent numbers (72.5 means 72.5%), at most two decimals. */
export const isPercent = (value: number): boolean => value >= 0 && hasAtMostTwoDecimals(value);

/** Growth rates may fall. */
export const isSignedPercent = (value: number): boolean => hasAtMostTwoDecimals(value);

/** 《统计用产品分类目录》 codes: 8 digits (fourth level) or 10 digits (fifth level). */
export const isProductCode = (value: string): boolean => /^(\d{8}|\d{10})$/.test(value);

/** 邮政编码: six digits. */
export const isPostcode = (value: string): boolean => /^\d{6}$/.test(value);

/** 固定电话或传真: area code and number, e.g. 028-86261234 (extension allowed), or an 11-digit mobile. */
export const isPhone = (value: string): boolean => /^(0\d{2,3}-?\d{7,8}(-\d{1,6})?|1[3-9]\d{9}|400-?\d{3}-?\d{4})$/.test(value);

/** 出生年月: YYYY-MM, a real month between 1900 and 2099. */
export const isYearMonth = (value: string): boolean => /^(19|20)\d{2}-(0[1-9]|1[0-2])$/.test(value);

/**
 * A number as digits, never in exponent form: String() writes 1e+21 and 1e-7, which no one filling
 * these forms reads. Valid answers stay far inside that range (amounts are capped at 1万亿, MAX_MAGNITUDE); only a file rendered with `--force` past its errors reaches it.
 */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  const plain = String(value);
  return plain.includes('e') ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : plain;
}
