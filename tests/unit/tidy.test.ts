import { describe, expect, it } from 'vitest';
import { tidyFormatted } from '../../src/core/formats/tidy.ts';
import { isMobile, isPostcode } from '../../src/core/formats/numbers.ts';
import { isUscc } from '../../src/core/formats/uscc.ts';

describe.each([
  ['uscc', ' 91510100MA6CXY3R1W ', '91510100MA6CXY3R1W'],
  ['uscc', '91510100ma6cxy3r1w', '91510100MA6CXY3R1W'],
  ['uscc', '９１５１０１００ＭＡ６ＣＸＹ３Ｒ１Ｗ', '91510100MA6CXY3R1W'],
  ['uscc', '9151 0100 MA6C XY3R 1W', '91510100MA6CXY3R1W'],
  ['mobile', '１３８００１３８０００', '13800138000'],
  ['mobile', '138 0013 8000', '13800138000'],
  ['mobile', '138-0013-8000', '13800138000'],
  ['postcode', '６１００４１\u3000', '610041'],
  ['phone', '028－85551234', '028-85551234'],
  ['email', ' ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｃｎ', 'info@example.cn'],
  // Not a code: left exactly as typed.
  [undefined, ' 四川　某某 ', ' 四川　某某 '],
  ['date', '２０２１-０１-０１', '２０２１-０１-０１'],
])('a %s field', (format, typed, tidy) => {
  it(`${JSON.stringify(typed)} → ${JSON.stringify(tidy)}`, () => expect(tidyFormatted(format, typed)).toBe(tidy));
});

describe('tidied codes pass their checks', () => {
  it.each([
    [isUscc, 'uscc', '９１５１０１００ｍａ６ｃｘｙ３ｒ１ｗ'],
    [isMobile, 'mobile', '１３８ ００１３ ８０００'],
    [isPostcode, 'postcode', ' 610041 '],
  ])('%#', (check, format, typed) => {
    expect(check(typed)).toBe(false);
    expect(check(tidyFormatted(format, typed))).toBe(true);
  });
});
