/**
 * The documents as an office suite reads them: rendered by the core, opened
 * by real LibreOffice, and read back as text.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAnnex } from '../../src/core/annexes/registry.ts';
import { templateData } from '../../src/core/docx/template-data.ts';
import { renderDocx } from '../../src/core/docx/render.ts';
import { renderAnnexDocument } from '../../src/core/docx/annex-document.ts';
import { annexFileName } from '../../src/core/file-name.ts';
import { assertWellFormed } from '../helpers/docx.ts';
import { example, exampleWith } from '../helpers/example.ts';
import { libreOfficeText } from '../helpers/libreoffice.ts';

const annex2 = getAnnex('annex2');
const template = readFileSync(`templates/${annex2.template}`);
const render = (data: unknown) => renderDocx(template, templateData(annex2, data), annex2.template);

// Everything a person can type or paste, including what XML 1.0 forbids.
const FORBIDDEN = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\ud800\udfff\uffff\ufffe';
const HOSTILE = {
  name: `恶意<w:p>&amp;{#x}{/x}{{name}}]]>${FORBIDDEN}公司`,
  segment: '👨‍👩‍👧‍👦🇨🇳𠀀𪚥 ‮RTL‬ 全角　空格\u00a0不间断',
  intro: `第一段 <script>alert(1)</script>\r\n\r\n第二段 ${'很长的文字'.repeat(2000)}`,
};
const TEXTS = new Map<string, string>();

beforeAll(async () => {
  const hostile = { ...example(), company: { ...(example().company as object), name: HOSTILE.name, segment: HOSTILE.segment }, intro: HOSTILE.intro };
  const files = [
    { name: 'example.docx', bytes: render(example()) },
    { name: 'empty.docx', bytes: render({}) },
    { name: 'hostile.docx', bytes: render(hostile) },
    { name: 'gap-no.docx', bytes: render(exampleWith('orientation.gap.kind', '否')) },
    // As users download it: with the answer file inside as a custom XML part.
    { name: 'with-answers.docx', bytes: renderAnnexDocument(annex2, template, example()) },
  ];
  for (const f of files) assertWellFormed(f.bytes);
  for (const [k, v] of await libreOfficeText(files)) TEXTS.set(k, v);
});

const lines = (name: string) => TEXTS.get(name)!.split('\n').map((l) => l.trim());

describe('附件2 in LibreOffice', () => {
  it.each([
    ['企业名称', '四川蜀芯精密传动科技有限公司'],
    ['法定代表人', '陈立新'],
    ['统一社会信用代码', '91510100MA6CXY3R1W'],
    ['从业人数（人）', '386'],
    ['注册时间', '2012年3月15日'],
    ['注册资本（万元）', '6800'],
    ['所属行业', '通用设备制造业'],
    ['具体细分领域名称', '工业机器人精密减速器'],
    ['主导产品类别', '齿轮及齿轮减、变速箱（34040200）'],
    ['主导产品名称', 'RV系列精密减速器'],
  ])('shows %s with the example value beside it', (label, value) => {
    const l = lines('example.docx');
    expect(l[l.indexOf(label) + 1]).toBe(value);
  });

  it('carries every label of the seed annex, in order', () => {
    const text = TEXTS.get('example.docx')!;
    const labels = [
      '附件2', '四川省第二批重点“小巨人”企业基本情况表', '企业名称', '法定代表人', '统一社会信用代码', '从业人数（人）',
      '注册时间', '注册资本（万元）', '企业规模', '中型', '小型', '微型', '企业类型', '国有', '合资', '民营', '其他',
      '所属行业', '具体细分领域名称', '主导产品类别', '主导产品名称', '是否属于《工业“四基”发展目录》所列重点领域',
      '否', '是', '如是，具体属于：', '核心基础零部件（元器件）', '关键基础材料', '先进基础工艺', '产业技术基础',
      '是否填补国内或国际空白', '填补国内空白', '填补国际空白', '具体领域：', '（限10字以内）', '是否关键领域“补短板”',
      '具体领域和环节：', '（限10字以内）', '企业简介', '（不超过500字，另附页无效）',
    ];
    let from = 0;
    for (const label of labels) {
      const at = text.indexOf(label, from);
      expect(at, label).toBeGreaterThanOrEqual(0);
      from = at + label.length;
    }
  });

  it('ticks the chosen boxes', () => {
    const text = TEXTS.get('example.docx')!;
    for (const ticked of ['☑中型', '☑民营', '☑是', '☑核心基础零部件（元器件）', '☑填补国内空白', '☑是，具体领域和环节：\u3000高精度传动部件\u3000']) {
      expect(text).toContain(ticked);
    }
    expect(text).toContain('具体领域：\u3000机器人精密减速器\u3000（限10字以内）');
  });

  it('keeps the 企业简介 paragraphs', () => {
    const l = lines('example.docx');
    const start = l.findIndex((x) => x.startsWith('四川蜀芯精密传动科技有限公司成立于2012年'));
    expect(l[start + 1]).toMatch(/^公司主导产品RV系列/);
    expect(l[start + 2]).toMatch(/^公司拥有有效发明专利14项/);
  });

  it('prints an empty dossier as the blank form, with no box ticked and no "undefined"', () => {
    const text = TEXTS.get('empty.docx')!;
    expect(text).toContain('企业名称');
    expect(text).not.toContain('☑');
    expect(text).not.toContain('undefined');
    expect(text).toContain('□中型');
  });

  it('opens the same with the answer file inside', () => {
    expect(TEXTS.get('with-answers.docx')).toBe(TEXTS.get('example.docx'));
  });

  it('leaves 具体领域 blank when 填补空白 is 否', () => {
    expect(TEXTS.get('gap-no.docx')).toContain('具体领域：\u3000\u3000（限10字以内）');
  });

  it('opens text typed or pasted with any character, keeping all that XML allows', () => {
    const text = TEXTS.get('hostile.docx')!;
    expect(text).toContain('恶意<w:p>&amp;{#x}{/x}{{name}}]]>');
    expect(text).toContain('公司');
    expect(text).toContain('👨‍👩‍👧‍👦🇨🇳𠀀𪚥');
    expect(text).toContain('第一段 <script>alert(1)</script>');
    expect(text.split('很长的文字').length - 1).toBe(2000);
    expect(text).not.toContain('\u0001');
  });
});

describe('output file name', () => {
  it('is the official pattern', () => expect(annexFileName(annex2, example())).toBe('附件2-四川蜀芯精密传动科技有限公司-基本情况表.docx'));
});
