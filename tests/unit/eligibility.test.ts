import { describe, expect, it } from 'vitest';
import { allRulesPass, checkEligibility, type RuleResult } from '../../src/core/enterprise/eligibility.ts';
import { example, exampleWith, setPath } from '../helpers/example.ts';

const rule = (data: unknown, id: RuleResult['id']) => checkEligibility(data).find((r) => r.id === id)!;

/** The example with several values replaced. */
function withValues(values: Record<string, unknown>) {
  const data = example();
  for (const [path, value] of Object.entries(values)) setPath(data, path, value);
  return data;
}

describe('the example', () => {
  it('passes every rule', () => {
    const results = checkEligibility(example());
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['target', 'pass'],
      ['orientation', 'pass'],
      ['specialisation', 'pass'],
      ['innovation', 'pass'],
      ['management', 'pass'],
      ['growth', 'info'],
    ]);
    expect(allRulesPass(results)).toBe(true);
  });
});

describe('申报对象', () => {
  it.each([
    ['status.batch', '不是国家级专精特新“小巨人”企业', 'fail'],
    ['status.keyFirstBatch', '是', 'fail'],
    ['status.listed', '是', 'fail'],
    ['status.listed', undefined, 'unknown'],
    ['status.batch', '第三批（公示名单）', 'pass'],
  ])('%s = %j → %s', (path, value, status) => expect(rule(exampleWith(path, value), 'target').status).toBe(status));
});

describe('1 产业导向', () => {
  const none = {
    'orientation.fourBase.applies': '否',
    'orientation.tenFields.applies': '否',
    'orientation.shortBoard.applies': '否',
    'orientation.otherKey.applies': '否',
    'orientation.gap.kind': '否',
    'orientation.collaboration.applies': '否',
  };
  it('fails when every answer is 否, and names the fields', () => {
    const r = rule(withValues(none), 'orientation');
    expect(r.status).toBe('fail');
    expect(r.fields).toContain('orientation.tenFields.applies');
  });
  it.each(Object.keys(none))('passes on %s alone', (path) => {
    const value = path.endsWith('gap.kind') ? '填补国际空白' : '是';
    expect(rule(withValues({ ...none, [path]: value }), 'orientation').status).toBe('pass');
  });
  it('cannot be answered while some are blank and none is 是', () => {
    expect(rule(withValues({ ...none, 'orientation.collaboration.applies': undefined }), 'orientation').status).toBe('unknown');
  });
});

describe('2 专业化', () => {
  it.each([
    [700, 'pass'],
    [699.99, 'fail'],
    [1000, 'pass'],
  ])('主营业务收入 %d of 1000 → %s', (main, status) => {
    const r = rule(withValues({ 'indicators.2020.revenue': 1000, 'indicators.2020.mainRevenue': main }), 'specialisation');
    expect(r.status).toBe(status);
    expect(r.details[0]).toContain('（要求不低于70%）');
  });
  // Shares exactly on the line whose division a double gets wrong (69.99999999999999, 3.9999999999999996):
  // the rule is decided on the decimals typed, as 附件3 prints 70.00 for them.
  it.each([
    [1024.9, 717.43, 'pass'],
    [1024.9, 717.42, 'fail'],
    [1000.1, 700.07, 'pass'],
  ])('营业收入 %d and 主营业务收入 %d → %s', (revenue, main, status) => {
    const r = rule(withValues({ 'indicators.2020.revenue': revenue, 'indicators.2020.mainRevenue': main }), 'specialisation');
    expect(r.status).toBe(status);
    if (status === 'pass') expect(r.details[0]).toBe(`2020年：主营业务收入 ${main} ÷ 营业收入 ${revenue} = 70.00%（要求不低于70%）`);
  });
  it('does not show a share that misses 70% as "70%"', () => {
    const r = rule(withValues({ 'indicators.2020.revenue': 100000, 'indicators.2020.mainRevenue': 69999 }), 'specialisation');
    expect(r.status).toBe('fail');
    expect(r.details[0]).toBe('2020年：主营业务收入 69999 ÷ 营业收入 100000 = 69.999%（四舍五入为70.00%，实际未达到70%）（要求不低于70%）');
  });

  it('shows the numbers behind a failure', () => {
    const r = rule(withValues({ 'indicators.2020.revenue': 1000, 'indicators.2020.mainRevenue': 600 }), 'specialisation');
    expect(r.details).toEqual(['2020年：主营业务收入 600 ÷ 营业收入 1000 = 60.00%（要求不低于70%）']);
    expect(r.fields).toEqual(['indicators.2020.mainRevenue', 'indicators.2020.revenue']);
  });
  it('is not met with a revenue entered as 0, and says why: no share of nothing reaches 70%', () => {
    const r = rule(withValues({ 'indicators.2020.revenue': 0 }), 'specialisation');
    expect(r.status).toBe('fail');
    expect(r.details[0]).toContain('营业收入为0，无法计算');
    // Left blank, it is still waiting for an answer.
    expect(rule(withValues({ 'indicators.2020.revenue': undefined }), 'specialisation').status).toBe('unknown');
  });
  it('3 is not met with a 2019 revenue entered as 0', () => {
    expect(rule(withValues({ 'indicators.2019.revenue': 0 }), 'innovation').status).toBe('fail');
  });
});

describe('3 创新能力', () => {
  it.each([
    [280, 280, 'pass'],
    [280, 279, 'fail'],
    [279, 280, 'fail'],
  ])('研发 2019 %d and 2020 %d of 7000 → %s', (rd19, rd20, status) => {
    const data = withValues({
      'indicators.2019.revenue': 7000,
      'indicators.2019.rd': rd19,
      'indicators.2020.revenue': 7000,
      'indicators.2020.rd': rd20,
    });
    const r = rule(data, 'innovation');
    expect(r.status).toBe(status);
    expect(r.details.slice(0, 2)).toEqual([
      // Two decimals, as every share is shown: 4.00%, not 4%.
      `2019年研发经费占营业收入比重（要求不低于4%）：${(Math.round((rd19 / 7000) * 10000) / 100).toFixed(2)}%`,
      `2020年研发经费占营业收入比重（要求不低于4%）：${(Math.round((rd20 / 7000) * 10000) / 100).toFixed(2)}%`,
    ]);
  });
  it('passes a 研发 share of exactly 4% that a double computes as 3.9999999999999996', () => {
    const r = rule(withValues({ 'indicators.2019.revenue': 1004, 'indicators.2019.rd': 40.16 }), 'innovation');
    expect(r.status).toBe('pass');
    expect(r.details[0]).toBe('2019年研发经费占营业收入比重（要求不低于4%）：4.00%');
  });
  it('cannot be answered without 2019 figures', () => {
    expect(rule(withValues({ 'indicators.2019': undefined }), 'innovation').status).toBe('unknown');
  });
  const noneOfThree = {
    'targets.patents.initial': 1,
    'innovation.rdNational.count': 0,
    'innovation.rdProvincial.count': 0,
    'targets.rdInstitutions.initial': 0,
    'innovation.stdLeadIndustry.count': 0,
    'innovation.stdJoinIndustry.count': 0,
    'targets.standards.initial': 0,
  };
  it('fails when none of patents, R&D institution or standards is met', () => expect(rule(withValues(noneOfThree), 'innovation').status).toBe('fail'));
  // A blank count is not a 0: with patents short, the rule waits for the other two options.
  it.each([
    ['研发机构', ['innovation.rdNational.count', 'innovation.rdProvincial.count', 'targets.rdInstitutions.initial']],
    ['标准', ['innovation.stdLeadIndustry.count', 'innovation.stdJoinIndustry.count', 'targets.standards.initial']],
  ])('waits, not fails, while the %s counts are blank', (what, paths) => {
    const r = rule(withValues({ ...noneOfThree, ...Object.fromEntries(paths.map((p) => [p, undefined])) }), 'innovation');
    expect(r.status).toBe('unknown');
    expect(r.details.find((d) => d.includes(what))).toMatch(/^？ .*未填$/);
    expect(r.fields).toEqual(expect.arrayContaining(paths));
  });
  it('counts 四、发展目标’s 初始值 as an answer when 三、相关指标’s counts are blank', () => {
    const blank = { 'innovation.rdNational.count': undefined, 'innovation.rdProvincial.count': undefined };
    expect(rule(withValues({ ...noneOfThree, ...blank }), 'innovation').status).toBe('fail');
    expect(rule(withValues({ ...noneOfThree, ...blank, 'targets.rdInstitutions.initial': 1 }), 'innovation').status).toBe('pass');
  });
  it.each([
    ['targets.patents.initial', 2],
    ['innovation.rdNational.count', 1],
    ['innovation.stdJoinIndustry.count', 1],
  ])('passes with %s = %d', (path, value) => expect(rule(withValues({ ...noneOfThree, [path]: value }), 'innovation').status).toBe('pass'));
});

describe('4 经营管理', () => {
  it.each([
    [1, 'pass'],
    [0, 'fail'],
    [undefined, 'unknown'],
  ])('质量管理体系认证 %j → %s', (n, status) => expect(rule(exampleWith('targets.qualityCerts.initial', n), 'management').status).toBe(status));
});

describe('5 成长性', () => {
  it('is informational whatever the figures', () => {
    const r = rule(withValues({ 'indicators.2020.mainRevenue': 1 }), 'growth');
    expect(r.status).toBe('info');
    expect(allRulesPass(checkEligibility(exampleWith('orientation.listing.plans', '否')))).toBe(true);
  });
});

describe('an empty dossier', () => {
  it('answers nothing yet and passes nothing', () => {
    const results = checkEligibility({});
    expect(results.filter((r) => r.id !== 'growth').every((r) => r.status === 'unknown')).toBe(true);
    expect(allRulesPass(results)).toBe(false);
  });
});
