/** Dates written as people and spreadsheets write them, read as the forms store them. */
import { describe, expect, it } from 'vitest';
import { readDateText, tidyDateText } from '../../src/core/formats/date-text.ts';

describe.each([
  ['date', '2024-05-01', '2024-05-01'],
  ['date', '2024/5/1', '2024-05-01'],
  ['date', '2024.5.1', '2024-05-01'],
  ['date', '2024年5月1日', '2024-05-01'],
  ['date', '2024 年 5 月 1 日', '2024-05-01'],
  ['date', '2024年5月1号', '2024-05-01'],
  ['date', '２０２４／０５／０１', '2024-05-01'],
  ['date', '20240501', '2024-05-01'],
  ['date', ' 2024-5-1 ', '2024-05-01'],
  ['date', '2024/2/29', '2024-02-29'],
  ['month', '1985-06', '1985-06'],
  ['month', '1985.6', '1985-06'],
  ['month', '1985/06', '1985-06'],
  ['month', '1985年6月', '1985-06'],
  ['month', '198506', '1985-06'],
  ['month', '１９８５．６', '1985-06'],
] as const)('a %s written %j', (precision, text, stored) => {
  it(`is read as ${stored}`, () => expect(readDateText(text, precision)).toBe(stored));
});

describe.each([
  ['date', '2023/2/29'],
  ['date', '2024/13/1'],
  ['date', '2024/4/31'],
  ['date', '24/5/1'],
  ['date', '五月一日'],
  ['date', '2024/5'],
  ['date', '2024-05-01T00:00'],
  ['date', ''],
  ['month', '1985.13'],
  ['month', '1985.0'],
  ['month', '85年6月'],
  ['month', '1985-06-01'],
  ['month', '1985'],
  ['month', '19856'],
] as const)('a %s written %j', (precision, text) => {
  it('is not read, and stays as typed', () => {
    expect(readDateText(text, precision)).toBeNull();
    expect(tidyDateText(text, precision)).toBe(text);
  });
});
