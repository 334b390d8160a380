/**
 * A generated workbook as a spreadsheet program reads it: opened by real
 * LibreOffice Calc and saved as CSV (the values) and as ODS (merges, number
 * types, print setup).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook, type CellStyle, type SheetCell, type SheetSpec } from '../../src/core/xlsx/workbook.ts';
import { requireTool } from '../helpers/require-tool.ts';

const H: CellStyle = { bold: true, align: 'center', wrap: true, border: true };
const head = (value: string): SheetCell => ({ value, style: H });
const money = (value: number): SheetCell => ({ value, style: { border: true, align: 'right', numberFormat: '0.00' } });

const SHEET: SheetSpec = {
  name: '附件7 汇总表',
  rows: [
    [head('四川省第二批“专精特新”重点企业申报汇总表')],
    [head('序号'), head('企业基本情况'), null, head('2024年度经营情况')],
    [null, head('企业名称'), head('所属市（州）'), head('营业收入（万元）'), head('研发投入占比')],
    [1, '成都某某科技有限公司', '成都市', money(1234.5), 0.125],
    [2, '绵阳“新材料”股份, 有限公司', '绵阳市', money(98765.43), 0.08],
    [3, '第一行\n第二行 <&>', '德阳市', 1234.5, -3],
  ],
  merges: [
    { row: 0, col: 0, rows: 1, cols: 5 },
    { row: 1, col: 0, rows: 2, cols: 1 },
    { row: 1, col: 1, rows: 1, cols: 2 },
    { row: 1, col: 3, rows: 1, cols: 2 },
  ],
  columnWidths: [6, 32, 14, 16, 14],
  rowHeights: { 0: 36 },
  freezeRows: 3,
  landscape: true,
  printTitleRows: [0, 2],
  pagesWide: 1,
};

/** RFC 4180 fields, remembering which were quoted: LibreOffice quotes text and leaves numbers bare. */
function parseCsv(text: string): { value: string; quoted: boolean }[][] {
  const rows: { value: string; quoted: boolean }[][] = [];
  let row: { value: string; quoted: boolean }[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quote');
        value += text.slice(i, q);
        i = q + 1;
        if (text[i] !== '"') break;
        value += '"';
        i++;
      }
    } else {
      const end = text.slice(i).search(/[,\r\n]/);
      value = end < 0 ? text.slice(i) : text.slice(i, i + end);
      i += value.length;
    }
    row.push({ value, quoted });
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    rows.push(row);
    row = [];
  }
  return rows;
}

const parse = (xml: string): Document => new DOMParser().parseFromString(xml, 'text/xml');
const elements = (node: Document | Element, tag: string): Element[] => Array.from(node.getElementsByTagName(tag));

let csv: { value: string; quoted: boolean }[][] = [];
let content: Document;
let styles: Document;
let dir = '';

beforeAll(() => {
  const soffice = requireTool('soffice', 'apt-get install libreoffice-writer-nogui libreoffice-calc-nogui');
  dir = mkdtempSync(join(tmpdir(), 'zjtx-xlsx-'));
  const input = join(dir, 'summary.xlsx');
  writeFileSync(input, buildWorkbook([SHEET], { title: '汇总表' }));
  // A private profile: parallel runs must not share LibreOffice's lock and settings.
  const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
  const convert = (filter: string) =>
    execFileSync(soffice, [profile, '--headless', '--convert-to', filter, '--outdir', join(dir, 'out'), input], { timeout: 120_000, stdio: 'pipe' });
  // 44 = comma, 34 = double quote, 76 = UTF-8, 1 = start at line 1.
  convert('csv:Text - txt - csv (StarCalc):44,34,76,1');
  convert('ods');
  let csvText: string;
  let ods: PizZip;
  try {
    csvText = readFileSync(join(dir, 'out', 'summary.csv'), 'utf8');
    ods = new PizZip(readFileSync(join(dir, 'out', 'summary.ods')));
  } catch {
    throw new Error('LibreOffice 未能打开生成的 .xlsx：没有得到转换结果。需要 libreoffice-calc-nogui。');
  }
  csv = parseCsv(csvText.replace(/^\uFEFF/, ''));
  content = parse(ods.file('content.xml')!.asText());
  styles = parse(ods.file('styles.xml')!.asText());
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('xlsx opened by LibreOffice Calc', () => {
  it('reads the merged Chinese header', () => {
    const values = csv.slice(0, 3).map((r) => r.map((c) => c.value));
    expect(values).toEqual([
      ['四川省第二批“专精特新”重点企业申报汇总表', '', '', '', ''],
      ['序号', '企业基本情况', '', '2024年度经营情况', ''],
      ['', '企业名称', '所属市（州）', '营业收入（万元）', '研发投入占比'],
    ]);
  });

  it('reads numbers as numbers and text as text', () => {
    const num = (value: string) => ({ value, quoted: false });
    const text = (value: string) => ({ value, quoted: true });
    expect(csv.slice(3)).toEqual([
      // The 0.00 format shows as such: the CSV filter writes what the cell displays.
      [num('1'), text('成都某某科技有限公司'), text('成都市'), num('1234.50'), num('0.125')],
      [num('2'), text('绵阳“新材料”股份, 有限公司'), text('绵阳市'), num('98765.43'), num('0.08')],
      [num('3'), text('第一行\n第二行 <&>'), text('德阳市'), num('1234.5'), num('-3')],
    ]);
    const floats = elements(content, 'table:table-cell').filter((c) => c.getAttribute('office:value-type') === 'float');
    expect(floats.map((c) => Number(c.getAttribute('office:value')))).toEqual([1, 1234.5, 0.125, 2, 98765.43, 0.08, 3, 1234.5, -3]);
  });

  it('keeps the merged header boxes', () => {
    const spans = elements(content, 'table:table-cell')
      .filter((c) => c.hasAttribute('table:number-columns-spanned'))
      .map((c) => [c.textContent, c.getAttribute('table:number-rows-spanned'), c.getAttribute('table:number-columns-spanned')])
      .filter(([, r, c]) => r !== '1' || c !== '1');
    expect(spans).toEqual([
      ['四川省第二批“专精特新”重点企业申报汇总表', '1', '5'],
      ['序号', '2', '1'],
      ['企业基本情况', '1', '2'],
      ['2024年度经营情况', '1', '2'],
    ]);
  });

  it('repeats the three header rows on every printed page', () => {
    const header = elements(content, 'table:table-header-rows');
    expect(header).toHaveLength(1);
    expect(elements(header[0]!, 'table:table-row')).toHaveLength(3);
  });

  it('prints landscape, one page wide, in a CJK font', () => {
    const layouts = elements(styles, 'style:page-layout-properties');
    expect(layouts.some((p) => p.getAttribute('style:print-orientation') === 'landscape' && p.getAttribute('style:scale-to-X') === '1')).toBe(true);
    const fonts = [...elements(content, 'style:text-properties'), ...elements(styles, 'style:text-properties')].map((p) => p.getAttribute('style:font-name'));
    expect(fonts).toContain('宋体');
  });
});
