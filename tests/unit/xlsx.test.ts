/** The `.xlsx` writer, read back part by part as XML. */
import PizZip from 'pizzip';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { buildWorkbook, columnName, sheetNames, type CellStyle, type SheetSpec } from '../../src/core/xlsx/workbook.ts';

function parts(bytes: Uint8Array): Map<string, string> {
  const zip = new PizZip(bytes);
  return new Map(Object.keys(zip.files).map((name) => [name, zip.file(name)!.asText()]));
}

function parse(xml: string, name = 'part'): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${name}: ${message}`);
    },
  });
  return parser.parseFromString(xml, 'text/xml');
}

const elements = (node: Document | Element, tag: string): Element[] => Array.from(node.getElementsByTagName(tag));
const children = (node: Element): Element[] => Array.from(node.childNodes).filter((n): n is Element => n.nodeType === 1);

interface ReadCell {
  t: string | null;
  s: string | null;
  v: string | null;
  text: string | null;
}

/** Cells of one sheet by reference, with shared strings resolved. */
function cells(bytes: Uint8Array, sheet = 1): Map<string, ReadCell> {
  const p = parts(bytes);
  const sst = p.has('xl/sharedStrings.xml') ? elements(parse(p.get('xl/sharedStrings.xml')!), 'si').map((si) => si.textContent) : [];
  const doc = parse(p.get(`xl/worksheets/sheet${sheet}.xml`)!);
  const out = new Map<string, ReadCell>();
  for (const c of elements(doc, 'c')) {
    const v = elements(c, 'v')[0]?.textContent ?? null;
    const t = c.getAttribute('t');
    out.set(c.getAttribute('r')!, { t, s: c.getAttribute('s'), v, text: t === 's' && v !== null ? (sst[Number(v)] ?? null) : null });
  }
  return out;
}

const sheetDoc = (bytes: Uint8Array, n = 1) => parse(parts(bytes).get(`xl/worksheets/sheet${n}.xml`)!);
const one = (spec: Partial<SheetSpec>) => buildWorkbook([{ name: '表', rows: [], ...spec }]);

const HEADER: CellStyle = { bold: true, align: 'center', wrap: true, border: true, size: 12 };
const FULL: SheetSpec = {
  name: '附件7 汇总表',
  rows: [
    [{ value: '四川省第二批“专精特新”重点企业汇总表', style: HEADER }],
    [{ value: '序号', style: HEADER }, { value: '企业信息', style: HEADER }],
    [null, { value: '名称', style: HEADER }, { value: '营业收入（万元）', style: HEADER }],
    [1, '成都<&>"公司"', { value: 1234.5, style: { numberFormat: '0.00', border: true } }],
  ],
  merges: [
    { row: 0, col: 0, rows: 1, cols: 3 },
    { row: 1, col: 0, rows: 2, cols: 1 },
    { row: 1, col: 1, rows: 1, cols: 2 },
  ],
  columnWidths: [6, 30, 14],
  rowHeights: { 0: 30 },
  freezeRows: 3,
  landscape: true,
  printTitleRows: [0, 2],
  pagesWide: 1,
};

describe.each([
  [0, 'A'],
  [25, 'Z'],
  [26, 'AA'],
  [51, 'AZ'],
  [52, 'BA'],
  [701, 'ZZ'],
  [702, 'AAA'],
])('columnName(%i)', (index, name) => {
  it(`is ${name}`, () => expect(columnName(index)).toBe(name));
});

describe('package', () => {
  const bytes = buildWorkbook([FULL, { name: 'Second', rows: [['x']] }], { title: '汇总 & 表', creator: '某<单位>' });

  it('has every required part, each well-formed', () => {
    const p = parts(bytes);
    expect([...p.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    for (const [name, xml] of p) expect(() => parse(xml, name)).not.toThrow();
  });

  it('carries title and creator, defaulting the creator', () => {
    const core = parse(parts(bytes).get('docProps/core.xml')!);
    expect(elements(core, 'dc:title')[0]?.textContent).toBe('汇总 & 表');
    expect(elements(core, 'dc:creator')[0]?.textContent).toBe('某<单位>');
    expect(parts(one({})).get('docProps/core.xml')).toContain('<dc:creator>zjtx</dc:creator>');
  });

  it('gives identical bytes for identical input', () => {
    const again = buildWorkbook([FULL, { name: 'Second', rows: [['x']] }], { title: '汇总 & 表', creator: '某<单位>' });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('leaves out sharedStrings when there is no text', () => {
    const p = parts(one({ rows: [[1, 2]] }));
    expect(p.has('xl/sharedStrings.xml')).toBe(false);
    expect(p.get('[Content_Types].xml')).not.toContain('sharedStrings');
    expect(p.get('xl/_rels/workbook.xml.rels')).not.toContain('sharedStrings');
  });

  it('refuses an empty workbook and overlapping merges', () => {
    expect(() => buildWorkbook([])).toThrow();
    expect(() => one({ merges: [{ row: 0, col: 0, rows: 2, cols: 2 }, { row: 1, col: 1, rows: 1, cols: 2 }] })).toThrow(/重叠/);
  });
});

describe('values', () => {
  describe.each([
    [1234.5, '1234.5'],
    [-0.25, '-0.25'],
    [0, '0'],
    [-0, '0'],
    [1e-7, '1e-7'],
    [42, '42'],
  ])('number %s', (value, stored) => {
    it('is a numeric cell', () => {
      const c = cells(one({ rows: [[value]] })).get('A1');
      expect(c).toMatchObject({ t: null, v: stored });
      expect(Number(c?.v)).toBe(value === 0 ? 0 : value);
    });
  });

  describe.each([
    ['markup', '<&>"\'', false],
    ['CJK', '四川省“专精特新”企业（第二批）', false],
    ['emoji and astral CJK', '👨‍👩‍👧‍👦🇨🇳𠀀𪚥', false],
    ['a line break', '第一行\n第二行', true],
    ['leading and trailing spaces', '  缩进 ', true],
    ['a tab', 'a\tb', true],
    ['full-width space and NBSP', '全角　空格\u00a0不间断', false],
  ])('string with %s', (_, text, preserve) => {
    it('round-trips as a shared string', () => {
      const bytes = one({ rows: [[text]] });
      expect(cells(bytes).get('A1')).toMatchObject({ t: 's', text });
      expect(parts(bytes).get('xl/sharedStrings.xml')!.includes('xml:space="preserve"')).toBe(preserve);
    });
  });

  // Excel refuses more than 32,767 characters in a cell and offers to "repair" the workbook.
  it.each([
    ['CJK', '精'.repeat(40000)],
    ['a surrogate pair at the cut', `${'a'.repeat(32765)}😀😀`],
  ])('cuts text past a cell’s 32,767 characters, ending in “…” (%s)', (_, long) => {
    const text = cells(one({ rows: [[long]] })).get('A1')!.text!;
    expect(text.length).toBeLessThanOrEqual(32767);
    expect(text.endsWith('…')).toBe(true);
    expect(long.startsWith(text.slice(0, -1))).toBe(true);
    expect(text).not.toMatch(/[\uD800-\uDBFF]…$/);
    expect(cells(one({ rows: [['精'.repeat(32767)]] })).get('A1')!.text).toBe('精'.repeat(32767));
  });

  it('turns Windows line ends into one break', () => {
    expect(cells(one({ rows: [['a\r\nb']] })).get('A1')?.text).toBe('a\nb');
  });

  it('drops what XML 1.0 forbids and keeps the rest', () => {
    const text = 'a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh\uD800i\uDC00j';
    expect(cells(one({ rows: [[text]] })).get('A1')?.text).toBe('abcdefghij');
    expect(cells(one({ rows: [['\u0001\u0002']] })).has('A1')).toBe(false);
  });

  describe.each([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['null', null],
    ['undefined', undefined],
    ['an empty string', ''],
  ])('%s', (_, value) => {
    it('writes no cell, or an empty one when styled', () => {
      expect(cells(one({ rows: [[value, 'x']] })).has('A1')).toBe(false);
      const styled = cells(one({ rows: [[{ value, style: { border: true } }]] })).get('A1');
      expect(styled).toMatchObject({ t: null, v: null });
      expect(styled?.s).not.toBeNull();
    });
  });

  it('shares one string entry for repeated text', () => {
    const sst = parse(parts(one({ rows: [['同'], ['同'], ['异']] })).get('xl/sharedStrings.xml')!);
    expect(elements(sst, 'si')).toHaveLength(2);
    expect(sst.documentElement!.getAttribute('count')).toBe('3');
  });
});

describe('layout', () => {
  const bytes = buildWorkbook([FULL]);
  const doc = sheetDoc(bytes);

  it('writes merges as ranges', () => {
    expect(elements(doc, 'mergeCell').map((m) => m.getAttribute('ref'))).toEqual(['A1:C1', 'A2:A3', 'B2:C2']);
    expect(elements(doc, 'mergeCells')[0]?.getAttribute('count')).toBe('3');
  });

  it('styles the cells a merge covers like its top-left, so the box keeps its borders', () => {
    const c = cells(bytes);
    expect(c.get('B1')?.s).toBe(c.get('A1')?.s);
    expect(c.get('C1')?.s).toBe(c.get('A1')?.s);
    expect(c.get('A3')?.s).toBe(c.get('A2')?.s);
  });

  it('drops a 1×1 merge', () => {
    expect(sheetDoc(one({ rows: [['x']], merges: [{ row: 0, col: 0, rows: 1, cols: 1 }] })).getElementsByTagName('mergeCells')).toHaveLength(0);
  });

  it('freezes the header rows', () => {
    const pane = elements(doc, 'pane')[0]!;
    expect(pane.getAttribute('ySplit')).toBe('3');
    expect(pane.getAttribute('topLeftCell')).toBe('A4');
    expect(pane.getAttribute('activePane')).toBe('bottomLeft');
    expect(pane.getAttribute('state')).toBe('frozen');
    expect(elements(doc, 'sheetView')[0]?.getAttribute('workbookViewId')).toBe('0');
  });

  describe.each([
    ['rows only', { freezeRows: 3 }, [null, '3', 'A4', 'bottomLeft']],
    ['columns only', { freezeColumns: 2 }, ['2', null, 'C1', 'topRight']],
    ['rows and the columns naming each row', { freezeRows: 6, freezeColumns: 2 }, ['2', '6', 'C7', 'bottomRight']],
  ] as const)('freezing %s', (_what, freeze, [xSplit, ySplit, topLeft, active]) => {
    const view = elements(sheetDoc(one({ rows: [['x']], ...freeze })), 'sheetView')[0]!;
    it('splits the pane there, with the selection in the pane that scrolls', () => {
      const pane = elements(view, 'pane')[0]!;
      expect([pane.getAttribute('xSplit'), pane.getAttribute('ySplit'), pane.getAttribute('topLeftCell'), pane.getAttribute('activePane'), pane.getAttribute('state')]).toEqual([
        xSplit,
        ySplit,
        topLeft,
        active,
        'frozen',
      ]);
      const selection = elements(view, 'selection')[0]!;
      expect([selection.getAttribute('pane'), selection.getAttribute('activeCell'), selection.getAttribute('sqref')]).toEqual([active, topLeft, topLeft]);
      // CT_SheetView's sequence: pane, then selection.
      expect(children(view).map((e) => e.localName)).toEqual(['pane', 'selection']);
    });
  });

  it('repeats the title rows on every printed page', () => {
    const wb = parse(parts(bytes).get('xl/workbook.xml')!);
    const names = elements(wb, 'definedName');
    expect(names).toHaveLength(1);
    expect(names[0]!.getAttribute('name')).toBe('_xlnm.Print_Titles');
    expect(names[0]!.getAttribute('localSheetId')).toBe('0');
    expect(names[0]!.textContent).toBe("'附件7 汇总表'!$1:$3");
  });

  it('doubles an apostrophe in the print-title sheet name', () => {
    const wb = parts(buildWorkbook([{ name: "A'B", rows: [['x']], printTitleRows: [0, 0] }])).get('xl/workbook.xml')!;
    expect(elements(parse(wb), 'definedName')[0]?.textContent).toBe("'A''B'!$1:$1");
  });

  it('prints A4 landscape, all columns on one page wide', () => {
    const setup = elements(doc, 'pageSetup')[0]!;
    expect(setup.getAttribute('paperSize')).toBe('9');
    expect(setup.getAttribute('orientation')).toBe('landscape');
    expect(setup.getAttribute('fitToWidth')).toBe('1');
    expect(setup.getAttribute('fitToHeight')).toBe('0');
    expect(elements(doc, 'pageSetUpPr')[0]?.getAttribute('fitToPage')).toBe('1');
    const plain = sheetDoc(one({ rows: [['x']] }));
    expect(elements(plain, 'pageSetup')[0]?.getAttribute('orientation')).toBe('portrait');
    expect(elements(plain, 'sheetPr')).toHaveLength(0);
  });

  it('prints A3 at a set scale, breaking pages before the given columns and repeating the title columns', () => {
    const spec: SheetSpec = { name: '表', rows: [['a', 'b', 'c', 'd', 'e']], paper: 'A3', landscape: true, scale: 85, columnBreaks: [4, 2, 2, 0, 1.5], printTitleColumns: [0, 1], printTitleRows: [0, 0] };
    const sheet = sheetDoc(one(spec));
    const setup = elements(sheet, 'pageSetup')[0]!;
    expect([setup.getAttribute('paperSize'), setup.getAttribute('scale'), setup.hasAttribute('fitToWidth')]).toEqual(['8', '85', false]);
    // A scale only applies when the sheet is not fitted to pages.
    expect(elements(sheet, 'sheetPr')).toHaveLength(0);
    const breaks = elements(sheet, 'colBreaks')[0]!;
    expect(breaks.getAttribute('count')).toBe('2');
    expect(elements(breaks, 'brk').map((b) => [b.getAttribute('id'), b.getAttribute('man')])).toEqual([['2', '1'], ['4', '1']]);
    // The schema's order: colBreaks come after pageSetup.
    expect(sheet.documentElement!.lastChild!.nodeName).toBe('colBreaks');
    const wb = parse(parts(buildWorkbook([spec])).get('xl/workbook.xml')!);
    expect(elements(wb, 'definedName')[0]?.textContent).toBe("'表'!$A:$B,'表'!$1:$1");
  });

  it('prints only the rows asked, with a footer of several lines on every page', () => {
    const spec: SheetSpec = { name: "A'表", rows: [['a'], ['b'], ['注']], printRows: [0, 1], printTitleRows: [0, 0], footer: ['备注：1.R&D <一>', '2.第二行\n续'] };
    const wb = parse(parts(buildWorkbook([spec])).get('xl/workbook.xml')!);
    expect(elements(wb, 'definedName').map((n) => [n.getAttribute('name'), n.textContent])).toEqual([
      ['_xlnm.Print_Area', "'A''表'!$1:$2"],
      ['_xlnm.Print_Titles', "'A''表'!$1:$1"],
    ]);
    const sheet = sheetDoc(one(spec));
    // "&&" is a literal ampersand in a footer's code; a line break inside a line would start another.
    expect(elements(sheet, 'oddFooter')[0]?.textContent).toBe('&L&9备注：1.R&&D <一>\n2.第二行 续');
    expect(Number(elements(sheet, 'pageMargins')[0]?.getAttribute('bottom'))).toBeGreaterThan(0.75);
    const names = ['sheetData', 'pageMargins', 'pageSetup', 'headerFooter'];
    const order = Array.from(sheet.documentElement!.childNodes).map((n) => n.nodeName).filter((n) => names.includes(n));
    expect(order).toEqual(names);
  });

  it('prints across then down when asked, and down then across (the default) otherwise', () => {
    expect(elements(sheetDoc(one({ rows: [['x']], acrossThenDown: true })), 'pageSetup')[0]?.getAttribute('pageOrder')).toBe('overThenDown');
    expect(elements(sheetDoc(one({ rows: [['x']] })), 'pageSetup')[0]?.hasAttribute('pageOrder')).toBe(false);
  });

  it.each<[string, Partial<SheetSpec>, string | undefined]>([
    ['beside the footer lines', { footer: ['备注：1.R&D'], pageNumbers: true }, '&L&9备注：1.R&&D&R&9第 &P 页，共 &N 页'],
    ['alone', { pageNumbers: true }, '&R&9第 &P 页，共 &N 页'],
    ['not unless asked', { footer: ['备注'] }, '&L&9备注'],
  ])('numbers the pages in the footer %s', (_what, spec, footer) => {
    expect(elements(sheetDoc(one({ rows: [['x']], ...spec })), 'oddFooter')[0]?.textContent).toBe(footer);
  });

  it.each([[0], [5], [401], [85.5]])('ignores a scale of %s', (scale) => {
    expect(elements(sheetDoc(one({ name: 's', rows: [['x']], scale })), 'pageSetup')[0]?.hasAttribute('scale')).toBe(false);
  });

  it('sets column widths and row heights', () => {
    expect(elements(doc, 'col').map((c) => [c.getAttribute('min'), c.getAttribute('width'), c.getAttribute('customWidth')])).toEqual([
      ['1', '6', '1'],
      ['2', '30', '1'],
      ['3', '14', '1'],
    ]);
    const row1 = elements(doc, 'row')[0]!;
    expect([row1.getAttribute('ht'), row1.getAttribute('customHeight')]).toEqual(['30', '1']);
    expect(elements(doc, 'row')[1]?.hasAttribute('ht')).toBe(false);
  });

  it('spans the dimension over the used cells', () => {
    expect(elements(doc, 'dimension')[0]?.getAttribute('ref')).toBe('A1:C4');
  });

  it('orders worksheet children as the schema does', () => {
    const order = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'mergeCells', 'pageMargins', 'pageSetup'];
    expect(children(doc.documentElement!).map((e) => e.localName)).toEqual(order);
    // Without the optional parts the rest keeps its relative order.
    const plain = children(sheetDoc(one({ rows: [['x']] })).documentElement!).map((e) => e.localName);
    expect(plain).toEqual(order.filter((n) => plain.includes(n)));
  });
});

describe('styles', () => {
  const border = () => ({ border: true, align: 'center' as const });
  const bytes = one({ rows: [[{ value: 'a', style: border() }, { value: 'b', style: border() }, { value: 'c', style: { ...border(), bold: true } }, 'd']] });
  const c = cells(bytes);
  const styles = parse(parts(bytes).get('xl/styles.xml')!);

  it('shares one index between equal style objects', () => {
    expect(c.get('A1')?.s).toBe(c.get('B1')?.s);
    expect(c.get('C1')?.s).not.toBe(c.get('A1')?.s);
    expect(c.get('D1')?.s).toBeNull();
    expect(elements(styles, 'cellXfs')[0]?.getAttribute('count')).toBe('3');
  });

  it('treats an empty style as the plain one', () => {
    expect(cells(one({ rows: [[{ value: 'x', style: {} }]] })).get('A1')?.s).toBeNull();
  });

  it('keeps style 0 plain', () => {
    const xf0 = children(elements(styles, 'cellXfs')[0]!)[0]!;
    expect(['numFmtId', 'fontId', 'fillId', 'borderId'].map((a) => xf0.getAttribute(a))).toEqual(['0', '0', '0', '0']);
    expect(xf0.childNodes.length).toBe(0);
  });

  it('names a CJK font with the GB2312 charset', () => {
    for (const font of elements(styles, 'font')) {
      expect(elements(font, 'name')[0]?.getAttribute('val')).toBe('宋体');
      expect(elements(font, 'charset')[0]?.getAttribute('val')).toBe('134');
    }
    expect(elements(styles, 'font')).toHaveLength(2);
  });

  it('draws thin borders on all four sides', () => {
    const xf = children(elements(styles, 'cellXfs')[0]!)[Number(c.get('A1')?.s)]!;
    const b = children(elements(styles, 'borders')[0]!)[Number(xf.getAttribute('borderId'))]!;
    for (const side of ['left', 'right', 'top', 'bottom']) expect(elements(b, side)[0]?.getAttribute('style')).toBe('thin');
    expect(elements(xf, 'alignment')[0]?.getAttribute('horizontal')).toBe('center');
  });

  it('registers custom number formats from id 164', () => {
    const s = parse(parts(one({ rows: [[{ value: 0.5, style: { numberFormat: '0.0%' } }, { value: 2, style: { numberFormat: '0.00' } }]] })).get('xl/styles.xml')!);
    expect(elements(s, 'numFmt').map((n) => [n.getAttribute('numFmtId'), n.getAttribute('formatCode')])).toEqual([
      ['164', '0.0%'],
      ['165', '0.00'],
    ]);
  });
});

describe.each([
  ['a name that is too long', ['四'.repeat(40)], ['四'.repeat(31)]],
  ['forbidden characters', ['a[b]c:d*e?f/g\\h'], ['a_b_c_d_e_f_g_h']],
  ['apostrophes at the ends', ["'引号'"], ['引号']],
  ['an empty name', ['', '  '], ['Sheet1', 'Sheet2']],
  ['the reserved name', ['History'], ['Sheet1']],
  ['duplicates ignoring case', ['表', '表', 'abc', 'ABC'], ['表', '表 (2)', 'abc', 'ABC (2)']],
  ['a long duplicate', ['x'.repeat(40), 'x'.repeat(40)], ['x'.repeat(31), `${'x'.repeat(27)} (2)`]],
  ['a surrogate pair at the cut', [`${'a'.repeat(30)}😀`], ['a'.repeat(30)]],
])('sheet name with %s', (_, given, expected) => {
  it('is made acceptable to Excel', () => {
    expect(sheetNames(given)).toEqual(expected);
    const wb = parse(parts(buildWorkbook(given.map((name) => ({ name, rows: [] })))).get('xl/workbook.xml')!);
    expect(elements(wb, 'sheet').map((s) => s.getAttribute('name'))).toEqual(expected);
  });
});
