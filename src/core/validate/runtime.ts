/**
 * Everything a validator calls while it runs: our formats, the grapheme count
 * behind `maxChars`, and the two helpers of ajv's own that generated code uses.
 * `createAjv` registers these very objects, and the precompiled validators
 * (generated/validators-*.js) import them from here, so a field cannot pass one
 * and fail the other.
 */
import type { Format } from 'ajv';
import { isEmail, isFormDate } from '../formats/standard.ts';
import { isUscc } from '../formats/uscc.ts';
import { isCount, isMobile, isPhone, isPostcode, isProductCode, isYearMonth, isPercent, isSignedPercent, isSignedWanyuan, isWanyuan } from '../formats/numbers.ts';
import { countCharsUpTo } from '../text/count-chars.ts';
import { localToday } from '../util/today.ts';

/** Every format our schemas may name. */
export const FORMATS: Readonly<Record<string, Format>> = {
  date: { type: 'string', validate: isFormDate },
  email: { type: 'string', validate: isEmail },
  uscc: { type: 'string', validate: isUscc },
  mobile: { type: 'string', validate: isMobile },
  productCode: { type: 'string', validate: isProductCode },
  postcode: { type: 'string', validate: isPostcode },
  phone: { type: 'string', validate: isPhone },
  yearMonth: { type: 'string', validate: isYearMonth },
  wanyuan: { type: 'number', validate: isWanyuan },
  signedWanyuan: { type: 'number', validate: isSignedWanyuan },
  percent: { type: 'number', validate: isPercent },
  signedPercent: { type: 'number', validate: isSignedPercent },
  count: { type: 'number', validate: isCount },
};

/**
 * `maxChars`: counted as a person counts (grapheme clusters), which `maxLength` does not do.
 * Within the limit by length alone (a character is at least one UTF-16 unit), or count only up to it.
 */
export const withinChars = (data: string, limit: number): boolean => data.length <= limit || countCharsUpTo(data, limit) <= limit;

/**
 * `notFuture`: a date (`YYYY-MM-DD`) or month (`YYYY-MM`) no later than today. A value that is not a
 * well-formed date passes here: its format already says what is wrong, once.
 */
export function notAfterToday(data: string): boolean {
  if (!(isFormDate(data) || isYearMonth(data))) return true;
  return data <= localToday().slice(0, data.length);
}

/** Code points, as ajv counts `maxLength`/`minLength` (its `ajv/dist/runtime/ucs2length`, without the CommonJS wrapper). */
export function ucs2length(str: string): number {
  let length = 0;
  for (const _ of str) length++;
  return length;
}

/** Deep equality as ajv's `const`, `enum` and `uniqueItems` need it for objects and arrays (fast-deep-equal's rules). */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (a.constructor !== b.constructor) return false;
    if (Array.isArray(a)) {
      const other = b as unknown[];
      return a.length === other.length && a.every((v, i) => equal(v, other[i]));
    }
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  // NaN equals NaN, as in fast-deep-equal.
  return a !== a && b !== b;
}
