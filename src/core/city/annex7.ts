/**
 * 附件7 第二批重点支持国家级专精特新“小巨人”企业情况汇总表, as the workbook the province
 * circulates: the seed's three header rows with their merges, one row per enterprise, numbers
 * stored as numbers, and the notes under the table.
 */
import type { CellStyle, Merge, SheetCell, SheetSpec } from '../xlsx/workbook.ts';
import type { CityDesk } from './desk.ts';
import { textLines } from '../text/line-count.ts';
import { annex7Basic, annex7Figures, type Cell } from './rows.ts';

export const ANNEX7_TITLE = '第二批重点支持国家级专精特新“小巨人”企业情况汇总表';

/** 基本情况: single columns, and the seed's 是否属于/具体领域 groups. */
const BASIC: readonly (string | { group: string; parts: readonly string[] })[] = [
  '企业名称',
  '认定批次',
  '区（县）',
  '统一社会信用代码',
  '企业规模',
  '企业类型',
  '行业大类',
  '具体细分领域名称',
  '主导产品类别',
  '主导产品名称',
  { group: '《工业“四基”发展目录》所列重点领域', parts: ['是否属于', '具体领域'] },
  { group: '制造强国十大产业领域', parts: ['是否属于', '具体领域'] },
  { group: '关键领域“补短板”', parts: ['是否属于', '具体领域或环节'] },
  { group: '国内或国际空白', parts: ['是否填补', '国内/国际', '具体领域'] },
  // "是否填补" over 协同创新 too, as the seed prints it: the province's own workbook has it so.
  { group: '与重点龙头企业协同创新', parts: ['是否填补', '具体企业及创新项目'] },
];
const FIGURES = ['营业收入', '主营业务收入', '主营业务收入增长率', '主营业务收入占营业收入比重'] as const;
const YEARS = ['2018', '2019', '2020'] as const;

const BASIC_COLUMNS = BASIC.reduce((n, c) => n + (typeof c === 'string' ? 1 : c.parts.length), 0);
/** The first of the 是否属于/具体领域 groups: 序号 and the ten single columns come before it. */
const ANNEX7_GROUPS_COLUMN = 1 + BASIC.findIndex((c) => typeof c !== 'string');
/** The first 生产经营情况 column. */
export const ANNEX7_FIGURES_COLUMN = 1 + BASIC_COLUMNS;
export const ANNEX7_COLUMNS = ANNEX7_FIGURES_COLUMN + FIGURES.length * YEARS.length;

const HEAD: CellStyle = { bold: true, border: true, align: 'center', wrap: true, size: 10 };
const BODY: CellStyle = { border: true, align: 'left', wrap: true, size: 10 };
const NUMBER: CellStyle = { border: true, align: 'right', size: 10, numberFormat: '0.00' };
// General format: '0.##' would show a whole amount as "36500." in Excel.
const AMOUNT: CellStyle = { border: true, align: 'right', size: 10 };
const CENTRE: CellStyle = { border: true, align: 'center', size: 10 };

const FIRST_HEADER_ROW = 3;
export const ANNEX7_FIRST_DATA_ROW = FIRST_HEADER_ROW + 3;

export const ANNEX7_NOTES = [
  '备注：1.本表数据应与附件1、附件2、附件3中数据一致；',
  '2.认定批次是指国家级专精特新“小巨人”企业认定批次；',
  '3.所属行业按照《国民经济行业分类（GB/T4754-2017）》，填写2位行业代码及行业名称；',
  '4.电子版表格另行下发各市（州）。',
] as const;

function headerRows(): { rows: SheetCell[][]; merges: Merge[] } {
  const r0 = FIRST_HEADER_ROW;
  const rows: SheetCell[][] = [0, 1, 2].map(() => Array.from({ length: ANNEX7_COLUMNS }, () => ({ value: null, style: HEAD })));
  const merges: Merge[] = [];
  const put = (r: number, c: number, value: string, rows_ = 1, cols = 1, style = HEAD) => {
    rows[r]![c] = { value, style };
    if (rows_ > 1 || cols > 1) merges.push({ row: r0 + r, col: c, rows: rows_, cols });
  };
  put(0, 0, '序号', 3, 1);
  // 基本情况 runs over two printed pages; centred, it fell near page 1's edge and left page 2's
  // group row blank. At the left of its first cell it prints over 企业名称, the repeated column, on
  // every page.
  put(0, 1, '基本情况', 1, BASIC_COLUMNS, { ...HEAD, align: 'left' });
  put(0, ANNEX7_FIGURES_COLUMN, '生产经营情况', 1, FIGURES.length * YEARS.length);
  let c = 1;
  for (const column of BASIC) {
    if (typeof column === 'string') {
      put(1, c, column, 2, 1);
      c += 1;
    } else {
      put(1, c, column.group, 1, column.parts.length);
      column.parts.forEach((p, i) => put(2, c + i, p));
      c += column.parts.length;
    }
  }
  for (const figure of FIGURES) {
    put(1, c, figure, 1, YEARS.length);
    YEARS.forEach((y, i) => put(2, c + i, y));
    c += YEARS.length;
  }
  return { rows, merges };
}

const cell = (value: Cell, style: CellStyle): SheetCell => ({ value, style });

/** Column widths in the spreadsheet's units (about one '0' of the default font each). */
const COLUMN_WIDTHS = [5, 30, 10, 12, 21, 8, 8, 22, 18, 22, 18, 7, 16, 7, 16, 7, 16, 7, 8, 12, 7, 24, ...Array.from({ length: 12 }, () => 11)];
/** A row's least height, in points: two lines of 10 pt, as most rows need (主导产品类别 wraps). */
const ROW_PT = 30;
/** One line of 10 pt CJK text as Excel, WPS and LibreOffice set it, in points. */
const LINE_PT = 14.5;
/** The tallest row a spreadsheet allows. */
const MAX_ROW_PT = 409;

/** Ems of 10 pt text in a column: a unit is 7 px and a 10 pt em 13.33 px at 96 dpi, less the cell's padding. */
const columnEms = (width: number) => (7 * width - 1) / 13.33;

/**
 * An enterprise row tall enough for its longest wrapped text: a fixed two lines cut a 34-character
 * 具体细分领域名称 off at the top and bottom in every spreadsheet, on screen and on paper.
 */
function rowHeight(values: readonly Cell[]): number {
  const lines = Math.max(1, ...values.map((v, c) => (typeof v === 'string' && v ? textLines(v.split('\n'), columnEms(COLUMN_WIDTHS[c + 1]!)) : 1)));
  return Math.min(MAX_ROW_PT, Math.max(ROW_PT, Math.ceil(lines * LINE_PT + 2)));
}

export function annex7Sheet(desk: CityDesk): SheetSpec {
  const enterprises = desk.entries.filter((e) => e.kind === 'enterprise');
  const last = ANNEX7_COLUMNS - 1;
  const header = headerRows();
  const basics = enterprises.map(annex7Basic);
  const data = enterprises.map((entry, i) => [
    cell(i + 1, CENTRE),
    ...basics[i]!.map((v) => cell(v, BODY)),
    ...annex7Figures(entry).map((v, j) => cell(v, j < 6 ? AMOUNT : NUMBER)),
  ]);
  const notesAt = ANNEX7_FIRST_DATA_ROW + data.length;
  return {
    name: '附件7',
    rows: [
      [cell('附件7', { bold: true, size: 12 })],
      [cell(`${desk.city || 'XX市（州）'}${ANNEX7_TITLE}`, { bold: true, size: 16, align: 'center' })],
      // In the first cell of its merge: a spreadsheet shows only that one.
      [...Array.from({ length: last - 3 }, () => null), cell('单位：%、个、项、万元', { align: 'right', size: 10 })],
      ...header.rows,
      ...data,
      ...ANNEX7_NOTES.map((n) => [cell(n, { size: 10 })]),
    ],
    // The title spans the first printed page only: centred across all three, it would be cut at a
    // page's edge.
    merges: [
      { row: 1, col: 0, rows: 1, cols: ANNEX7_GROUPS_COLUMN },
      { row: 2, col: last - 3, rows: 1, cols: 4 },
      ...header.merges,
      ...ANNEX7_NOTES.map((_, i) => ({ row: notesAt + i, col: 0, rows: 1, cols: ANNEX7_COLUMNS })),
    ],
    columnWidths: COLUMN_WIDTHS,
    rowHeights: { 1: 28, [FIRST_HEADER_ROW + 1]: 42, ...Object.fromEntries(basics.map((b, i) => [ANNEX7_FIRST_DATA_ROW + i, rowHeight(b)])) },
    freezeRows: ANNEX7_FIRST_DATA_ROW,
    // Scrolled to 生产经营情况, a row still says whose figures they are.
    freezeColumns: 2,
    // 34 columns fitted to one A4 page wide printed at a quarter of their size, too small to read.
    // On A3 they take three pages side by side at 85 %: the enterprise's identity, its 是否属于
    // groups, and 生产经营情况, each beside the repeated 序号 and 企业名称.
    paper: 'A3',
    landscape: true,
    scale: 85,
    columnBreaks: [ANNEX7_GROUPS_COLUMN, ANNEX7_FIGURES_COLUMN],
    printTitleRows: [FIRST_HEADER_ROW, ANNEX7_FIRST_DATA_ROW - 1],
    printTitleColumns: [0, 1],
    // A band of rows prints its three pages one after another: down first, 500 enterprises put
    // one's figures 64 pages after its name.
    acrossThenDown: true,
    // The notes stay under the table in the file, but print in every page's footer: under the table
    // they would also print, cut short, in the repeated columns of pages 2 and 3.
    printRows: [0, notesAt - 1],
    footer: [...ANNEX7_NOTES],
    pageNumbers: true,
  };
}
