/**
 * Element ids of a table's cells and row buttons, and how the page reaches the cell of a data path
 * (检查与下载's entry for 姓名 in row 150) when a long table has not rendered that row (use-row-window.ts).
 * Kept apart from the table's components, which load with the first table, so the page can use it.
 */
export type RowAction = 'up' | 'down' | 'remove';

export const cellId = (idPrefix: string, index: number, key: string): string => `${idPrefix}-r${index}-${key}`;
export const actionId = (idPrefix: string, index: number, action: RowAction): string => `${idPrefix}-r${index}-${action}`;

/** Sent to a table's element (id `field-<path>`) with a row index: render that row. */
export const REVEAL_ROW = 'zjtx-reveal-row';

/**
 * The cell of a path such as `staff.149.name`, if a table holds it and has rendered its row. If the
 * table is there but the row is not, the table is asked to render it: try again on the next frame.
 */
export function tableCell(path: string): HTMLElement | null {
  const match = /^(.+)\.(\d+)\.([^.]+)$/.exec(path);
  if (!match) return null;
  const [, table, at, key] = match as unknown as [string, string, string, string];
  const idPrefix = `field-${table.replace(/\./g, '-')}`;
  const row = Number(at);
  const cell = document.getElementById(cellId(idPrefix, row, key));
  if (cell) return cell;
  document.getElementById(idPrefix)?.dispatchEvent(new CustomEvent(REVEAL_ROW, { detail: row }));
  return null;
}
