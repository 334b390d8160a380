/** Service platforms: the 申报条件（二） self-check, derived shares and cross-field rules of 附件4-1. */
import { describe, expect, it } from 'vitest';
import { annexesFor, getAnnex } from '../../src/core/annexes/registry.ts';
import { platformChecks } from '../../src/core/platform/checks.ts';
import { platformDerived } from '../../src/core/platform/derived.ts';
import { checkPlatformEligibility } from '../../src/core/platform/eligibility.ts';
import { checkEligibility } from '../../src/core/enterprise/eligibility.ts';
import { example } from '../helpers/example.ts';
import { GENERAL_CATEGORY, KEY_CATEGORY } from '../../src/core/platform/category.ts';
import { allRulesPass } from '../../src/core/rules.ts';
import { suggestionsFor } from '../../src/core/reference/suggestions.ts';
import { resolvedSchema } from '../../src/core/annexes/schemas.ts';
import { validateAnnex } from '../../src/core/validate/validate.ts';
import { platformExample, platformWith } from '../helpers/platform-example.ts';

const rule = (data: unknown, id: string) => checkPlatformEligibility(data).find((r) => r.id === id)!;
const person = { name: '张三', born: '1985-06', education: '大学本科', school: '四川大学', jobTitle: '工程师', years: 5, insured: '是', duty: '技术服务' };

describe.each(['key', 'general'] as const)('the %s example', (which) => {
  it('passes every rule', () => expect(allRulesPass(checkPlatformEligibility(platformExample(which)))).toBe(true));
  it('is complete for every annex it submits', () => {
    const data = platformExample(which);
    for (const annex of annexesFor('platform', data)) expect(validateAnnex(annex, data).errors, annex.id).toEqual([]);
  });
});

describe('the category decides the package', () => {
  it.each([
    [KEY_CATEGORY, 'annex4-4'],
    [GENERAL_CATEGORY, 'annex4-5'],
  ])('%s submits %s', (category, outline) => {
    const ids = annexesFor('platform', { category }).map((a) => a.id);
    expect(ids).toEqual(['annex4', 'annex4-1', 'annex4-2', 'annex4-3', outline, 'annex4-6']);
  });
  it('shows neither work plan until a category is chosen', () => {
    expect(annexesFor('platform', {}).map((a) => a.id)).toEqual(['annex4', 'annex4-1', 'annex4-2', 'annex4-3', 'annex4-6']);
  });
  it('asks for the chosen category’s 绩效目标表 only, ignoring the other even when it is broken', () => {
    const data = platformWith('category', GENERAL_CATEGORY);
    // A half-filled, invalid 重点 table left behind must not block the 统筹 package.
    data.targetsKey = { servedGiants: { initial: -5 } };
    const paths = validateAnnex(getAnnex('annex4-1'), data).errors.map((e) => e.path);
    expect(paths.some((p) => p.startsWith('targetsGeneral.'))).toBe(true);
    expect(paths.some((p) => p.startsWith('targetsKey.'))).toBe(false);
  });
});

describe('the 统筹 first-batch question', () => {
  it('is asked on 附件4 once 统筹 is chosen, and only then', () => {
    const annex4 = getAnnex('annex4');
    const general = platformWith('firstBatchGeneral', undefined, 'general');
    expect(validateAnnex(annex4, general).errors.map((e) => e.path)).toEqual(['firstBatchGeneral']);
    expect(validateAnnex(annex4, platformWith('firstBatchGeneral', undefined)).valid).toBe(true);
  });
});

describe('申报条件', () => {
  it('4: 19 staff rows fail, with the numbers and the disagreement with 附件4-1', () => {
    const data = platformWith('staff', Array.from({ length: 19 }, () => person));
    const r = rule(data, 'staff');
    expect(r.status).toBe('fail');
    expect(r.details).toContain('附件4-3服务人员一览表：19人（原则上不少于20人）');
    expect(r.details).toContain('⚠ 两处人数不一致：附件4-1为24人，附件4-3列了19人，请核对。');
  });
  it('4: exactly 20 rows pass', () => {
    const data = platformWith('staff', Array.from({ length: 20 }, () => person));
    (data.capacity as Record<string, unknown>).staffTotal = 20;
    (data.capacity as Record<string, unknown>).staffQualified = 18;
    const r = rule(data, 'staff');
    expect(r.status).toBe('pass');
    expect(r.fields).toEqual([]);
  });
  it('4: a different count in 附件4-1 is flagged for correction but does not fail the condition', () => {
    const r = rule(platformWith('capacity.staffTotal', 30), 'staff');
    expect(r.status).toBe('pass');
    expect(r.details).toContain('⚠ 两处人数不一致：附件4-1为30人，附件4-3列了24人，请核对。');
    expect(r.fields).toEqual(['staff', 'capacity.staffTotal']);
    // Said apart from the details too: 检查与下载 lists it beside the failures.
    expect(r.caution).toEqual(['两处人数不一致：附件4-1为30人，附件4-3列了24人，请核对。']);
    expect(rule(platformExample(), 'staff').caution).toBeUndefined();
  });
  it('rows left blank are neither people nor cases', () => {
    expect(rule(platformWith('staff', Array.from({ length: 24 }, () => ({}))), 'staff').status).toBe('unknown');
    expect(rule(platformWith('served', [{}, null, { name: '  ' }]), 'cases').status).toBe('unknown');
  });
  it.each([
    [2, 'fail'],
    [3, 'pass'],
    [0, 'unknown'],
  ])('3: %i cases in 附件4-2 → %s', (n, status) => {
    const served = (platformExample().served as unknown[]).slice(0, n);
    expect(rule(platformWith('served', served), 'cases').status).toBe(status);
  });
  it('1: a missing 认定文号 cannot be answered and names the field', () => {
    const r = rule(platformWith('platform.recognition', undefined), 'recognised');
    expect(r.status).toBe('unknown');
    expect(r.fields).toEqual(['platform.recognition']);
  });
  it.each(['无', '待补', '四川省中小企业公共服务示范平台'])('1: %j, with no 文号, is not taken as a recognition', (text) => {
    const r = rule(platformWith('platform.recognition', text), 'recognised');
    expect(r.status).toBe('unknown');
    expect(r.details[0]).toContain('未写文号');
    expect(r.fields).toEqual(['platform.recognition']);
  });
  it('1: a 文号 in any of its brackets passes, to be confirmed as still valid', () => {
    for (const text of ['关于认定示范平台的通知（川经信企业〔2020〕123号）', '工信部企业函[2019]296号']) {
      const r = rule(platformWith('platform.recognition', text), 'recognised');
      expect(r.status).toBe('pass');
      expect(r.details[0]).toContain('请确认仍在有效期内');
    }
  });
  // Only 工业和信息化部 or 四川省经济和信息化厅 recognise a platform for this notice.
  it.each([
    ['工业和信息化部关于公布2019年国家中小企业公共服务示范平台名单的通知（工信部企业函〔2019〕296号）', 'pass', '国家级'],
    ['四川省经济和信息化厅关于认定2020年度四川省中小企业公共服务示范平台的通知（川经信企业〔2020〕123号）', 'pass', '省级'],
    ['成都市经济和信息化局关于认定成都市中小企业公共服务示范平台的通知（成经信中小〔2020〕45号）', 'fail', '市（州）或区县的认定'],
    ['关于认定第三批示范平台的通知（绵经信发〔2021〕7号）', 'fail', '市（州）或区县的认定'],
    ['关于认定示范平台的通知（〔2020〕123号）', 'unknown', '看不出认定机关'],
    // A city's recognition that names 四川省 or 国家级 in its title is still a city's.
    ['四川省成都市经济和信息化局关于认定2020年市级中小企业公共服务示范平台的通知（成经信中小〔2020〕12号）', 'fail', '市（州）或区县的认定'],
    ['绵阳市经济和信息化局关于认定市级示范平台（服务国家级小巨人）的通知 绵经信〔2020〕3号', 'fail', '市（州）或区县的认定'],
    ['四川省中小企业公共服务示范平台认定（〔2020〕123号）', 'pass', '省级'],
  ])('1: %s → %s', (text, status, said) => {
    const r = rule(platformWith('platform.recognition', text), 'recognised');
    expect(r.status).toBe(status);
    expect(r.details[0]).toContain(said);
    expect(r.fields).toEqual(status === 'pass' ? [] : ['platform.recognition']);
  });
  it('one category: a first-batch 统筹 platform applying for 统筹 again is warned', () => {
    const data = platformWith('firstBatchGeneral', '是', 'general');
    const r = rule(data, 'category');
    expect(r.status).toBe('fail');
    expect(r.details).toContain('已纳入第一批统筹支持的13家单位原则上不得申报本批次统筹支持方向。');
    expect(rule(platformWith('firstBatchGeneral', '是'), 'category').status).toBe('pass');
  });
  it('3: experience comes from 附件4-2 or from the 家次 of 附件4-1', () => {
    const data = platformWith('served', []);
    expect(rule(data, 'experience').status).toBe('pass');
    (data.capacity as { services: Record<string, Record<string, unknown>> }).services['2019']!.keyServed = 0;
    (data.capacity as { services: Record<string, Record<string, unknown>> }).services['2020']!.keyServed = 0;
    expect(rule(data, 'experience').status).toBe('unknown');
  });
  it('2 and 5 are left to the reviewers', () => {
    expect(rule({}, 'capability').status).toBe('info');
    expect(rule({}, 'management').status).toBe('info');
  });
});

describe('derived shares', () => {
  it('computes 服务收入占比, 人员占比 and 设备占比, printed with two decimals as 附件1 prints its shares', () => {
    expect(platformDerived(platformExample()).derived).toEqual({
      serviceShare: { 2019: '76.56', 2020: '76.32' },
      staffQualifiedShare: '83.33',
      equipmentShare: '15.00',
    });
    // 2448 of 3200 is 76.5: printed 76.50, beside 76.32 in the same column.
    const d = platformWith('operation.years.2019.serviceRevenue', 2448);
    expect((platformDerived(d).derived.serviceShare as Record<string, string>)['2019']).toBe('76.50');
  });
  it('gives nothing rather than dividing by zero', () => {
    const d = platformDerived({ operation: { years: { 2020: { revenue: 0, serviceRevenue: 5, assets: 0 } } }, capacity: { staffTotal: 0, staffQualified: 0, equipmentValue: 1 } });
    expect(d.derived).toEqual({ serviceShare: { 2019: undefined, 2020: undefined }, staffQualifiedShare: undefined, equipmentShare: undefined });
  });
});

describe('cross-field rules of 附件4-1', () => {
  it('needs 自有 + 租用 = 服务场地面积', () => {
    const errors = platformChecks(platformWith('capacity.floorRented', 1900));
    expect(errors).toEqual([expect.objectContaining({ path: 'capacity.floorTotal', message: '自有面积1200与租用面积1900之和为3100平方米，应等于服务场地面积3200平方米。' })]);
    expect(validateAnnex(getAnnex('annex4-1'), platformWith('capacity.floorRented', 1900)).valid).toBe(false);
  });
  it('caps the investors’ shares at 100% in total', () => {
    const errors = platformChecks(platformWith('operation.investors', [{ name: '甲', share: 60 }, { name: '乙', share: 50.5 }]));
    expect(errors.map((e) => e.message)).toEqual(['各投资方的投资（出资）比例合计为110.5%，不能超过100%。']);
  });
  it('does not let qualified staff outnumber all staff', () => {
    expect(platformChecks(platformWith('capacity.staffQualified', 25))[0]?.path).toBe('capacity.staffQualified');
  });
  it('is quiet for the example', () => expect(platformChecks(platformExample())).toEqual([]));
  it('does not let the equipment cost more than the 2020 总资产 it is a share of', () => {
    const errors = validateAnnex(getAnnex('annex4-1'), platformWith('capacity.equipmentValue', 9000)).errors;
    expect(errors).toEqual([expect.objectContaining({ path: 'capacity.equipmentValue', message: '仪器、设备购买价格9000万元，不能大于2020年资产总额6200万元。' })]);
    expect(platformChecks(platformWith('capacity.equipmentValue', 6200))).toEqual([]);
  });
});

describe('limits of 附件4-1 and the tables in the schema', () => {
  const errorAt = (annex: string, path: string, value: unknown) => validateAnnex(getAnnex(annex), platformWith(path, value)).errors.find((e) => e.path === path);
  it.each([
    ['annex4-1', 'operation.years.2020.serviceRevenue', 5000, '2020年服务收入不能大于2020年营业收入（3800）。'],
    ['annex4-1', 'capacity.services.2020.keyServed', 5000, '不能大于2020年服务规模（1020）。'],
    ['annex4-1', 'targetsKey.satisfaction.initial', 150, '不能大于100。'],
  ])('%s: %s of %j is refused', (annex, path, value, message) => {
    expect(errorAt(annex, path, value)?.message).toContain(message);
  });
  it.each([
    ['annex4', 'platform.location'],
    ['annex4-1', 'platform.recognition'],
    ['annex4-1', 'platform.address'],
    ['annex4-1', 'capacity.qualifications'],
    ['annex4-1', 'capacity.services.2020.content'],
    ['annex4-2', 'served.0.summary'],
    ['annex4-3', 'staff.0.jobTitle'],
    ['annex4-3', 'staff.0.duty'],
  ])('%s: %s of only spaces is not an answer', (annex, path) => {
    expect(errorAt(annex, path, '  　 ')).toBeDefined();
  });

  it('wants 企业所在地 as a 区（市县） of its 市（州）, reported on 附件4-2 only', () => {
    const served = platformExample().served as Record<string, unknown>[];
    served[1] = { ...served[1], district: '武侯区' };
    const data = platformWith('served', served);
    const errors = validateAnnex(getAnnex('annex4-2'), data).errors;
    expect(errors).toEqual([expect.objectContaining({ path: 'served.1.district', message: '第2行：“武侯区”不是绵阳市的区（市、县），请按“**市（州）**区（市县）”填写，如涪城区。' })]);
    expect(validateAnnex(getAnnex('annex4-1'), data).valid).toBe(true);
  });
  it.each(['高新区', '天府新区', '经开区', '绵阳经济技术开发区'])('takes %j, a zone enterprises commonly give, as written', (district) => {
    const served = platformExample().served as Record<string, unknown>[];
    served[1] = { ...served[1], district };
    expect(platformChecks(platformWith('served', served))).toEqual([]);
  });
});

describe('suggestions for 企业所在地：区（市县）', () => {
  it.each([
    [{ city: '绵阳市' }, 9, '涪城区'],
    [{ city: '成都市' }, 20, '锦江区'],
    [{}, 0, undefined],
    [{ city: '不存在' }, 0, undefined],
  ])('%j offers %i divisions', (row, n, first) => {
    const list = suggestionsFor('districtsOf:city', row);
    expect(list).toHaveLength(n);
    expect(list[0]).toBe(first);
  });
  it('is named in the schema, so the table offers it', () => {
    const served = resolvedSchema('platform.schema.json').properties as { served: { items: { properties: { district: { suggest: string } } } } };
    expect(served.served.items.properties.district.suggest).toBe('districtsOf:city');
  });
  it.each([undefined, 42, 'unknown:x'])('offers nothing for %j', (spec) => expect(suggestionsFor(spec, { city: '成都市' })).toEqual([]));
});

// Condition 3 of the notice is checked in two parts; each once appeared as a plain "3.".
describe.each([
  ['platform', () => checkPlatformEligibility(platformExample('key'))],
  ['enterprise', () => checkEligibility(example())],
])('the %s self-check', (_kind, results) => {
  it('numbers every condition once', () => {
    const numbers = results().map((r) => /^[\d.（）]+/.exec(r.title)?.[0]).filter(Boolean);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});
