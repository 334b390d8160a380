// 附件4-1: cell helpers shared by the 基本情况 table and the 绩效目标表.
import { type CellSpec, lineBreak, paragraph, type ParagraphOptions, type RowSpec, run, table, textParagraph } from '../docx/builder.ts';
import { CELL, WIDTH } from './style.ts';

export const CELL_MARGIN = 57; // 1 mm
export const ROW = 425; // 0.75 cm, room for handwriting in a blank form
const IDEO = '\u3000'; // ideographic space: full-width padding, underlined like a character

/**
 * Table cell text with 1pt above and below: tables have no top/bottom cell margin, and
 * multi-line labels would otherwise touch the borders.
 */
export const TEXT: ParagraphOptions = { ...CELL, before: 20, after: 20 };

export const t = (text: string) => run(text, TEXT);
const u = (text: string) => run(text, { ...TEXT, underline: true });

/** Underlined inline blank, padded so it stays visible (and writable) when the value is empty. */
export const blank = (tag: string) => [u(IDEO), u(`{${tag}}`), u(IDEO)];

/** Lines of one paragraph, split by explicit breaks so header words wrap where the seed wraps them. */
export function lines(text: string | string[]): string[] {
  const list = typeof text === 'string' ? [text] : text;
  return list.flatMap((l, i) => (i > 0 ? [lineBreak(TEXT), t(l)] : [t(l)]));
}

/** A cell by its left and right edges in twips from the table's left edge. */
export interface EdgeCell extends Omit<CellSpec, 'span'> {
  from: number;
  to: number;
}

export interface EdgeRow extends Omit<RowSpec, 'cells'> {
  cells: EdgeCell[];
}

export function cell(from: number, to: number, runs: string[], opts: { align?: ParagraphOptions['align']; keepNext?: boolean } = {}): EdgeCell {
  const p = paragraph(runs, { ...TEXT, align: opts.align ?? 'left', keepNext: opts.keepNext });
  return { from, to, content: [p], vAlign: 'center' };
}

/** Centred label cell. */
export const label = (from: number, to: number, text: string | string[], keepNext = false) =>
  cell(from, to, lines(text), { align: 'center', keepNext });

/** Lower part of a vertically merged cell. */
export const merged = (from: number, to: number, runs: string[] = [], keepNext = false): EdgeCell => ({
  ...cell(from, to, runs, { keepNext }),
  vMerge: 'continue',
});

/** Full-width 一、二、… row, kept with the row below it. */
export function sectionRow(text: string): EdgeRow {
  const p = textParagraph(text, { ...TEXT, font: '黑体', latinFont: '黑体', align: 'left', keepNext: true });
  return { cells: [{ from: 0, to: WIDTH, content: [p], vAlign: 'center' }], minHeight: ROW };
}

/**
 * Fixed-layout table whose grid is the union of every cell edge, so rows with different
 * divisions (the 8-column year rows, the 4-cell contact row) share one bordered table and a
 * merged cell keeps its edges in every row it spans.
 */
export function edgeTable(rows: EdgeRow[]): string {
  const edges = [...new Set(rows.flatMap((r) => r.cells.flatMap((c) => [c.from, c.to])))].sort((a, b) => a - b);
  const grid = edges.slice(1).map((e, i) => e - edges[i]!);
  const specs: RowSpec[] = rows.map((r, i) => {
    let at = 0;
    const cells = r.cells.map(({ from, to, ...c }): CellSpec => {
      if (from !== at || to <= from) throw new Error(`table row ${i}: cell from ${from} to ${to} leaves a gap`);
      at = to;
      return { ...c, span: edges.indexOf(to) - edges.indexOf(from) };
    });
    if (at !== edges[edges.length - 1]) throw new Error(`table row ${i} ends at ${at}`);
    return { ...r, cells };
  });
  return table({ grid, cellMargin: CELL_MARGIN, rows: specs });
}
