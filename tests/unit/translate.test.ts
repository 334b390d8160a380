import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { getAnnex } from '../../src/core/annexes/registry.ts';
import { validateAnnex } from '../../src/core/validate/validate.ts';
import { fieldOrder, shortLabel, translateErrors } from '../../src/core/validate/translate.ts';
import { ANNEXES } from '../../src/core/annexes/registry.ts';
import { annexSchema } from '../../src/core/annexes/schemas.ts';
import { validatorFor } from '../../src/core/validate/validators.ts';
import { example, exampleWith } from '../helpers/example.ts';
import { platformWith } from '../helpers/platform-example.ts';

const annex2 = getAnnex('annex2');

describe('the example is valid', () => {
  it('has no errors for 附件2', () => expect(validateAnnex(annex2, example())).toEqual({ valid: true, errors: [] }));
});

// One broken value at a time: the error lands on that field, with a stable id and a Chinese sentence.
describe.each([
  ['company.name', undefined, 'E_REQUIRED', '请填写企业名称。'],
  ['company.scale', undefined, 'E_REQUIRED', '请选择企业规模。'],
  ['company.creditCode', '91510100MA6CXY3R1X', 'E_USCC', '最后一位校验码应为“W”，现为“X”，请核对营业执照。'],
  ['company.creditCode', '91510100MA6CXY3R1', 'E_USCC', '统一社会信用代码应为18位，现为17位。'],
  ['company.creditCode', '91510100MA6CXY3RIW', 'E_USCC', '第17位“I”不是统一社会信用代码允许的字符（只含数字和除I、O、S、V、Z以外的大写字母）。'],
  ['company.employees', -3, 'E_COUNT', '应为不小于0的整数。'],
  ['company.employees', 3.5, 'E_TYPE', '请填写整数。'],
  ['company.employees', '三百', 'E_TYPE', '请填写整数。'],
  // Kept as typed, not read as 3000万元 (number-input.ts): the message says what to do.
  ['company.registeredCapital', '3000元', 'E_TYPE', '本项以“万元”为单位，现为“3000元”，请换算成万元后只填数字。'],
  ['company.registeredCapital', '一千万', 'E_TYPE', '请填写数字。'],
  ['company.registeredCapital', 100.123, 'E_WANYUAN', '金额以万元为单位，最多保留两位小数。'],
  ['company.registeredCapital', -1, 'E_WANYUAN', '金额不能为负数。'],
  // Past 2^53 a number is not even held as typed (…567 became …568); a 23-digit one is no decimals typo.
  ['company.registeredCapital', 12345678901234567, 'E_WANYUAN', '数值过大（超过1万亿），请检查是否多输了位数。'],
  ['company.registeredCapital', 1.2345678901234568e22, 'E_WANYUAN', '数值过大（超过1万亿），请检查是否多输了位数。'],
  ['company.employees', 10_000_000_000_000, 'E_COUNT', '数值过大（超过1万亿），请检查是否多输了位数。'],
  ['company.registeredOn', '2021-02-30', 'E_DATE', '请按“年-月-日”填写真实存在的日期，如2015-07-01。'],
  // A date input lets the year run to six digits: such years were printed as "1年1月1日".
  ['company.registeredOn', '0001-01-01', 'E_DATE', '年份应在1900年至2099年之间，现为“0001-01-01”，请检查是否输错。'],
  ['company.registeredOn', '9999-12-31', 'E_DATE', '年份应在1900年至2099年之间，现为“9999-12-31”，请检查是否输错。'],
  ['company.registeredOn', '1899-12-31', 'E_DATE', '年份应在1900年至2099年之间，现为“1899-12-31”，请检查是否输错。'],
  ['company.industry', '98', 'E_CHOICE', '请从所属行业的选项中选择，“98”不是可选项。'],
  ['company.ownership', '外资', 'E_CHOICE', '请从企业类型的选项中选择，“外资”不是可选项。'],
  ['company.productCategory.code', '3404020', 'E_INVALID', '产品类别代码应为8位或10位数字，现为“3404020”。'],
  ['company.productCategory.code', undefined, 'E_REQUIRED', '请填写产品类别代码。'],
  ['company.legalRep', '名'.repeat(31), 'E_MAX_CHARS', '法定代表人不能超过30字，现有31字，请删减1字。'],
  ['intro', '字'.repeat(501), 'E_MAX_CHARS', '企业简介不能超过500字，现有501字，请删减1字。'],
  ['orientation.gap.field', '十一个字十一个字十一个', 'E_MAX_CHARS', '具体领域不能超过10字，现有11字，请删减1字。'],
  ['orientation.fourBase.category', undefined, 'E_REQUIRED', '请选择工业“四基”具体领域。'],
  ['company.name', '   ', 'E_REQUIRED', '请填写企业名称，不能只有空格。'],
  ['intro', '\n\n', 'E_REQUIRED', '请填写企业简介，不能只有空格。'],
  ['intro', '字'.repeat(200_000), 'E_MAX_CHARS', '企业简介不能超过500字，现有超过10万字，请大幅删减。'],
  ['orientation.shortBoard.field', undefined, 'E_REQUIRED', '请填写具体领域和环节。'],
])('%s = %j', (path, value, id, message) => {
  it(`gives ${id} at the field`, () => {
    const { valid, errors } = validateAnnex(annex2, exampleWith(path, value));
    expect(valid).toBe(false);
    expect(errors).toEqual([expect.objectContaining({ path, id, message })]);
  });
});

describe('conditional fields', () => {
  it('does not ask for 具体领域 once 填补空白 is 否', () => {
    const data = exampleWith('orientation.gap', { kind: '否' });
    expect(validateAnnex(annex2, data).valid).toBe(true);
  });
  it('accepts exactly 500 characters of 企业简介, emoji included', () => {
    expect(validateAnnex(annex2, exampleWith('intro', '😀'.repeat(250) + '字'.repeat(250))).valid).toBe(true);
  });
});

describe('an empty dossier', () => {
  it('reports every required field of 附件2 at the field, not at its section', () => {
    const { errors } = validateAnnex(annex2, {});
    expect(errors.every((e) => e.id === 'E_REQUIRED')).toBe(true);
    expect(errors.map((e) => e.path)).toEqual([
      'company.name', 'company.legalRep', 'company.creditCode', 'company.employees', 'company.registeredOn',
      'company.registeredCapital', 'company.scale', 'company.ownership', 'company.industry', 'company.segment',
      'company.productCategory.name', 'company.productCategory.basis', 'company.productName', 'orientation.fourBase.applies', 'orientation.gap.kind',
      'orientation.shortBoard.applies', 'intro',
    ]);
  });
  it.each([null, 42, 'text', []])('reports a wrong top-level type %j without throwing', (data) => {
    const { valid, errors } = validateAnnex(annex2, data);
    expect(valid).toBe(false);
    expect(errors[0]?.id).toBe('E_TYPE');
  });
});

describe('shortLabel', () => {
  it.each([
    ['企业简介（不超过500字，另附页无效）', '企业简介'],
    ['从业人数（人）', '从业人数'],
    ['企业名称', '企业名称'],
    ['（人）', '（人）'],
  ])('%s → %s', (a, b) => expect(shortLabel(a)).toBe(b));
});

describe('附件1 cross-field and range checks', () => {
  const annex1 = getAnnex('annex1');
  it.each([
    ['indicators.2020.mainRevenue', 40000, 'E_RANGE', '2020年主营业务收入不能大于2020年营业收入（36500）。'],
    ['indicators.2019.rd', 40000, 'E_RANGE', '2019年研发经费总额不能大于2019年营业收入（31800）。'],
    ['targets.exportShare.year1', 250, 'E_RANGE', '主导产品出口额占营业收入比重（%）：实施期满一年目标不能大于100。'],
    ['targets.mainGrowth.year1', -12.5, null, null],
    ['indicators.2020.debtRatio', 120, null, null],
  ])('%s = %j', (path, value, id, message) => {
    const { errors } = validateAnnex(annex1, exampleWith(path, value));
    expect(errors).toEqual(id ? [expect.objectContaining({ path, id, message })] : []);
  });
});

// In a list of errors (检查与下载, the command line) a table's cell says which row it is in; the
// message, shown at the cell itself, does not need to.
describe('labels of table cells', () => {
  const annex43 = getAnnex('annex4-3');
  const platform = () => JSON.parse(readFileSync('public/examples/platform.json', 'utf8')).data as { staff: Record<string, unknown>[] };
  it.each([
    ['a missing name in row 3', (d: ReturnType<typeof platform>) => delete d.staff[2]!.name, 'staff.2.name', '姓名（第3行）', '请填写姓名。'],
    ['too long a duty in row 1', (d: ReturnType<typeof platform>) => (d.staff[0]!.duty = '字'.repeat(51)), 'staff.0.duty', '主管工作（第1行）', '主管工作不能超过50字，现有51字，请删减1字。'],
  ])('%s', (_name, edit, path, label, message) => {
    const data = platform();
    edit(data);
    expect(validateAnnex(annex43, data).errors).toEqual([expect.objectContaining({ path, label, message })]);
  });

  it('a field outside a table keeps its title alone', () => {
    const [error] = validateAnnex(annex2, exampleWith('company.name', undefined)).errors;
    expect(error?.label).toBe('企业名称');
  });

  it('names a choice in a list by its column and row, never by its path', () => {
    const data = JSON.parse(readFileSync('public/examples/platform.json', 'utf8')).data as { served: { types: string[] }[] };
    data.served[1]!.types = ['融资服务'];
    expect(validateAnnex(getAnnex('annex4-2'), data).errors).toEqual([
      expect.objectContaining({ path: 'served.1.types.0', label: '服务类别（第2行）', message: '请从服务类别的选项中选择，“融资服务”不是可选项。' }),
    ]);
  });

  // A year is a property's name, not a row: "（第2020行）" once followed these labels.
  it.each([
    ['indicators.2019.tax', '2019年实缴税金（万元）'],
    ['indicators.2020.revenue', '2020年营业收入（万元）'],
  ])('a field keyed by a year, %s, keeps its title alone', (path, label) => {
    const errors = validateAnnex(getAnnex('annex1'), exampleWith(path, undefined)).errors;
    expect(errors).toEqual([expect.objectContaining({ path, label })]);
  });
});

// The errors come in the form's order: the first field that is the error's path or lies within it.
describe.each(ANNEXES.map((a) => [a.number, a] as const))('%s errors of an empty dossier', (_n, annex) => {
  it('are sorted as a search of the field order for each path would sort them', () => {
    const schema = annexSchema(annex);
    const validate = validatorFor(schema);
    validate({});
    const sorted = translateErrors(validate.errors, schema);
    const order = fieldOrder(schema);
    const rank = (path: string) => {
      const i = order.findIndex((p) => p === path || p.startsWith(`${path}.`));
      return i < 0 ? order.length : i;
    };
    expect(sorted.length).toBeGreaterThan(0);
    expect(sorted.map((e) => e.path)).toEqual([...sorted].sort((a, b) => rank(a.path) - rank(b.path)).map((e) => e.path));
    expect(sorted.map((e) => rank(e.path))).toEqual(sorted.map((e) => rank(e.path)).sort((a, b) => a - b));
  });
});

describe('a bound read from another field', () => {
  it.each([
    ['text', '1e400'],
    ['a number past what a double holds', Number.POSITIVE_INFINITY],
  ])('is not compared with when that field holds %s: the field says so itself', (_what, revenue) => {
    const data = example();
    const year = (data.indicators as Record<string, Record<string, unknown>>)['2020']!;
    year.revenue = revenue;
    year.mainRevenue = 100;
    const errors = validateAnnex(getAnnex('annex1'), data).errors;
    expect(errors.map((e) => e.path)).toContain('indicators.2020.revenue');
    expect(errors.filter((e) => e.path === 'indicators.2020.mainRevenue')).toEqual([]);
    expect(JSON.stringify(errors)).not.toMatch(/1e400|Infinity|null/);
  });
});

// A registration or a birth after today is a typo (2062 for 2026). "Today" is the person's own calendar day.
describe('dates that cannot be after today', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 30, 7, 30));
  });
  afterEach(() => vi.useRealTimers());

  it.each([
    ['annex2', 'company.registeredOn', '2026-12-01', '注册时间不能晚于今天（2026-11-30），现为“2026-12-01”，请检查是否输错。', () => exampleWith('company.registeredOn', '2026-12-01')],
    ['annex4-1', 'platform.registeredOn', '2062-01-01', '注册日期不能晚于今天（2026-11-30），现为“2062-01-01”，请检查是否输错。', () => platformWith('platform.registeredOn', '2062-01-01')],
    ['annex4-3', 'staff.0.born', '2026-12', '出生年月不能晚于今天（2026-11-30），现为“2026-12”，请检查是否输错。', () => platformWith('staff.0.born', '2026-12')],
  ] as const)('%s: %s = %s is refused at the field', (annexId, path, _value, message, data) => {
    const { errors } = validateAnnex(getAnnex(annexId), data());
    expect(errors).toEqual([expect.objectContaining({ path, id: 'E_DATE', message })]);
  });

  it.each([
    ['annex2', () => exampleWith('company.registeredOn', '2026-11-30')],
    ['annex4-3', () => platformWith('staff.0.born', '2026-11')],
    // 填报时间 may be set ahead, to the day the papers go in.
    ['annex2', () => exampleWith('company.filledOn', '2026-12-15')],
  ] as const)('%s: today, this month or a 填报时间 ahead is accepted', (annexId, data) => {
    expect(validateAnnex(getAnnex(annexId), data())).toEqual({ valid: true, errors: [] });
  });

  it('a malformed year is reported once, by its format', () => {
    const { errors } = validateAnnex(annex2, exampleWith('company.registeredOn', '9999-12-31'));
    expect(errors.map((e) => e.message)).toEqual(['年份应在1900年至2099年之间，现为“9999-12-31”，请检查是否输错。']);
  });
});
