/**
 * A small `.xlsx` writer: enough SpreadsheetML for official tables (merged
 * headers, borders, print setup), pure so it runs in the browser and the CLI
 * alike. The same input always gives the same bytes, so generated files can be
 * compared and cached.
 */
import PizZip from 'pizzip';
import { ProgramError } from '../errors.ts';
import { xmlSafe } from '../text/xml-safe.ts';
import { SharedStrings, columnName, escapeXml, sheetXml } from './sheet-xml.ts';
import { StyleTable } from './styles.ts';

export { columnName } from './sheet-xml.ts';

export type CellValue = string | number | null | undefined;

export interface CellStyle {
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
  border?: boolean;
  /** Points. */
  size?: number;
  /** A custom number format code, e.g. `0.00` or `0.0%`. */
  numberFormat?: string;
}

export interface SheetCell {
  value: CellValue;
  style?: CellStyle;
}

/** 0-based top-left cell and span sizes (>= 1). */
export interface Merge {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface SheetSpec {
  /** Chinese allowed; cut to 31 characters and stripped of `[]:*?/\`, as Excel demands. */
  name: string;
  /** 0-based grid, row-major. */
  rows: (SheetCell | CellValue)[][];
  merges?: Merge[];
  /** In characters. */
  columnWidths?: number[];
  /** Row index → height in points. */
  rowHeights?: Record<number, number>;
  /** Header rows that stay in view while scrolling. */
  freezeRows?: number;
  /** Leading columns that stay in view while scrolling sideways (what names each row). */
  freezeColumns?: number;
  /** Paper size; A4 when absent. */
  paper?: 'A4' | 'A3';
  /** Portrait unless true. */
  landscape?: boolean;
  /** 0-based inclusive rows repeated at the top of every printed page. */
  printTitleRows?: [number, number];
  /** 0-based inclusive columns repeated at the left of every printed page. */
  printTitleColumns?: [number, number];
  /** Scaled so that all columns fit this many pages wide, as many pages tall as needed. */
  pagesWide?: number;
  /** Printed at this percentage (10–400) when pagesWide is not set. */
  scale?: number;
  /** 0-based columns that start a new printed page. */
  columnBreaks?: number[];
  /** 0-based inclusive rows that print (all columns); the rest stay in the file but not on paper. */
  printRows?: [number, number];
  /** Lines printed at the foot of every page, left-aligned; Excel allows 255 characters in all. */
  footer?: string[];
  /** "第 1 页，共 6 页" at the right of every page's foot. */
  pageNumbers?: boolean;
  /**
   * Pages printed across, then down: a sheet wider than a page prints each band of rows on its
   * pages side by side, rather than every row's first columns before any row's next ones.
   */
  acrossThenDown?: boolean;
}

export interface WorkbookMeta {
  title?: string;
  creator?: string;
}

const MAX_SHEET_NAME = 31;
// Local time on purpose: zip stores local DOS time fields, so this gives the same bytes in every time zone.
const FIXED_DATE = new Date(2021, 0, 1, 0, 0, 0);

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Names Excel accepts: no `[]:*?/\`, no apostrophe at either end, at most 31 UTF-16 units, unique ignoring case. */
export function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw, i) => {
    let base = xmlSafe(raw).replace(/[\n\t]/g, ' ').replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').trim();
    // Excel reserves this name for its change history.
    if (!base || base.toLowerCase() === 'history') base = `Sheet${i + 1}`;
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`;
      const name = cut(base, MAX_SHEET_NAME - suffix.length) + suffix;
      if (!used.has(name.toLowerCase())) {
        used.add(name.toLowerCase());
        return name;
      }
    }
  });
}

/** Cuts to `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return text.slice(0, end).trimEnd();
}

function validRange(range: [number, number] | undefined): range is [number, number] {
  return !!range && Number.isInteger(range[0]) && Number.isInteger(range[1]) && range[0] >= 0 && range[1] >= range[0];
}

/**
 * `'Sheet name'!$A:$B,'Sheet name'!$1:$3` (columns first, as Excel writes it), or '' when neither
 * is set; apostrophes inside a quoted sheet name are doubled.
 */
function printArea(name: string, spec: SheetSpec): string {
  const rows = spec.printRows;
  return validRange(rows) ? `'${name.replace(/'/g, "''")}'!$${rows[0] + 1}:$${rows[1] + 1}` : '';
}

function printTitles(name: string, spec: SheetSpec): string {
  const sheet = `'${name.replace(/'/g, "''")}'!`;
  const parts: string[] = [];
  const cols = spec.printTitleColumns;
  if (validRange(cols)) parts.push(`${sheet}$${columnName(cols[0])}:$${columnName(cols[1])}`);
  const rows = spec.printTitleRows;
  if (validRange(rows)) parts.push(`${sheet}$${rows[0] + 1}:$${rows[1] + 1}`);
  return parts.join(',');
}

function contentTypes(sheetCount: number, withStrings: boolean): string {
  const sheets = Array.from({ length: sheetCount }, (_, i) =>
    `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  return XML_DECL
    + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    + '<Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + sheets.join('')
    + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    + (withStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : '')
    + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    + '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    + '</Types>';
}

const rootRels = XML_DECL
  + `<Relationships xmlns="${NS_PKG_REL}">`
  + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
  + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
  + '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
  + '</Relationships>';

// No created/modified dates: they would make every build differ.
function coreProps(meta: WorkbookMeta): string {
  const title = xmlSafe(meta.title ?? '');
  const creator = xmlSafe(meta.creator ?? 'zjtx');
  return XML_DECL
    + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
    + ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
    + ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + (title ? `<dc:title>${escapeXml(title)}</dc:title>` : '')
    + `<dc:creator>${escapeXml(creator)}</dc:creator>`
    + '</cp:coreProperties>';
}

function appProps(names: readonly string[]): string {
  const parts = names.map((n) => `<vt:lpstr>${escapeXml(n)}</vt:lpstr>`).join('');
  return XML_DECL
    + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    + ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    + '<Application>zjtx</Application>'
    + '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant>'
    + `<vt:variant><vt:i4>${names.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>`
    + `<TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">${parts}</vt:vector></TitlesOfParts>`
    + '</Properties>';
}

function workbookXml(specs: readonly SheetSpec[], names: readonly string[]): string {
  const sheets = names.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const name = (kind: string, i: number, value: string) =>
    value ? `<definedName name="_xlnm.${kind}" localSheetId="${i}">${escapeXml(value)}</definedName>` : '';
  // Excel wants defined names sorted by name: Print_Area before Print_Titles.
  const defined = specs.map((s, i) => name('Print_Area', i, printArea(names[i]!, s)) + name('Print_Titles', i, printTitles(names[i]!, s))).join('');
  return XML_DECL
    + `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`
    + '<bookViews><workbookView activeTab="0"/></bookViews>'
    + `<sheets>${sheets}</sheets>`
    + (defined ? `<definedNames>${defined}</definedNames>` : '')
    + '</workbook>';
}

function workbookRels(sheetCount: number, withStrings: boolean): string {
  const rels = Array.from({ length: sheetCount }, (_, i) =>
    `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  rels.push(`<Relationship Id="rId${sheetCount + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>`);
  if (withStrings) rels.push(`<Relationship Id="rId${sheetCount + 2}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  return XML_DECL + `<Relationships xmlns="${NS_PKG_REL}">${rels.join('')}</Relationships>`;
}

export function buildWorkbook(sheets: SheetSpec[], meta: WorkbookMeta = {}): Uint8Array {
  if (!sheets.length) throw new ProgramError('P_TEMPLATE', '工作簿至少需要一个工作表。');
  const names = sheetNames(sheets.map((s) => s.name));
  const styles = new StyleTable();
  const strings = new SharedStrings();
  const sheetParts = sheets.map((s, i) => sheetXml(s, names[i]!, i === 0, styles, strings));
  const withStrings = !strings.empty;

  const files: [string, string][] = [
    ['[Content_Types].xml', contentTypes(sheets.length, withStrings)],
    ['_rels/.rels', rootRels],
    ['docProps/core.xml', coreProps(meta)],
    ['docProps/app.xml', appProps(names)],
    ['xl/workbook.xml', workbookXml(sheets, names)],
    ['xl/_rels/workbook.xml.rels', workbookRels(sheets.length, withStrings)],
    ['xl/styles.xml', styles.toXml()],
    ...sheetParts.map((xml, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, xml]),
  ];
  if (withStrings) files.push(['xl/sharedStrings.xml', strings.toXml()]);

  // Parts go in as UTF-8 bytes: the platform's encoder is many times faster than the zip library's
  // own, which a 500-row 附件7 waited on. Level 3 as for documents (docx/render.ts): a third less
  // time compressing, a slightly larger file.
  const zip = new PizZip();
  const utf8 = new TextEncoder();
  for (const [name, xml] of files) zip.file(name, utf8.encode(xml), { date: FIXED_DATE, binary: true });
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 3 } });
}
