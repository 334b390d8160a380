import { describe, expect, it } from 'vitest';
import { hasAtMostTwoDecimals, isCount, isMobile, isWanyuan } from '../../src/core/formats/numbers.ts';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { isDate, isEmail } from '../../src/core/formats/standard.ts';
import { createAjv } from '../../src/core/validate/create-ajv.ts';

describe.each([
  ['mobile', isMobile, ['13800138000', '19912345678'], ['1380013800', '138001380001', '23800138000', '12800138000', '1380013800a', '+8613800138000']],
] as const)('%s', (_name, check, good, bad) => {
  it.each(good)('accepts %s', (v) => expect(check(v)).toBe(true));
  it.each(bad)('rejects %s', (v) => expect(check(v)).toBe(false));
});

describe('万元 amounts', () => {
  it.each([0, 1, 6800, 12.3, 12.34, 0.01, 99999999.99])('accepts %s', (v) => expect(isWanyuan(v)).toBe(true));
  it.each([-1, -0.01, 12.345, 0.001, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s', (v) => expect(isWanyuan(v)).toBe(false));
  // Typed amounts such as 4.35 or 1.15 have no exact binary form; the check reads their decimal text.
  it.each([4.35, 1.15, 0.07, 1234567.89])('accepts the typed amount %s', (v) => expect(hasAtMostTwoDecimals(v)).toBe(true));
});

describe('counts', () => {
  it.each([0, 1, 386, 100000])('accepts %s', (v) => expect(isCount(v)).toBe(true));
  it.each([-1, 1.5, Number.NaN, 2 ** 60])('rejects %s', (v) => expect(isCount(v)).toBe(false));
});

describe('formats registered in createAjv', () => {
  const ajv = createAjv();
  it.each([
    ['uscc', 'string', '91510100MA6CXY3R1W', '91510100MA6CXY3R1X'],
    ['mobile', 'string', '13800138000', '1380013800'],
    ['wanyuan', 'number', 12.34, 12.345],
    ['count', 'integer', 3, -3],
    ['date', 'string', '2021-07-01', '2021-02-30'],
  ] as const)('%s', (format, type, good, bad) => {
    const validate = ajv.compile({ type, format });
    expect(validate(good)).toBe(true);
    expect(validate(bad)).toBe(false);
  });
});

describe('date and email, written here, agree with ajv-formats', () => {
  const dates = ['2021-07-01', '2020-02-29', '2021-02-29', '1900-02-29', '2000-02-29', '2021-02-30', '2021-13-01', '2021-00-10', '2021-04-31', '2021-4-01', '21-04-01', '2021-04-01 ', '２０２１-04-01', '', '2021-12-31', '0000-01-01'];
  const emails = ['a@b.cn', 'zhang.san@example.com.cn', 'a+b@x-y.org', 'a@b', 'a..b@x.cn', '.a@x.cn', 'a.@x.cn', 'a@-x.cn', 'a@x-.cn', 'a b@x.cn', '张三@x.cn', 'A@X.CN', `a@${'x'.repeat(63)}.cn`, `a@${'x'.repeat(64)}.cn`, '', '@x.cn'];
  it.each(dates)('date %j', (v) => expect(isDate(v)).toBe((fullFormats.date as { validate: (s: string) => boolean }).validate(v)));
  it.each(emails)('email %j', (v) => expect(isEmail(v)).toBe((fullFormats.email as RegExp).test(v)));
});
