/**
 * 附件5, 6 and 7 made from the example desk and opened in real LibreOffice: the Word summaries
 * carry every label of their seed annex in order and list the applicants in the authority's
 * order; the workbook keeps the seed's header and holds the enterprise's figures as numbers.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNEX7_NOTES } from '../../src/core/city/annex7.ts';
import { moveEntry } from '../../src/core/city/entries.ts';
import { submissionChecklist, summaryFiles, summaryZipName } from '../../src/core/city/package.ts';
import { SUMMARIES, summaryFileName } from '../../src/core/city/summaries.ts';
import { assertWellFormed, paragraphs } from '../helpers/docx.ts';
import { exampleDesk, summaryTemplates } from '../helpers/city.ts';
import { libreOfficeText } from '../helpers/libreoffice.ts';
import { libreOfficePages, type PdfPage, pageText } from '../helpers/libreoffice-pdf.ts';
import { requireTool } from '../helpers/require-tool.ts';
import { labelsOutOfOrder, printedLabels } from '../helpers/seed-annex.ts';
import { normalise } from '../helpers/seed.ts';

// The authority put the general platform first.
const desk = moveEntry(exampleDesk(), 2, 1);
const files = summaryFiles(desk, summaryTemplates(), new Date('2021-07-10T00:00:00Z'));
const byNumber = (n: string) => files.find((f) => f.name.startsWith(`${n}-`))!;
const TEXTS = new Map<string, string>();
let csv = '';
let dir = '';
let printed: PdfPage[] = [];

beforeAll(async () => {
  const docx = files.filter((f) => f.name.endsWith('.docx'));
  for (const f of docx) assertWellFormed(f.bytes);
  for (const [k, v] of await libreOfficeText(docx)) TEXTS.set(k, v);
  const soffice = requireTool('soffice', 'apt-get install libreoffice-calc-nogui');
  dir = mkdtempSync(join(tmpdir(), 'zjtx-a7-'));
  const xlsx = byNumber('附件7');
  writeFileSync(join(dir, 'a7.xlsx'), xlsx.bytes);
  execFileSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', dir, join(dir, 'a7.xlsx')], { timeout: 120_000 });
  csv = readFileSync(join(dir, 'a7.csv'), 'utf8');
  printed = (await libreOfficePages([xlsx])).get(xlsx.name)!;
}, 240_000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('the summary files', () => {
  it('are named by annex number, 市（州） and short title, with the checklist and the desk file', () => {
    expect(files.map((f) => f.name)).toEqual([
      '附件5-成都市-重点小巨人企业名单汇总表.docx',
      '附件6-成都市-公共服务示范平台名单汇总表.docx',
      '附件7-成都市-企业情况汇总表.xlsx',
      '报送清单.txt',
      '汇总文件-成都市.json',
    ]);
    expect(summaryZipName(desk)).toBe('成都市-汇总材料.zip');
    expect(SUMMARIES.map((s) => summaryFileName(s, { ...desk, city: '' }))[2]).toBe('附件7-XX市（州）-企业情况汇总表.xlsx');
  });

  it.each(['附件5', '附件6'])('date %s in its properties when it was made, not when its template was built', (number) => {
    const doc = files.find((f) => f.name.startsWith(`${number}-`))!;
    const core = new PizZip(doc.bytes).file('docProps/core.xml')!.asText();
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2021-07-10T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2021-07-10T00:00:00Z</dcterms:modified>');
  });

  it('lists every applicant in the checklist, in order, with its review state', () => {
    const list = submissionChecklist(desk);
    expect(list).toContain('于7月12日前');
    expect(list).toContain('一式2份');
    const at = (name: string) => list.indexOf(name);
    expect(at('1. 四川蜀芯精密传动科技有限公司')).toBeGreaterThan(0);
    expect(at('2. 四川川企通中小企业服务有限公司')).toBeGreaterThan(at('1. 四川蜀芯'));
    expect(at('3. 成都蜀创中小企业服务中心有限公司')).toBeGreaterThan(at('2. 四川川企通'));
  });

  it('names the annexes each applicant sends: a platform its one work plan, by its 申报类别', () => {
    const line = (name: string) => submissionChecklist(desk).split('\r\n').find((l) => l.includes(name))!;
    expect(line('1. 四川蜀芯精密传动科技有限公司')).toContain('：附件1、附件2、附件3。');
    // 川企通 applies as 统筹支持 (附件4-5), 蜀创 as 重点支持 (附件4-4).
    expect(line('2. 四川川企通')).toContain('：附件4、附件4-1、附件4-2、附件4-3、附件4-5、附件4-6。');
    expect(line('3. 成都蜀创')).toContain('：附件4、附件4-1、附件4-2、附件4-3、附件4-4、附件4-6。');
    // 川企通 is in 绵阳: its line says so, for the authority to check; the others' lines do not.
    expect(line('2. 四川川企通')).toContain('所在地为绵阳市，不是成都市：请核实是否应由本市（州）报送。');
    expect(line('3. 成都蜀创')).not.toContain('请核实');
    // Without a 申报类别 the work plan is not named, and the line says why.
    const undecided = { ...desk, entries: desk.entries.map((e) => (e.kind === 'platform' ? { ...e, data: { ...e.data, category: undefined } } : e)) };
    expect(submissionChecklist(undecided)).toContain('附件4、附件4-1、附件4-2、附件4-3、附件4-6（工作方案待选定申报类别）。');
  });
});

describe.each([
  ['附件5', 'annex5'],
  ['附件6', 'annex6'],
] as const)('%s in LibreOffice', (number, id) => {
  const text = () => TEXTS.get(byNumber(number).name) ?? '';

  it('carries every label of its seed annex in order, with the 市（州） in the title', () => {
    const labels = printedLabels(id).map((l) => l.replace('XX市（州）', '成都市'));
    expect(labels.length).toBeGreaterThan(8);
    expect(labelsOutOfOrder(labels, text())).toEqual([]);
  });

  it('prints the department before （盖章）', () => expect(normalise(text())).toContain('市（州）中小企业主管部门：成都市经济和信息化局（盖章）'));
});

it('breaks 附件6’s long title between its phrases, not wherever the line fills (it broke inside 示范)', () => {
  const title = paragraphs(byNumber('附件6').bytes).find((p) => p.includes('名单汇总表'))!;
  expect(title).toBe('成都市第二批支持“专精特新”中小企业\n高质量发展公共服务示范平台名单汇总表');
});

describe('the rows', () => {
  it('附件5 lists the enterprise with its code-and-name industry and the authority\'s 说明', () => {
    const lines = paragraphs(byNumber('附件5').bytes);
    const from = lines.indexOf('四川蜀芯精密传动科技有限公司');
    expect(lines.slice(from - 1, from + 4)).toEqual(['1', '四川蜀芯精密传动科技有限公司', '第二批', '34 通用设备制造业', desk.entries[0]!.own.note]);
  });

  it('附件6 lists the platforms in the authority\'s order, with 认定文号 and 申报类别', () => {
    const lines = paragraphs(byNumber('附件6').bytes);
    const general = lines.indexOf('四川川企通中小企业服务有限公司');
    const key = lines.indexOf('成都蜀创中小企业服务中心有限公司');
    expect(general).toBeGreaterThan(0);
    expect(key).toBeGreaterThan(general);
    expect(lines[general - 1]).toBe('1');
    expect(lines[key - 1]).toBe('2');
    expect(lines.slice(key + 2, key + 4)).toEqual(['川经信企业〔2020〕123号', '重点支持国家级专精特新“小巨人”企业服务平台']);
  });
});

describe('附件7 in LibreOffice Calc', () => {
  const rows = () => csv.split(/\r?\n/);

  it('keeps the title, the unit line and the seed\'s three header rows', () => {
    const flat = normalise(csv.replace(/[",]/g, ''));
    expect(flat).toContain('成都市第二批重点支持国家级专精特新“小巨人”企业情况汇总表');
    expect(flat).toContain('单位：%、个、项、万元');
    const order = ['序号', '基本情况', '生产经营情况', '企业名称', '认定批次', '区（县）', '统一社会信用代码', '企业规模', '企业类型', '行业大类', '具体细分领域名称', '主导产品类别', '主导产品名称', '《工业“四基”发展目录》所列重点领域', '制造强国十大产业领域', '关键领域“补短板”', '国内或国际空白', '与重点龙头企业协同创新', '营业收入', '主营业务收入', '主营业务收入增长率', '主营业务收入占营业收入比重', '是否属于', '具体领域', '是否填补', '国内/国际', '具体企业及创新项目', '2018', '2019', '2020'];
    expect(labelsOutOfOrder(order, flat)).toEqual([]);
    expect(flat).toContain('备注：1.本表数据应与附件1、附件2、附件3中数据一致；');
    // The third header row word for word as the seed's, 协同创新's "是否填补" included.
    const third = rows().find((r) => r.includes('具体企业及创新项目'))!.split(',').map((c) => c.replace(/"/g, '')).filter(Boolean);
    const at = third.indexOf('具体企业及创新项目');
    expect(third.slice(at - 4, at + 1)).toEqual(['是否填补', '国内/国际', '具体领域', '是否填补', '具体企业及创新项目']);
  });

  it('has one row per enterprise whose figures are numbers equal to 附件1–3', () => {
    const row = rows().find((r) => r.includes('四川蜀芯精密传动科技有限公司'))!;
    expect(row).toMatch(/^1,/);
    // Numbers are unquoted in LibreOffice's CSV; text is quoted.
    expect(row).toContain(',"91510100MA6CXY3R1W",');
    expect(row).toMatch(/,36500,/);
    expect(row).toMatch(/,34300,/);
    expect(row).toMatch(/,93\.97$/);
    expect(row).toContain(',14.72,');
  });

  it('stores numbers as numeric cells in the workbook itself', () => {
    const sheet = new PizZip(byNumber('附件7').bytes).file('xl/worksheets/sheet1.xml')!.asText();
    expect(sheet).toMatch(/<c r="[A-Z]+7"[^>]*><v>36500<\/v><\/c>/);
    expect(sheet).not.toMatch(/<c r="[A-Z]+7"[^>]*t="s"[^>]*><v>36500<\/v>/);
  });
});

describe('附件7 printed by LibreOffice Calc', () => {
  const NAME = '四川蜀芯精密传动科技有限公司';

  it('takes three A3 landscape pages side by side for one enterprise', () => {
    expect(printed).toHaveLength(3);
    for (const page of printed) expect([Math.round(page.width), Math.round(page.height)]).toEqual([1191, 842]);
  });

  it.each([
    [1, ['统一社会信用代码', '91510100MA6CXY3R1W', '主导产品名称']],
    [2, ['《工业“四基”发展目录》所列重点领域', '与重点龙头企业协同创新', '具体企业及创新项目']],
    [3, ['生产经营情况', '主营业务收入占营业收入比重', '36500', '93.97']],
  ])('page %i holds its group of columns beside the repeated 序号 and 企业名称', (n, texts) => {
    const text = pageText(printed[n - 1]!);
    for (const t of ['序号', '企业名称', NAME, ...texts]) expect(text).toContain(t);
  });

  it('prints the unit line over 生产经营情况, and every note whole at the foot of every page', () => {
    expect(pageText(printed[2]!)).toContain('单位：%、个、项、万元');
    for (const page of printed) {
      const text = pageText(page);
      for (const note of ANNEX7_NOTES) expect(text).toContain(note);
      // Once each: as cells under the table the notes also printed, cut short, in the repeated columns.
      expect(text.split('备注：').length).toBe(2);
    }
  });

  it('names the group 基本情况 over 企业名称 on every page', () => {
    for (const page of printed) {
      const group = page.find((w) => w.text.includes('基本情况'));
      const name = page.find((w) => w.text.includes('企业名称'))!;
      // At the left of the repeated column: centred over 21 columns, it fell near page 1's edge.
      expect(group?.x).toBeLessThan(name.x);
    }
  });

  it('prints the enterprise rows at a readable size on every page', () => {
    // 10 pt cells at 85 %: a word about 11 pt tall. Fitted to one A4 page wide they were under 4.
    for (const page of printed) {
      const name = page.find((w) => w.text.includes(NAME.slice(0, 6)))!;
      expect(name.height).toBeGreaterThan(9);
    }
  });
});
