/**
 * One row of a table field. Its cells (TableCell.tsx) keep what is being typed; the row hands it to
 * the form after a pause or on leaving the cell, so a keystroke re-renders that cell only. The row is
 * memoised and its props stay identical while its item, its errors and its place in the table do not
 * change.
 */
import { memo, useCallback, useContext, useEffect, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import { parseTsv } from '../../core/text/tsv.ts';
import { ShowAllErrorsContext } from './field-state.ts';
import { addPendingEdit, PAUSE_MS } from '../form-latest.ts';
import { actionId, cellId, type RowAction } from './table-cells.ts';
import { TableCell, type CellHandlers, type ChoiceOption, type TableColumn } from './TableCell.tsx';

export type { ChoiceOption, TableColumn };

/** Messages per column key; `''` holds a message about the row as a whole. */
export type RowErrors = Readonly<Record<string, string>>;

export type { RowAction };

/** What a row may ask of its table. One object for the table's lifetime, so it never breaks a row's memo. */
export interface RowApi {
  commit(index: number, key: string, value: unknown): void;
  act(action: RowAction, index: number): void;
  /** Appends the rows in clipboard text to the table. */
  paste(text: string): void;
  /**
   * The cells of a row already left, kept by the table: a long table unmounts rows scrolled far off
   * (use-row-window.ts), and a row coming back must still show the errors of the cells it had left.
   */
  touched(rowKey: number): Readonly<Record<string, boolean>>;
  touch(rowKey: number, key: string): void;
}

export interface TableRowProps {
  index: number;
  /** The row's own key in its table, which follows it when rows above move (TableControl). */
  rowKey: number;
  row: unknown;
  columns: readonly TableColumn[];
  errors: RowErrors;
  isFirst: boolean;
  isLast: boolean;
  enabled: boolean;
  /** Prefix of every element id in the table, derived from the data path. */
  idPrefix: string;
  api: RowApi;
}


/** A row that is not an object (pasted or imported junk) shows as empty cells. */
const EMPTY: Readonly<Record<string, unknown>> = Object.freeze({});

function TableRowView({ index, rowKey, row, columns, errors, isFirst, isLast, enabled, idPrefix, api }: TableRowProps) {
  const showAll = useContext(ShowAllErrorsContext);
  const item = (typeof row === 'object' && row !== null ? row : EMPTY) as Record<string, unknown>;
  const n = index + 1;
  const [touched, setTouched] = useState<Readonly<Record<string, boolean>>>(() => api.touched(rowKey));
  const pending = useRef<{ key: string; value: unknown } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const unregister = useRef<(() => void) | undefined>(undefined);
  // The index and key at the time of the call, not of the render that made the handlers: a row may
  // have moved in between, and the handlers are made once so that the cells' memo holds.
  const place = useRef({ index, rowKey, enabled });
  place.current = { index, rowKey, enabled };

  // The table takes a cell's text when typing pauses, on leaving the cell, or when something reads
  // the answers (form-latest.ts): taking it re-renders the table and the step, which a keystroke must not wait for.
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    unregister.current?.();
    unregister.current = undefined;
    const p = pending.current;
    pending.current = null;
    if (p) api.commit(place.current.index, p.key, p.value);
  }, [api]);
  // Text typed just before the table goes away (another annex opened) is kept.
  useEffect(() => flush, [flush]);

  const handlers = useMemo<CellHandlers>(
    () => ({
      type(key, value) {
        pending.current = { key, value };
        unregister.current ??= addPendingEdit(flush);
        clearTimeout(timer.current);
        timer.current = setTimeout(flush, PAUSE_MS);
      },
      leave(key) {
        flush();
        // Shown, not edited: whoever reads a read-only row can do nothing about an empty cell.
        if (!place.current.enabled) return;
        setTouched((t) => (t[key] ? t : { ...t, [key]: true }));
        api.touch(place.current.rowKey, key);
      },
      choose(key, value) {
        flush();
        api.commit(place.current.index, key, value);
      },
    }),
    [api, flush],
  );

  // A block copied from a spreadsheet becomes new rows instead of landing in one cell.
  const onPaste = (e: ClipboardEvent<HTMLTableRowElement>) => {
    // A read-only table's cells take focus (to be read and copied), and a paste there adds nothing.
    if (!enabled) return;
    const text = e.clipboardData.getData('text/plain');
    const grid = parseTsv(text);
    const intoTextarea = (e.target as HTMLElement).tagName === 'TEXTAREA';
    // A single cell copied from a spreadsheet ends with a line break; that is still one value.
    const block = grid.some((r) => r.length > 1) || (!intoTextarea && grid.length > 1);
    if (!block) return;
    e.preventDefault();
    flush();
    api.paste(text);
  };

  const button = (action: RowAction, text: string, disabled: boolean) => (
    <button type="button" id={actionId(idPrefix, index, action)} aria-label={`${text}第${n}行`} disabled={!enabled || disabled} onClick={() => api.act(action, index)}>
      {text}
    </button>
  );
  return (
    // Explicit roles, as on the table (see TableControl).
    // data-row: the window of rendered rows (use-row-window.ts) follows the row holding focus.
    <tr role="row" aria-rowindex={index + 2} data-row={index} onPaste={onPaste}>
      <th scope="row" role="rowheader" className="row-number">
        {n}
        {errors[''] && <p className="error">{errors['']}</p>}
      </th>
      {columns.map((column) => (
        <TableCell
          key={column.key}
          column={column}
          row={item}
          n={n}
          id={cellId(idPrefix, index, column.key)}
          message={errors[column.key] ?? ''}
          touched={!!touched[column.key]}
          showAll={showAll}
          enabled={enabled}
          handlers={handlers}
        />
      ))}
      <td role="cell" className="row-actions">
        {button('up', '上移', isFirst)}
        {button('down', '下移', isLast)}
        {button('remove', '删除', false)}
      </td>
    </tr>
  );
}

export const TableRow = memo(TableRowView);
