/**
 * 附件1, 2 and 3 rendered from one dossier and opened in LibreOffice: each
 * opens, each carries the labels of its seed annex, and the facts they share
 * read the same in all of them.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { annexesOf } from '../../src/core/annexes/registry.ts';
import { templateData } from '../../src/core/docx/template-data.ts';
import { renderDocx } from '../../src/core/docx/render.ts';
import { annexFileName } from '../../src/core/file-name.ts';
import { assertWellFormed, footerText } from '../helpers/docx.ts';
import { example } from '../helpers/example.ts';
import { libreOfficeText } from '../helpers/libreoffice.ts';
import { printedLabels } from '../helpers/seed-annex.ts';
import { normalise } from '../helpers/seed.ts';

const annexes = annexesOf('enterprise');
const TEXTS = new Map<string, string>();

beforeAll(async () => {
  const data = example();
  const files = annexes.map((a) => ({ name: `${a.id}.docx`, bytes: renderDocx(readFileSync(`templates/${a.template}`), templateData(a, data), a.template) }));
  for (const f of files) assertWellFormed(f.bytes);
  // With the footers' text, which LibreOffice's text export leaves out (the cover's foot line).
  const bytes = new Map(files.map((f) => [f.name, f.bytes]));
  for (const [k, v] of await libreOfficeText(files)) TEXTS.set(k.replace('.docx', ''), `${v}\n${footerText(bytes.get(k)!)}`);
});

describe.each(annexes.map((a) => [a.number, a] as const))('%s', (number, annex) => {
  it('opens in LibreOffice with text in it', () => expect(TEXTS.get(annex.id)!.length).toBeGreaterThan(200));

  it('carries every label of its seed annex; guidance that the user text replaces is help text in the form', () => {
    const text = normalise(TEXTS.get(annex.id)!);
    const labels = printedLabels(annex.id);
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.filter((label) => !text.includes(normalise(label)))).toEqual([]);
  });

  it('has the official file name', () => expect(annexFileName(annex, example())).toMatch(new RegExp(`^${number}-四川蜀芯精密传动科技有限公司-`)));
});

describe('values shared between annexes', () => {
  const text = (id: string) => normalise(TEXTS.get(id)!);
  it.each([
    ['企业名称', '四川蜀芯精密传动科技有限公司', ['annex1', 'annex2', 'annex3']],
    ['统一社会信用代码', '91510100MA6CXY3R1W', ['annex1', 'annex2']],
    ['法定代表人', '陈立新', ['annex1', 'annex2']],
    ['所属行业', '通用设备制造业', ['annex1', 'annex2']],
    ['主导产品名称', 'RV系列精密减速器', ['annex1', 'annex2']],
    ['企业简介', '公司拥有有效发明专利14项，建有省级企业技术中心', ['annex1', 'annex2']],
    ['具体领域', '机器人精密减速器', ['annex1', 'annex2']],
  ])('%s reads the same in each', (_label, value, ids) => {
    for (const id of ids) expect(text(id), id).toContain(normalise(value));
  });

  // Row by row: the three cells after each 二级指标 label, in 附件1 section 四 and in 附件3.
  const cellsAfter = (id: string, label: string, start: string) => {
    const lines = TEXTS.get(id)!.split('\n').map((l) => l.trim()).filter(Boolean);
    const from = lines.indexOf(start);
    const at = lines.indexOf(label, from);
    return at < 0 || from < 0 ? [] : lines.slice(at + 1, at + 4);
  };
  it.each([
    ['主营业务收入占营业收入比重（%）', '主营业务收入占营业收入比重（%）（70%以上）', ['93.97', '94.00', '95.00']],
    ['主导产品出口额占营业收入比重（%）', '主导产品出口额占营业收入比重（%）', ['8.50', '10.00', '12.00']],
    ['研发经费支出占营业收入比重（%）', '研发经费支出占营业收入比重（%）（近2年4%以上）', ['6.60', '6.80', '7.00']],
    ['有效发明专利数量（个）', '有效发明专利数量（个）', ['14', '17', '20']],
    ['主营业务收入增长率（%）', '上年主营业务收入增长率（%）', ['14.72', '15.00', '15.00']],
  ])('prints %s the same in 附件1 section 四 and 附件3', (label1, label3, values) => {
    expect(cellsAfter('annex1', label1, '四、发展目标')).toEqual(values);
    expect(cellsAfter('annex3', label3, '二级指标')).toEqual(values);
  });
});

describe('附件1 附件材料', () => {
  // The notice numbers the items and prints no boxes to tick before them.
  it.each(['1.企业营业执照复印件。', '2.经会计师事务所审计的企业近三年（2018-2020）会计报表复印件。'])('prints “%s” as a line of its own, as the notice does', (item) => {
    expect(TEXTS.get('annex1')!.split('\n').map((l) => l.trim())).toContain(item);
  });
});
