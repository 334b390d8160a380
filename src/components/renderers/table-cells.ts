/**
 * Element ids of a table's cells and row buttons, and which row of a table a data path is in (for a
 * long table asked to render the row of a field the page wants, see REVEAL_PATH in field-state.ts).
 */
export type RowAction = 'up' | 'down' | 'remove';

/**
 * A cell's id is the one any field of its data path gets (`field-staff-149-name-input` for
 * `staff.149.name`, see Field.tsx), so whatever puts the cursor in a field by its path finds a cell too.
 */
export const cellId = (idPrefix: string, index: number, key: string): string => `${idPrefix}-${index}-${key}-input`;
export const actionId = (idPrefix: string, index: number, action: RowAction): string => `${idPrefix}-r${index}-${action}`;

/** The row of `path` in the table at `tablePath`, or undefined when the path is not in that table. */
export function rowOfPath(tablePath: string, path: string): number | undefined {
  if (!path.startsWith(`${tablePath}.`)) return undefined;
  const at = path.slice(tablePath.length + 1).split('.')[0] ?? '';
  return /^\d+$/.test(at) ? Number(at) : undefined;
}
