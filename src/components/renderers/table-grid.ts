/**
 * The column widths of a table field, for laying its rows out as CSS grid rows.
 *
 * A real table lays out every row whenever one cell grows, and the browser repaints all of
 * them: with 200 rows that is most of a keystroke's time. Grid rows of equal, fixed columns
 * are independent of each other, so each row can be skipped while off screen
 * (content-visibility) and the header still lines up with every row.
 */
import type { CellKind } from './testers.ts';

/** A column's width, in em of the table's text, by what its cells hold. */
const KIND_EM: Record<CellKind, number> = {
  text: 10,
  enum: 10,
  number: 6,
  integer: 6,
  boolean: 6,
  date: 9.5,
  month: 9.5,
  textarea: 14,
  enumList: 14,
};
/** 序号: up to three digits. */
export const ROW_NUMBER_EM = 3;
/** 操作: the three buttons 上移、下移、删除 side by side. */
export const ACTIONS_EM = 10.5;

export interface TableGrid {
  /** For `grid-template-columns` of every row, header and body alike. */
  columns: string;
  /** The sum of the columns' least widths: the table is at least this wide, or as wide as its box. */
  width: string;
}

/**
 * Row number, one column per cell kind, actions. The data columns never get narrower than
 * their width; when the box is wider than the table they share the room in proportion to it
 * (`minmax(10em, 10fr)`), as a table with `width: 100%` would. The tracks' least sizes are
 * fixed lengths, so a row's columns depend on the table's width alone, never on what its
 * cells hold, and every row gets the same columns.
 */
export function tableGrid(kinds: readonly CellKind[]): TableGrid {
  const data = kinds.map((k) => `minmax(${KIND_EM[k]}em, ${KIND_EM[k]}fr)`);
  const total = ROW_NUMBER_EM + ACTIONS_EM + kinds.reduce((sum, k) => sum + KIND_EM[k], 0);
  return { columns: [`${ROW_NUMBER_EM}em`, ...data, `${ACTIONS_EM}em`].join(' '), width: `${total}em` };
}
