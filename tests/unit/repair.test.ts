import { describe, expect, it } from 'vitest';
import { resolvedSchema } from '../../src/core/annexes/schemas.ts';
import { repairDossier } from '../../src/core/dossier/repair.ts';
import { getAnnex } from '../../src/core/annexes/registry.ts';
import { validateAnnex } from '../../src/core/validate/validate.ts';
import { example } from '../helpers/example.ts';

const schema = resolvedSchema('enterprise.schema.json');

describe('repairDossier', () => {
  it('leaves a well-formed dossier as it is, with no notes', () => {
    const data = example();
    expect(repairDossier(schema, data)).toEqual({ data, notes: [] });
  });

  it.each([
    [{ indicators: null }, { }, '“相关指标”不是有效的分组内容'],
    [{ company: [1, 2] }, { }, '“企业基本情况”不是有效的分组内容'],
    [{ indicators: { 2020: 'x' } }, { indicators: {} }, '“2020年”不是有效的分组内容'],
  ])('drops a section that is not an object: %j', (input, output, note) => {
    const r = repairDossier(schema, input as Record<string, unknown>);
    expect(r.data).toEqual(output);
    expect(r.notes[0]).toContain(note);
  });

  it('reads numbers written as text, and says so', () => {
    const r = repairDossier(schema, { company: { employees: '386', registeredCapital: '6,800' }, indicators: { 2020: { revenue: '３６５００' } } });
    expect(r.data).toEqual({ company: { employees: 386, registeredCapital: 6800 }, indicators: { 2020: { revenue: 36500 } } });
    expect(r.notes).toEqual(['“从业人数（人）”的“386”已按数字 386 读取。', '“注册资本（万元）”的“6,800”已按数字 6800 读取。', '“2020年营业收入（万元）”的“３６５００”已按数字 36500 读取。']);
  });

  it.each([
    ['a number where text belongs', { company: { name: 12345 } }, { company: { name: '12345' } }, '“企业名称”的数字 12345 已按文字“12345”读取。'],
    ['true where text belongs', { company: { segment: true } }, { company: { segment: 'true' } }, '“具体细分领域名称”的值 true 已按文字“true”读取。'],
    ['a list of one choice', { company: { city: ['成都市'] } }, { company: { city: '成都市' } }, '“所在市（州）”应只填一项，已取收到的唯一一项“成都市”。'],
    ['a list of one number', { company: { employees: ['386'] } }, { company: { employees: 386 } }, '“从业人数（人）”的“386”已按数字 386 读取。'],
    ['a group where a date belongs', { company: { registeredOn: {} } }, { company: {} }, '“注册时间”应只填一项内容，收到的却是一个分组内容，已忽略原值（{}），请重新填写。'],
    ['a list of two', { company: { city: ['成都市', '绵阳市'] } }, { company: {} }, '“所在市（州）”应只填一项内容，收到的却是一组内容，已忽略原值（["成都市","绵阳市"]），请重新填写。'],
  ])('reads %s in the type the field asks for, and says so', (_what, input, output, note) => {
    const r = repairDossier(schema, input as Record<string, unknown>);
    expect(r.data).toEqual(output);
    expect(r.notes).toContain(note);
  });

  // JSON reads 1e400 as Infinity: the field showed "Infinity" and an export wrote null.
  it.each([
    ['a number field', { indicators: { 2017: { revenue: Infinity } } }, { indicators: { 2017: {} } }],
    ['a text field', { company: { name: -Infinity } }, { company: {} }],
  ])('clears a number past any range in %s, and says so', (_, input, output) => {
    const r = repairDossier(schema, JSON.parse(JSON.stringify(input).replace(/null/g, '1e400')) as Record<string, unknown>);
    expect(r.data).toEqual(output);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatch(/^“.+”的数值超出可以表示的范围（文件中写的可能是 1e400 这样的极大数），已清空，请重新填写。$/);
  });

  it('keeps text that is not a number, for validation to report', () => {
    const r = repairDossier(schema, { company: { employees: '三百' } });
    expect(r.data).toEqual({ company: { employees: '三百' } });
    expect(validateAnnex(getAnnex('annex2'), r.data).errors).toContainEqual(expect.objectContaining({ path: 'company.employees', id: 'E_TYPE' }));
  });

  it('keeps keys the schema does not know', () => {
    expect(repairDossier(schema, { extra: 1, company: { note: 'x' } }).data).toEqual({ extra: 1, company: { note: 'x' } });
  });
});

describe('repairDossier in table rows', () => {
  const platform = resolvedSchema('platform.schema.json');
  it('reads numbers written as text in each row, naming the row', () => {
    const r = repairDossier(platform, { staff: [{ name: '张三', years: '5年' }, 'not a row', { name: '李四', years: 3 }] });
    expect(r.data).toEqual({ staff: [{ name: '张三', years: 5 }, 'not a row', { name: '李四', years: 3 }] });
    expect(r.notes).toEqual(['“服务人员情况一览表第1行服务中小企业从业年限（年）”的“5年”已按数字 5 读取。']);
  });
});
