/** One worksheet part (`xl/worksheets/sheetN.xml`) and the shared string table the sheets fill. */
import { ProgramError } from '../errors.ts';
import { xmlSafe } from '../text/xml-safe.ts';
import type { CellStyle, CellValue, Merge, SheetCell, SheetSpec } from './workbook.ts';
import type { StyleTable } from './styles.ts';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function columnName(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`column index ${index}`);
  let name = '';
  // Bijective base 26: there is no zero digit, so 26 is AA rather than BA.
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const ref = (row: number, col: number) => `${columnName(col)}${row + 1}`;

/** Text as `<t>`: whitespace at the ends or a line break would be collapsed by readers without `xml:space`. */
export function textElement(text: string): string {
  const preserve = /^\s|\s$|\n|\t/.test(text) ? ' xml:space="preserve"' : '';
  return `<t${preserve}>${escapeXml(text)}</t>`;
}

/** Excel holds at most 32,767 characters (UTF-16 units) in a cell, and "repairs" a file with more. */
export const CELL_TEXT_LIMIT = 32767;

/** Text cut to what a cell holds, ending in "…" and never halfway through a surrogate pair. */
export function withinCell(text: string): string {
  if (text.length <= CELL_TEXT_LIMIT) return text;
  let end = CELL_TEXT_LIMIT - 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1]!)) end -= 1;
  return `${text.slice(0, end)}…`;
}

export class SharedStrings {
  private readonly ids = new Map<string, number>();
  private count = 0;

  index(text: string): number {
    this.count++;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(text, id);
    }
    return id;
  }

  get empty(): boolean {
    return this.ids.size === 0;
  }

  toXml(): string {
    const items = [...this.ids.keys()].map((t) => `<si>${textElement(t)}</si>`).join('');
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      + `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.ids.size}">${items}</sst>`;
  }
}

function asCell(entry: SheetCell | CellValue): SheetCell {
  return entry !== null && typeof entry === 'object' ? entry : { value: entry };
}

/** Merges as ranges; a 1×1 merge is dropped, an overlap is a bug in the caller's layout. */
function checkedMerges(merges: readonly Merge[], sheet: string): Merge[] {
  const kept = merges.filter((m) => m.rows * m.cols > 1);
  for (const m of kept) {
    const whole = [m.row, m.col, m.rows, m.cols].every(Number.isInteger);
    if (!whole || m.row < 0 || m.col < 0 || m.rows < 1 || m.cols < 1) {
      throw new ProgramError('P_TEMPLATE', `工作表“${sheet}”的合并区域无效：${JSON.stringify(m)}`);
    }
  }
  for (let i = 0; i < kept.length; i++) {
    for (let j = i + 1; j < kept.length; j++) {
      const a = kept[i]!;
      const b = kept[j]!;
      const apart = a.row + a.rows <= b.row || b.row + b.rows <= a.row || a.col + a.cols <= b.col || b.col + b.cols <= a.col;
      // Excel discards overlapping merges with a repair prompt.
      if (!apart) throw new ProgramError('P_TEMPLATE', `工作表“${sheet}”的合并区域重叠：${JSON.stringify(a)} 与 ${JSON.stringify(b)}`);
    }
  }
  return kept;
}

export function sheetXml(spec: SheetSpec, sheetName: string, selected: boolean, styles: StyleTable, strings: SharedStrings): string {
  const merges = checkedMerges(spec.merges ?? [], sheetName);

  // Each cell a merge covers carries the top-left cell's style, otherwise the merged box loses its borders.
  const covered = new Map<string, CellStyle>();
  for (const m of merges) {
    const style = asCell(spec.rows[m.row]?.[m.col]).style;
    if (!style) continue;
    for (let r = m.row; r < m.row + m.rows; r++) {
      for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) covered.set(`${r},${c}`, style);
    }
  }

  const heights = new Map<number, number>();
  for (const [k, v] of Object.entries(spec.rowHeights ?? {})) {
    const r = Number(k);
    if (Number.isInteger(r) && r >= 0 && Number.isFinite(v) && v > 0) heights.set(r, v);
  }

  let lastRow = -1;
  let lastCol = -1;
  const rowsXml: string[] = [];
  const rowCount = Math.max(spec.rows.length, ...[...heights.keys()].map((r) => r + 1), ...merges.map((m) => m.row + m.rows));
  for (let r = 0; r < rowCount; r++) {
    const entries = spec.rows[r] ?? [];
    const width = Math.max(entries.length, ...merges.filter((m) => r >= m.row && r < m.row + m.rows).map((m) => m.col + m.cols));
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = asCell(entries[c]);
      const s = styles.index(cell.style ?? covered.get(`${r},${c}`));
      const sAttr = s ? ` s="${s}"` : '';
      let xml = '';
      if (typeof cell.value === 'number') {
        // NaN and Infinity have no spreadsheet form; an empty cell is more honest than 0.
        if (Number.isFinite(cell.value)) xml = `<c r="${ref(r, c)}"${sAttr}><v>${Object.is(cell.value, -0) ? 0 : cell.value}</v></c>`;
      } else if (typeof cell.value === 'string') {
        const text = withinCell(xmlSafe(cell.value));
        if (text) xml = `<c r="${ref(r, c)}"${sAttr} t="s"><v>${strings.index(text)}</v></c>`;
      }
      if (!xml && s) xml = `<c r="${ref(r, c)}"${sAttr}/>`;
      if (xml) {
        cells.push(xml);
        lastCol = Math.max(lastCol, c);
      }
    }
    const ht = heights.get(r);
    if (!cells.length && ht === undefined) continue;
    lastRow = r;
    const htAttr = ht === undefined ? '' : ` ht="${ht}" customHeight="1"`;
    rowsXml.push(`<row r="${r + 1}"${htAttr}>${cells.join('')}</row>`);
  }

  const dimension = lastRow < 0 || lastCol < 0 ? 'A1' : `A1:${ref(lastRow, lastCol)}`;
  const pane = paneXml(spec);
  const cols = (spec.columnWidths ?? [])
    .map((w, i) => (Number.isFinite(w) && w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : ''))
    .join('');
  const pagesWide = Number.isInteger(spec.pagesWide) && spec.pagesWide! > 0 ? spec.pagesWide! : 0;
  const page = [
    // SpreadsheetML's paper codes: 9 is A4, 8 is A3.
    spec.paper === 'A3' ? 'paperSize="8"' : 'paperSize="9"',
    spec.landscape ? 'orientation="landscape"' : 'orientation="portrait"',
    // fitToHeight 0 lets the rows run over as many pages as they need.
    pagesWide ? `fitToWidth="${pagesWide}" fitToHeight="0"` : '',
    !pagesWide && Number.isInteger(spec.scale) && spec.scale! >= 10 && spec.scale! <= 400 ? `scale="${spec.scale}"` : '',
    spec.acrossThenDown ? 'pageOrder="overThenDown"' : '',
  ].filter(Boolean);
  const footerLines = (spec.footer ?? []).map((l) => xmlSafe(l).replace(/[\r\n]+/g, ' ')).filter(Boolean);
  const footer = footerText(footerLines, spec.pageNumbers === true);
  // A break's id is the first column of the new page.
  const breaks = [...new Set(spec.columnBreaks ?? [])].filter((c) => Number.isInteger(c) && c > 0).sort((a, b) => a - b);
  const colBreaks = breaks.length
    ? `<colBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join('')}</colBreaks>`
    : '';

  // The order below is the schema's sequence; Excel treats any other order as a damaged file.
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    pagesWide ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '',
    `<dimension ref="${dimension}"/>`,
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">${pane}</sheetView></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="14.25"/>',
    cols ? `<cols>${cols}</cols>` : '',
    rowsXml.length ? `<sheetData>${rowsXml.join('')}</sheetData>` : '<sheetData/>',
    merges.length
      ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${ref(m.row, m.col)}:${ref(m.row + m.rows - 1, m.col + m.cols - 1)}"/>`).join('')}</mergeCells>`
      : '',
    // A footer of several lines needs room above the page's edge: 0.2 inch a line of 9 pt.
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="${footerLines.length ? (0.45 + 0.2 * footerLines.length).toFixed(2) : '0.75'}" header="0.3" footer="0.3"/>`,
    `<pageSetup ${page.join(' ')}/>`,
    footer ? `<headerFooter><oddFooter>${escapeXml(footer)}</oddFooter></headerFooter>` : '',
    colBreaks,
    '</worksheet>',
  ].join('');
}

/**
 * The footer in SpreadsheetML's code: "&L" and "&R" start the left and right parts, "&9" sets
 * 9 pt, "&P" and "&N" are the page's number and the count of pages, and a literal "&" is "&&".
 */
function footerText(lines: string[], pageNumbers: boolean): string {
  const left = lines.length ? `&L&9${lines.map((l) => l.replace(/&/g, '&&')).join('\n')}` : '';
  return left + (pageNumbers ? '&R&9第 &P 页，共 &N 页' : '');
}

/**
 * The frozen pane: header rows, leading columns, or both. The active pane is the one that scrolls
 * both ways, and the selection starts in it, as Excel writes a pane it froze itself.
 */
function paneXml(spec: SheetSpec): string {
  const rows = Math.max(0, Math.floor(spec.freezeRows ?? 0));
  const cols = Math.max(0, Math.floor(spec.freezeColumns ?? 0));
  if (!rows && !cols) return '';
  const topLeft = ref(rows, cols);
  const active = rows && cols ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
  const split = `${cols ? ` xSplit="${cols}"` : ''}${rows ? ` ySplit="${rows}"` : ''}`;
  return `<pane${split} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/><selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
}
