/**
 * One row of a table field. Cells keep what is being typed in local state and
 * hand it to the form after a pause or on leaving the cell, so a keystroke
 * re-renders this row only; the row is memoised and its props stay identical
 * while its item, its errors and its place in the table do not change.
 */
import { suggestionsFor } from '../../core/reference/suggestions.ts';
import { memo, useCallback, useContext, useEffect, useRef, useState, type ClipboardEvent, type ReactNode } from 'react';
import { parseNumberInput } from '../../core/text/number-input.ts';
import { parseTsv } from '../../core/text/tsv.ts';
import { ShowAllErrorsContext, shouldShowError } from './field-state.ts';
import type { CellKind } from './testers.ts';
import { addPendingEdit, PAUSE_MS } from '../form-latest.ts';
import { actionId, cellId, type RowAction } from './table-cells.ts';

export interface ChoiceOption {
  value: unknown;
  label: string;
}

export interface TableColumn {
  key: string;
  title: string;
  kind: CellKind;
  required: boolean;
  /** For enum, enumList and boolean cells. */
  options: ChoiceOption[];
  /** The schema's `suggest`: a list offered while typing (e.g. the 区（市县） of the row's 市（州）). */
  suggest?: string;
}

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


const show = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const valueOf = (column: TableColumn, text: string): unknown =>
  column.kind === 'number' || column.kind === 'integer' ? parseNumberInput(text) : text === '' ? undefined : text;
/** Native pickers blank out text they cannot read; such text is shown in a plain box so it can be corrected. */
const NATIVE_FORMAT: Partial<Record<CellKind, RegExp>> = { date: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/ };

function TableRowView({ index, rowKey, row, columns, errors, isFirst, isLast, enabled, idPrefix, api }: TableRowProps) {
  const showAll = useContext(ShowAllErrorsContext);
  const item = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
  const n = index + 1;
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [touched, setTouched] = useState<Readonly<Record<string, boolean>>>(() => api.touched(rowKey));
  const pending = useRef<{ key: string; value: unknown } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const unregister = useRef<(() => void) | undefined>(undefined);
  // The index at commit time, not at the keystroke: a row may have moved in between.
  const indexRef = useRef(index);
  indexRef.current = index;

  // The table takes a cell's text when typing pauses, on leaving the cell, or when something reads
  // the answers (form-latest.ts): taking it re-renders the table and the step, which a keystroke must not wait for.
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    unregister.current?.();
    unregister.current = undefined;
    const p = pending.current;
    pending.current = null;
    if (p) api.commit(indexRef.current, p.key, p.value);
  }, [api]);
  // Text typed just before the table goes away (another annex opened) is kept.
  useEffect(() => flush, [flush]);

  const typeText = (column: TableColumn, text: string) => {
    setDrafts((d) => ({ ...d, [column.key]: text }));
    pending.current = { key: column.key, value: valueOf(column, text) };
    unregister.current ??= addPendingEdit(flush);
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, PAUSE_MS);
  };
  const leave = (key: string) => {
    flush();
    setTouched((t) => (t[key] ? t : { ...t, [key]: true }));
    api.touch(rowKey, key);
    // From now on the cell shows the stored value: "1,200" becomes 1200, so the user sees what was understood.
    setDrafts((d) => {
      if (!(key in d)) return d;
      const { [key]: _left, ...rest } = d;
      return rest;
    });
  };
  const choose = (key: string, value: unknown) => {
    flush();
    api.commit(index, key, value);
  };

  // A block copied from a spreadsheet becomes new rows instead of landing in one cell.
  const onPaste = (e: ClipboardEvent<HTMLTableRowElement>) => {
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

  const cell = (column: TableColumn): ReactNode => {
    const { key, kind, options } = column;
    const stored = item[key];
    const text = drafts[key] ?? show(stored);
    const message = errors[key] ?? '';
    const shown = shouldShowError(message, !!touched[key], stored, showAll);
    const id = cellId(idPrefix, index, key);
    const errorId = `${id}-error`;
    const suggestions = suggestionsFor(column.suggest, (row ?? {}) as Record<string, unknown>);
    const common = {
      id,
      'aria-label': `${column.title}（第${n}行）`,
      'aria-invalid': shown || undefined,
      'aria-describedby': shown ? errorId : undefined,
      'aria-required': column.required || undefined,
      disabled: !enabled,
      onBlur: () => leave(key),
    };
    let editor: ReactNode;
    if (kind === 'enum' || kind === 'boolean') {
      const at = options.findIndex((o) => o.value === stored);
      editor = (
        <select {...common} value={at < 0 ? (stored === undefined ? '' : 'other') : String(at)} onChange={(e) => choose(key, e.target.value === '' ? undefined : options[Number(e.target.value)]?.value)}>
          <option value="">请选择…</option>
          {/* A pasted value that is not a choice stays visible until it is replaced. */}
          {at < 0 && stored !== undefined && <option value="other" disabled>{show(stored)}</option>}
          {options.map((o, k) => (
            <option key={k} value={String(k)}>
              {o.label}
            </option>
          ))}
        </select>
      );
    } else if (kind === 'enumList') {
      const picked = Array.isArray(stored) ? stored : [];
      const names = options.filter((o) => picked.includes(o.value)).map((o) => o.label);
      const toggle = (value: unknown, on: boolean) => {
        const next = options.map((o) => o.value).filter((v) => (v === value ? on : picked.includes(v)));
        choose(key, next.length ? next : undefined);
      };
      editor = (
        <details
          className="cell-choices"
          // Open choices cover the rows below: they close when focus leaves them or on Esc.
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) e.currentTarget.open = false;
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Escape' || !e.currentTarget.open) return;
            e.currentTarget.open = false;
            e.currentTarget.querySelector('summary')?.focus();
          }}
        >
          <summary id={id} aria-label={`${common['aria-label']}：${names.join('、') || '未选择'}`} aria-describedby={common['aria-describedby']}>
            {names.join('、') || '请选择…'}
          </summary>
          <div role="group" aria-label={common['aria-label']} aria-invalid={common['aria-invalid']}>
            {options.map((o, k) => (
              <label className="choice" key={k}>
                <input type="checkbox" checked={picked.includes(o.value)} disabled={!enabled} onChange={(e) => toggle(o.value, e.target.checked)} onBlur={() => leave(key)} />
                {o.label}
              </label>
            ))}
          </div>
        </details>
      );
    } else if (kind === 'textarea') {
      editor = <textarea {...common} rows={1} value={text} onChange={(e) => typeText(column, e.target.value)} />;
    } else {
      const format = NATIVE_FORMAT[kind];
      const native = format !== undefined && (text === '' || format.test(text));
      editor = (
        <input
          {...common}
          type={native ? (kind === 'month' ? 'month' : 'date') : 'text'}
          inputMode={kind === 'integer' ? 'numeric' : kind === 'number' ? 'decimal' : undefined}
          placeholder={kind === 'month' ? '如 1985-06' : undefined}
          autoComplete="off"
          list={suggestions.length ? `${common.id}-list` : undefined}
          value={text}
          onChange={(e) => typeText(column, e.target.value)}
        />
      );
    }
    const datalist = suggestions.length ? (
      <datalist id={`${common.id}-list`}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    ) : null;
    return (
      <td role="cell" key={key} className={`cell-${kind}${shown ? ' has-error' : ''}`}>
        {editor}
        {datalist}
        {shown && (
          // Appearing on leaving the cell, it is announced at once; shown all together by 检查, it stays quiet (a table can hold hundreds).
          <p className="error" id={errorId} role={touched[key] && !showAll ? 'alert' : undefined}>
            {message}
          </p>
        )}
      </td>
    );
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
      {columns.map(cell)}
      <td role="cell" className="row-actions">
        {button('up', '上移', isFirst)}
        {button('down', '下移', isLast)}
        {button('remove', '删除', false)}
      </td>
    </tr>
  );
}

export const TableRow = memo(TableRowView);
