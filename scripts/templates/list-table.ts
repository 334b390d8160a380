// Landscape list tables (附件4-2, 4-3, 5, 6): a header row repeated on every page, then one data
// row that the renderer repeats once per entry, and the notes under the table.
import {
  A4,
  buildDocx,
  type CellSpec,
  docxParts,
  documentXml,
  lineBreak,
  type PageOptions,
  pageNumberFooter,
  paragraph,
  type ParagraphOptions,
  run,
  sectionProperties,
  table,
  textParagraph,
  textWidth,
  withFooter,
} from '../docx/builder.ts';
import { CELL, PAGE, title } from './style.ts';

const FOOTER_ID = 'rIdFooter1';

/**
 * A4 landscape: six or nine columns with a 300-character 概述 need the width. The portrait
 * margins turn with the page (the 28 mm binding edge goes to the top), so the text block is
 * the portrait one on its side.
 */
const LANDSCAPE: PageOptions = {
  width: A4.height,
  height: A4.width,
  marginsMm: { top: PAGE.marginsMm.left, bottom: PAGE.marginsMm.right, left: PAGE.marginsMm.top, right: PAGE.marginsMm.bottom },
  footerId: FOOTER_ID,
};
export const LANDSCAPE_WIDTH = textWidth(LANDSCAPE);

/** The builder has no orientation option; without w:orient editors print the wide page as portrait. */
const landscapeSection = () => sectionProperties(LANDSCAPE).replace('<w:pgSz ', '<w:pgSz w:orient="landscape" ');

const CELL_MARGIN = 57; // 1 mm
/** Room for a handwritten line in rows whose values are short. */
const ROW_HEIGHT = 510;

export const NOTE: ParagraphOptions = { font: '仿宋', size: 24, lineExact: 400 };
/** "备注：" is three characters of 小四; later notes line up under the first one's number. */
const NOTE_INDENT = 3 * 240;

export type Align = ParagraphOptions['align'];

/**
 * Header cell; lines are broken explicitly so words stay whole. Padded by spacing, not a row
 * height: a repeated header row with a minimum height makes some editors push the first row of
 * each continued page down, off its cell centres.
 */
export function head(...lines: string[]): CellSpec {
  const runs = lines.flatMap((l, i) => (i === 0 ? [run(l, CELL)] : [lineBreak(CELL), run(l, CELL)]));
  return { content: [paragraph(runs, { ...CELL, align: 'center', before: 60, after: 60 })], vAlign: 'center' };
}

/**
 * Data cell: each tag in a run of its own, so the loop markers never share a w:t with a value.
 * 2pt above and below keep a long 概述 off the borders (the table has no top/bottom cell margin).
 */
export function data(tags: string[], align: Align): CellSpec {
  return { content: [paragraph(tags.map((t) => run(`{${t}}`, CELL)), { ...CELL, align, before: 40, after: 40 })], vAlign: 'center' };
}

export interface Column {
  head: string[];
  tag: string;
  width: number;
  align: Align;
}

/**
 * Header row repeated on every page, then one row whose first cell opens the loop and last
 * cell closes it, so the whole row repeats per entry. `splitRows` lets a tall row continue on the
 * next page rather than move there whole and leave the page above half empty.
 */
export function listTable(loop: string, columns: Column[], splitRows = false): string {
  const last = columns.length - 1;
  return table({
    grid: columns.map((c) => c.width),
    cellMargin: CELL_MARGIN,
    rows: [
      { cells: columns.map((c) => head(...c.head)), header: true },
      {
        cells: columns.map((c, i) => data([...(i === 0 ? [`#${loop}`] : []), c.tag, ...(i === last ? [`/${loop}`] : [])], c.align)),
        minHeight: ROW_HEIGHT,
        cantSplit: !splitRows,
      },
    ],
  });
}

/** The remaining text width goes to the last column, the one with free text. */
export function fill(columns: Omit<Column, 'width'>[], widths: number[]): Column[] {
  const rest = LANDSCAPE_WIDTH - widths.reduce((a, b) => a + b, 0);
  return columns.map((c, i) => ({ ...c, width: widths[i] ?? rest }));
}

/** The notes stay together on one page. */
export function notes(first: string, more: string[]): string[] {
  const last = more.length - 1;
  return [
    // Kept together, line by line: a note's last line once printed alone on the next page.
    textParagraph(first, { ...NOTE, before: 156, leftIndent: NOTE_INDENT, hanging: NOTE_INDENT, keepNext: more.length > 0, keepLines: true }),
    ...more.map((n, i) => textParagraph(n, { ...NOTE, leftIndent: NOTE_INDENT, keepNext: i < last, keepLines: true })),
  ];
}

/** `heading` is the printed title when it differs from the document title, e.g. with a `{city}` tag in it. */
export function build(docTitle: string, number: string, body: string[], heading = docTitle): Uint8Array {
  const blocks = [
    textParagraph(number, { font: '黑体', latinFont: '黑体', size: 32, lineExact: 580 }),
    title(heading, { after: 312 }),
    ...body,
  ];
  const parts = docxParts({ title: docTitle, documentXml: documentXml(blocks, landscapeSection()) });
  return buildDocx(withFooter(parts, pageNumberFooter({ font: '宋体', latinFont: '宋体', size: 28 }), FOOTER_ID));
}

