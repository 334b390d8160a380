import { describe, expect, it } from 'vitest';
import { deriveYear, derivedValues } from '../../src/core/enterprise/derived.ts';
import { example } from '../helpers/example.ts';

const dossier = (years: Record<string, Record<string, number>>) => ({ indicators: years });

describe('derived indicators', () => {
  it.each([
    ['主营业务收入占比', { revenue: 1000, mainRevenue: 700 }, 'mainShare', 70],
    ['主营业务收入占比 rounds to 2 decimals', { revenue: 36500, mainRevenue: 34300 }, 'mainShare', 93.97],
    ['研发占比 exactly 4%', { revenue: 7000, rd: 280 }, 'rdShare', 4],
    ['研发占比 just under 4%', { revenue: 7000, rd: 279.99 }, 'rdShare', 4],
    ['研发占比 clearly under 4%', { revenue: 7000, rd: 279 }, 'rdShare', 3.99],
  ])('%s', (_what, year, key, value) => {
    expect(deriveYear(dossier({ 2020: year }), '2020')[key as 'mainShare'].value).toBe(value);
  });

  it.each([
    // 1005 / 100000 is 1.005 %: a half, which 四舍五入 takes up.
    ['a share of exactly x.xx5 up', { 2020: { revenue: 100000, rd: 1005 } }, 'rdShare', 1.01],
    ['a fall of exactly 0.125 % away from zero', { 2019: { mainRevenue: 80000 }, 2020: { mainRevenue: 79900 } }, 'mainGrowth', -0.13],
    ['a rise of exactly 0.125 % up', { 2019: { mainRevenue: 80000 }, 2020: { mainRevenue: 80100 } }, 'mainGrowth', 0.13],
  ])('rounds %s', (_what, years, key, value) => {
    expect(deriveYear(dossier(years), '2020')[key as 'rdShare'].value).toBe(value);
  });

  it('computes growth against the year before, and falls as a negative rate', () => {
    const d = dossier({ 2019: { mainRevenue: 100, profit: 50 }, 2020: { mainRevenue: 115, profit: 40 } });
    expect(deriveYear(d, '2020').mainGrowth).toEqual({ value: 15, exact: 15 });
    expect(deriveYear(d, '2020').profitGrowth).toEqual({ value: -20, exact: -20 });
  });

  it('measures profit growth from a loss against the size of the loss', () => {
    const d = dossier({ 2019: { profit: -100 }, 2020: { profit: 50 } });
    expect(deriveYear(d, '2020').profitGrowth).toEqual({ value: 150, exact: 150 });
  });

  it('needs 2017 for 2018 growth and says so instead of inventing it', () => {
    const r = deriveYear(dossier({ 2018: { mainRevenue: 100 } }), '2018').mainGrowth;
    expect(r).toEqual({ value: null, reason: '缺少2017年主营业务收入' });
  });

  it.each([
    ['mainShare', '2020年营业收入为0，无法计算'],
    ['rdShare', '2020年营业收入为0，无法计算'],
  ])('zero revenue gives no %s and a clear reason, never a division by zero', (key, reason) => {
    const r = deriveYear(dossier({ 2020: { revenue: 0, mainRevenue: 5, rd: 1 } }), '2020')[key as 'mainShare'];
    expect(r).toEqual({ value: null, reason });
  });

  it('zero previous revenue gives no growth rate', () => {
    expect(deriveYear(dossier({ 2019: { mainRevenue: 0 }, 2020: { mainRevenue: 5 } }), '2020').mainGrowth).toEqual({
      value: null,
      reason: '2019年主营业务收入为0，无法计算增长率',
    });
  });

  it('names the missing input', () => {
    expect(deriveYear({}, '2019').mainShare).toEqual({ value: null, reason: '缺少2019年主营业务收入' });
    expect(deriveYear(dossier({ 2019: { mainRevenue: 5 } }), '2019').mainShare).toEqual({ value: null, reason: '缺少2019年营业收入' });
  });

  it('ignores text typed where a number belongs', () => {
    expect(deriveYear({ indicators: { 2020: { revenue: '一千', mainRevenue: 700 } } }, '2020').mainShare.value).toBeNull();
  });

  it('gives the templates the values with two decimals, 6.60 and not 6.6', () => {
    expect(derivedValues(example()).derived['2020']).toEqual({ mainShare: '93.97', rdShare: '6.60', mainGrowth: '14.72', profitGrowth: '22.44' });
    expect(derivedValues(example()).derived['2018']).toMatchObject({ mainGrowth: '23.74' });
  });

  it.each([
    [{ plans: '否' }, '否'],
    [{ plans: '是', stage: '已递交申请书' }, '已递交申请书'],
    [{ plans: '是', stage: '已进入上市辅导期' }, '已进入辅导期'],
    [{ plans: '是' }, undefined],
    [{}, undefined],
  ])('gives today\'s listing stage %j as 上市计划 %j in 发展目标\'s words', (listing, now) => {
    expect(derivedValues({ orientation: { listing } }).derived.listingNow).toBe(now);
  });
});
