/** 发展目标's typed 实施期初始值 against the 2020 figures it restates (附件1 注6). */
import { describe, expect, it } from 'vitest';
import { getAnnex } from '../../src/core/annexes/registry.ts';
import { targetChecks } from '../../src/core/enterprise/target-checks.ts';
import { setPath, unsetPath } from '../../src/core/util/path-update.ts';
import { validateAnnex } from '../../src/core/validate/validate.ts';
import { example } from '../helpers/example.ts';

const withValue = (path: string, value: unknown) => setPath(path, value, example());

describe('typed 实施期初始值', () => {
  it('is quiet for the example, typed or left blank', () => {
    expect(targetChecks(example())).toEqual([]);
    expect(targetChecks(unsetPath('targets.mainShare.initial', example()))).toEqual([]);
  });

  it.each([
    ['targets.mainShare.initial', 75, '实施期初始值以2020年为基年，应为2020年的主营业务收入占营业收入比重93.97，现填75。清空此项即自动取2020年的值。'],
    ['targets.rdShare.initial', 9.5, '实施期初始值以2020年为基年，应为2020年的研发经费支出占营业收入比重6.60，现填9.5。清空此项即自动取2020年的值。'],
    ['targets.mainGrowth.initial', 50, '实施期初始值以2020年为基年，应为2020年的主营业务收入增长率14.72，现填50。清空此项即自动取2020年的值。'],
  ])('%s = %s disagreeing with 2020 is an error at the field, in 附件1 and 附件3', (path, value, message) => {
    const data = withValue(path, value);
    for (const id of ['annex1', 'annex3']) {
      expect(validateAnnex(getAnnex(id), data).errors).toContainEqual(expect.objectContaining({ path, message }));
    }
  });

  it('accepts the 2020 figure as printed, to two decimals', () => {
    expect(targetChecks(withValue('targets.mainShare.initial', 93.97))).toEqual([]);
    expect(targetChecks(withValue('targets.rdShare.initial', 6.6))).toEqual([]);
  });

  it('has nothing to compare with while the 2020 figures are missing', () => {
    const data = withValue('indicators.2020', {});
    expect(targetChecks(setPath('targets.mainShare.initial', 75, data))).toEqual([]);
  });

  it('wants 上市计划 as 二、企业状况 answered it', () => {
    const data = setPath('targets.listing.initial', '已递交申请书', withValue('orientation.listing', { plans: '否' }));
    expect(targetChecks(data)).toEqual([
      expect.objectContaining({
        path: 'targets.listing.initial',
        message: '实施期初始值应与“二、企业状况”中是否计划上市的回答一致，即“否”，现选“已递交申请书”。清空此项即自动取该回答。',
      }),
    ]);
  });
});

describe('2017, the base of 2018’s growth rates', () => {
  it('is required in 附件1, whose table prints those rates, and nowhere else', () => {
    const data = unsetPath('indicators.2017', example());
    const paths = validateAnnex(getAnnex('annex1'), data).errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['indicators.2017.mainRevenue', 'indicators.2017.profit']));
    const partial = setPath('indicators.2017', { revenue: 20000 }, example());
    expect(validateAnnex(getAnnex('annex1'), partial).errors.map((e) => e.path)).toEqual(['indicators.2017.mainRevenue', 'indicators.2017.profit']);
    expect(validateAnnex(getAnnex('annex3'), data).valid).toBe(true);
    expect(validateAnnex(getAnnex('annex2'), data).valid).toBe(true);
  });
});
