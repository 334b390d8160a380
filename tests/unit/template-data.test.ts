import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ANNEXES, getAnnex } from '../../src/core/annexes/registry.ts';
import type { RowsField } from '../../src/core/annexes/types.ts';
import { renderDocx } from '../../src/core/docx/render.ts';
import { BLANK_ROWS, templateData } from '../../src/core/docx/template-data.ts';
import { chineseDate, displayText, productCategoryText } from '../../src/core/docx/display.ts';
import { paragraphs } from '../helpers/docx.ts';
import { example, exampleWith, setPath } from '../helpers/example.ts';

const annex2 = getAnnex('annex2');

describe('display values', () => {
  it.each([
    ['2021-07-01', '2021年7月1日'],
    ['2012-03-15', '2012年3月15日'],
    ['2021/7/1', '2021/7/1'],
    [undefined, ''],
    [42, ''],
  ])('date %j → %j', (v, out) => expect(chineseDate(v)).toBe(out));

  it.each([
    [undefined, ''],
    [null, ''],
    [0, '0'],
    [6800.5, '6800.5'],
    [Number.NaN, ''],
    // Digits, never exponent form (only a file forced past its errors has such values).
    [1e21, '1000000000000000000000'],
    [-2.5e22, '-25000000000000000000000'],
    [1e-7, '0.0000001'],
    [1.5e-7, '0.00000015'],
    ['a\u0000b', 'ab'],
    [{ x: 1 }, ''],
  ])('text %j → %j', (v, out) => expect(displayText(v)).toBe(out));
});

describe('附件2 template data', () => {
  const data = templateData(annex2, example());

  it('ticks exactly the chosen box of each row', () => {
    expect([data['scale=中型'], data['scale=小型'], data['scale=微型']]).toEqual(['☑', '□', '□']);
    expect([data['ownership=国有'], data['ownership=合资'], data['ownership=民营'], data['ownership=其他']]).toEqual(['□', '□', '☑', '□']);
    expect(data['fourBase=是']).toBe('☑');
    expect(data['fourBase=否']).toBe('□');
  });

  it('writes dates, 行业 names and paragraphs as the paper form reads', () => {
    expect(data.registeredOn).toBe('2012年3月15日');
    expect(data.industry).toBe('通用设备制造业');
    expect(data.intro).toHaveLength(3);
    expect(data.employees).toBe('386');
  });

  it('leaves gated answers off paper when the gate is closed', () => {
    const d = templateData(annex2, exampleWith('orientation.fourBase.applies', '否'));
    expect(d['fourBase=否']).toBe('☑');
    expect(d['fourBaseCategory=核心基础零部件（元器件）']).toBe('□');
    const g = templateData(annex2, exampleWith('orientation.gap.kind', '否'));
    expect(g.gapField).toBe('');
  });

  it('leaves every cell blank for an empty dossier', () => {
    const d = templateData(annex2, {});
    for (const [tag, value] of Object.entries(d)) {
      if (tag.includes('=')) expect(value, tag).toBe('□');
      // The 简介's loop holds blank lines to write in by hand (annex2-fit.ts), each one empty.
      else if (Array.isArray(value)) expect(value.every((line) => line === ''), tag).toBe(true);
      else expect(value, tag).toBe('');
    }
  });

  it.each([
    ['a direction override, which reversed 陈立新 on paper', 'company.legalRep', '\u202E陈立新', '陈立新'],
    ['an isolate around a name', 'company.legalRep', '\u2067陈立新\u2069', '陈立新'],
    ['a tab, printed as a wide gap', 'company.legalRep', '陈\t立新', '陈 立新'],
    ['a line break in a one-line field, which split the name', 'company.name', '四川蜀芯\n精密传动科技有限公司', '四川蜀芯 精密传动科技有限公司'],
  ])('prints %s as plain text', (_what, path, typed, printed) => {
    const tag = path === 'company.name' ? 'name' : 'legalRep';
    expect(templateData(annex2, exampleWith(path, typed))[tag]).toBe(printed);
  });

  it('splits 企业简介 into paragraphs and drops blank lines', () => {
    const d = templateData(annex2, exampleWith('intro', '第一段\r\n\r\n  第二段  \n\n\n第三段'));
    expect(d.intro).toEqual(['第一段', '第二段', '第三段']);
  });
});

describe('主导产品类别 (注4)', () => {
  it.each([
    [{ name: '齿轮及齿轮减、变速箱', basis: '统计用产品分类目录', code: '34040200' }, '齿轮及齿轮减、变速箱（34040200）'],
    [{ name: '协作机器人关节模组', basis: '新产品' }, '协作机器人关节模组（新产品）'],
    [{ name: '精密传动部件', basis: '按行业惯例分类' }, '精密传动部件（按行业惯例分类）'],
    [{ name: '只有名称' }, '只有名称'],
    [{ basis: '新产品' }, ''],
    ['旧格式的文字', ''],
  ])('%j → %j', (value, text) => expect(productCategoryText(value)).toBe(text));
});

describe('上市计划 初始值', () => {
  it('follows 二、企业状况 when left blank, in both annexes', () => {
    expect(templateData(getAnnex('annex3'), example()).target_listing_0).toBe('已进入辅导期');
    expect(templateData(getAnnex('annex1'), example())['target_listing_0=是']).toBe('☑');
  });
  it('keeps what the user wrote', () => {
    const data = exampleWith('targets.listing.initial', '否');
    expect(templateData(getAnnex('annex3'), data).target_listing_0).toBe('否');
    expect(templateData(getAnnex('annex1'), data)['target_listing_0=否']).toBe('☑');
  });
});

describe.each(ANNEXES.filter((a) => a.fields.some((f) => 'rows' in f)).map((a) => [a.number, a] as const))('%s with an empty list', (_n, annex) => {
  const tables = annex.fields.filter((f): f is RowsField => 'rows' in f);

  it('prints blank rows to write in by hand, and the document says nothing else in them', () => {
    const data = templateData(annex, {});
    for (const t of tables) {
      expect(data[t.rows], t.rows).toHaveLength(BLANK_ROWS);
      for (const row of data[t.rows] as Record<string, string>[]) expect(Object.values(row).every((v) => v === '')).toBe(true);
    }
    const text = paragraphs(renderDocx(readFileSync(`templates/${annex.template}`), data, annex.template)).join('\n');
    expect(text).not.toMatch(/undefined|null|NaN/);
  });

  it('prints the rows given, and no blank ones, when the list has entries', () => {
    for (const t of tables) {
      const dossier = setPath({}, t.path, [{}]);
      expect(templateData(annex, dossier)[t.rows], t.rows).toHaveLength(1);
    }
  });
});

describe('percentages typed beside computed ones', () => {
  it('print with two decimals in a row or column of computed shares, 94.00 beside 93.97', () => {
    const data = templateData(getAnnex('annex1'), example());
    // 初始值 computed from 2020, targets typed as 94 and 95.
    expect([data.target_mainShare_0, data.target_mainShare_1, data.target_mainShare_2]).toEqual(['93.97', '94.00', '95.00']);
    expect([data.target_rdShare_1, data.target_rdShare_2]).toEqual(['6.80', '7.00']);
    // 资产负债率 is typed, in a table whose other percentages are computed.
    expect(data.debtRatio_2020).toBe('35.10');
    // Counts stay as they are.
    expect(data.target_patents_1).toBe('17');
  });
});
