/**
 * One cell of a table row. The text being typed lives here, so a keystroke re-renders this cell
 * alone: its row, and the seven or so other cells in it, keep their last render. The cell is
 * memoised, and every prop its row passes stays identical while the cell's own value, message and
 * state do not change (the row's handlers are stable; see TableRow).
 */
import { memo, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { suggestionsFor } from '../../core/reference/suggestions.ts';
import { tidyDateText } from '../../core/formats/date-text.ts';
import { parseNumberInput } from '../../core/text/number-input.ts';
import { BAD_DATE, BAD_MONTH, shouldShowError } from './field-state.ts';
import { fitOpenChoices } from './fit-open-choices.ts';
import { announce, leavingMessage, type Visit } from './announce.ts';
import type { CellKind } from './testers.ts';

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
  /** The schema's `unit`: typed after a figure, it is dropped; another unit keeps the text for its message. */
  unit?: string;
}

/** What a cell may ask of its row; the same functions for the row's lifetime. */
export interface CellHandlers {
  /** A keystroke: the row hands the value to the table when typing pauses. */
  type(key: string, value: unknown): void;
  /** Focus left the cell: hand over what waits, and show the cell's errors from now on. */
  leave(key: string): void;
  /** A choice made (select, checkbox): handed over at once. */
  choose(key: string, value: unknown): void;
}

export interface TableCellProps {
  column: TableColumn;
  /** The row's item: a column's suggestions may depend on the row's other cells. */
  row: Readonly<Record<string, unknown>>;
  /** The row's number as shown, 1-based. */
  n: number;
  /** The element id of the cell's editor (table-cells.ts). */
  id: string;
  message: string;
  touched: boolean;
  showAll: boolean;
  enabled: boolean;
  handlers: CellHandlers;
}

const show = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
// A date typed as people write them (1985.6, 2024/5/1) is stored as the picker's form, so the cell can become one.
const valueOf = (column: TableColumn, text: string): unknown =>
  column.kind === 'number' || column.kind === 'integer'
    ? parseNumberInput(text, column.unit)
    : text === ''
      ? undefined
      : column.kind === 'date' || column.kind === 'month'
        ? tidyDateText(text, column.kind)
        : text;
/** Native pickers blank out text they cannot read; such text is shown in a plain box so it can be corrected. */
const NATIVE_FORMAT: Partial<Record<CellKind, RegExp>> = { date: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/ };

function TableCellView({ column, row, n, id, message, touched, showAll, enabled, handlers }: TableCellProps) {
  const { key, kind, options } = column;
  // The text being typed, shown until the cell is left; then the stored value ("1,200" becomes 1200,
  // so the user sees what was understood).
  const [draft, setDraft] = useState<string | undefined>(undefined);
  // The date or month picker shows what is no date (BAD_DATE): said instead of "请填写".
  const [bad, setBad] = useState(false);
  const stored = row[key];
  const text = draft ?? show(stored);
  const said = bad && text === '' ? (kind === 'month' ? BAD_MONTH : BAD_DATE) : message;
  const shown = shouldShowError(said, touched, stored, showAll);
  const errorId = `${id}-error`;
  // The message said once on leaving the cell, as at a field (announce.ts): tabbing across a new row
  // had each required cell's "请填写" cut into the next cell's name as an alert.
  const now = useRef({ shown: '', value: stored });
  now.current.shown = shown ? said : '';
  now.current.value = stored;
  const visit = useRef<(Visit & { edited: boolean }) | null>(null);
  const within = (e: FocusEvent<HTMLElement>) => e.currentTarget.contains(e.relatedTarget as Node | null);
  const enter = (e: FocusEvent<HTMLElement>) => {
    if (!within(e)) visit.current = { shown: now.current.shown, value: now.current.value, edited: false };
  };
  const edit = () => {
    if (visit.current) visit.current.edited = true;
  };
  const depart = (e: FocusEvent<HTMLElement>) => {
    const v = visit.current;
    if (within(e) || !v) return;
    visit.current = null;
    // After the render that takes the cell's text and checks the row (see Field).
    setTimeout(() => {
      const message = leavingMessage(v, now.current.shown, now.current.value, v.edited);
      if (message) announce(`${column.title}（第${n}行）：${message}`);
    }, 0);
  };
  const suggestions = suggestionsFor(column.suggest, row);
  const typeText = (value: string) => {
    setDraft(value);
    handlers.type(key, valueOf(column, value));
  };
  const leave = () => {
    handlers.leave(key);
    setDraft(undefined);
  };
  const common = {
    id,
    'aria-label': `${column.title}（第${n}行）`,
    'aria-invalid': shown || undefined,
    'aria-describedby': shown ? errorId : undefined,
    'aria-required': column.required || undefined,
    onBlur: leave,
  };
  let editor: ReactNode;
  if (kind === 'enum' || kind === 'boolean') {
    const at = options.findIndex((o) => o.value === stored);
    editor = (
      <select {...common} disabled={!enabled} value={at < 0 ? (stored === undefined ? '' : 'other') : String(at)} onChange={(e) => handlers.choose(key, e.target.value === '' ? undefined : options[Number(e.target.value)]?.value)}>
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
      handlers.choose(key, next.length ? next : undefined);
    };
    editor = (
      <details
        className="cell-choices"
        onToggle={(e) => fitOpenChoices(e.currentTarget as HTMLDetailsElement)}
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
        {/* A press on a choice keeps focus where it is. Moved to the page, focus would leave the list, which
            closed then, under the press: Chromium's tab crashed on it, and the choice was never made. */}
        <div role="group" aria-label={common['aria-label']} aria-invalid={common['aria-invalid']} onMouseDown={(e) => e.preventDefault()}>
          {options.map((o, k) => (
            <label className="choice" key={k}>
              <input type="checkbox" checked={picked.includes(o.value)} disabled={!enabled} onChange={(e) => toggle(o.value, e.target.checked)} onBlur={leave} />
              {o.label}
            </label>
          ))}
        </div>
      </details>
    );
  } else if (kind === 'textarea') {
    // Text is read-only rather than disabled in a read-only form: reachable by Tab, and it can be copied.
    editor = <textarea {...common} readOnly={!enabled} rows={1} value={text} onChange={(e) => typeText(e.target.value)} />;
  } else {
    const format = NATIVE_FORMAT[kind];
    const native = format !== undefined && (text === '' || format.test(text));
    editor = (
      <input
        {...common}
        readOnly={!enabled}
        type={native ? (kind === 'month' ? 'month' : 'date') : 'text'}
        inputMode={kind === 'integer' ? 'numeric' : kind === 'number' ? 'decimal' : undefined}
        placeholder={kind === 'month' ? '如 1985-06' : undefined}
        autoComplete="off"
        list={suggestions.length ? `${id}-list` : undefined}
        value={text}
        onChange={(e) => {
          setBad(!!e.target.validity?.badInput);
          typeText(e.target.value);
        }}
      />
    );
  }
  return (
    <td role="cell" className={`cell-${kind}${shown ? ' has-error' : ''}`} onFocus={enter} onBlur={depart} onInput={edit}>
      {editor}
      {suggestions.length > 0 && (
        <datalist id={`${id}-list`}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
      {shown && (
        <p className="error" id={errorId}>
          {said}
        </p>
      )}
    </td>
  );
}

export const TableCell = memo(TableCellView);
