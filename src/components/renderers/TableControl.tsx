/**
 * A list of flat records (staff, served enterprises) as one editable table.
 * Lists run to 200 rows, so the table commits whole arrays itself (rows it
 * does not touch keep their identity) and each row re-renders only when its
 * own item, errors or position change; see TableRow.
 */
import { withJsonFormsArrayControlProps, useJsonForms } from '@jsonforms/react';
import { Resolve, type ArrayControlProps, type ControlElement, type DispatchPropsOfControl } from '@jsonforms/core';
import type { ErrorObject } from 'ajv';
import { useContext, useEffect, useMemo, useRef, useState, type ClipboardEvent, type ComponentType, type CSSProperties, type ReactNode } from 'react';
import { parseTsv, pasteSummary, rowsFromTsv, type TsvColumn } from '../../core/text/tsv.ts';
import { translateError } from '../../core/validate/translate.ts';
import { REVEAL_PATH, ShowAllErrorsContext, shouldShowError } from './field-state.ts';
import { TableRow, type ChoiceOption, type RowApi, type RowErrors, type TableColumn } from './TableRow.tsx';
import { actionId, cellId, rowOfPath, type RowAction } from './table-cells.ts';
import { tableGrid } from './table-grid.ts';
import { cellKind } from './testers.ts';
import { useRowWindow } from './use-row-window.ts';

type Node = { [k: string]: unknown };
const NO_ROWS: readonly unknown[] = [];
/**
 * Past this many rows a table renders only the rows near its view (use-row-window.ts), and lets
 * those off screen skip layout and paint (global.css, `.long`).
 */
export const LONG_TABLE_ROWS = 40;
const NO_ERRORS: RowErrors = Object.freeze({});
const NO_TOUCHED: Readonly<Record<string, boolean>> = Object.freeze({});

function choices(schema: Node | undefined): ChoiceOption[] {
  if (!schema) return [];
  if (Array.isArray(schema.oneOf)) return (schema.oneOf as Node[]).map((o) => ({ value: o.const, label: show(o.title ?? o.const) }));
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => ({ value: v, label: show(v) }));
  return [];
}
const show = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** Columns in schema order, titled as the form prints them. */
/** A row with nothing in it: no key, or only empty text. */
const isBlankRow = (row: unknown): boolean =>
  !row || typeof row !== 'object' || Object.values(row as Record<string, unknown>).every((v) => v === undefined || v === null || v === '');

export function columnsOf(itemSchema: unknown): TableColumn[] {
  const item = (itemSchema ?? {}) as Node;
  const props = (item.properties ?? {}) as Record<string, Node>;
  const required = Array.isArray(item.required) ? (item.required as string[]) : [];
  return Object.entries(props).map(([key, sub]) => {
    const kind = cellKind(sub) ?? 'text';
    const options = kind === 'boolean' ? [{ value: true, label: '是' }, { value: false, label: '否' }] : choices(kind === 'enumList' ? (sub.items as Node) : sub);
    const suggest = typeof sub.suggest === 'string' ? sub.suggest : undefined;
    const unit = typeof sub.unit === 'string' ? sub.unit : undefined;
    return { key, title: typeof sub.title === 'string' ? sub.title : key, kind, required: required.includes(key), options, ...(suggest ? { suggest } : {}), ...(unit ? { unit } : {}) };
  });
}

function tsvColumn(c: TableColumn): TsvColumn {
  const type = c.kind === 'text' || c.kind === 'textarea' ? 'string' : c.kind;
  const labels = Object.fromEntries(c.options.filter((o) => typeof o.value === 'string').map((o) => [o.label, o.value as string]));
  return { key: c.key, title: c.title, type, options: c.options.map((o) => show(o.value)), labels, singleLine: c.kind === 'text', ...(c.unit ? { unit: c.unit } : {}) };
}

/** The form's own ajv errors for the rows, in our words, as `row index → column key → message` (the first per cell). */
function errorsByRow(errors: readonly ErrorObject[], path: string, root: Node): Map<number, Record<string, string>> {
  const pointer = `/${path.replace(/\./g, '/')}/`;
  const out = new Map<number, Record<string, string>>();
  for (const e of errors) {
    // `required` points at the row itself (`/staff/3`), the other keywords at the cell.
    if (!e.instancePath.startsWith(pointer)) continue;
    const fe = translateError(e, root);
    if (!fe || !fe.path.startsWith(`${path}.`)) continue;
    const [at, key = ''] = fe.path.slice(path.length + 1).split('.');
    const index = Number(at);
    if (!Number.isInteger(index)) continue;
    const row = out.get(index) ?? {};
    if (!(key in row)) row[key] = fe.message;
    out.set(index, row);
  }
  return out;
}

/** The rendered rows in order, each run of rows left out replaced by one spacer as tall as they would be. */
function withSpacers(shown: readonly number[], count: number, rowHeight: number, row: (index: number) => ReactNode): ReactNode[] {
  const out: ReactNode[] = [];
  let next = 0;
  const gap = (to: number) => {
    if (to > next) out.push(<tr key={`gap-${next}`} aria-hidden="true" className="table-spacer" style={{ height: `${(to - next) * rowHeight}px` }} />);
  };
  for (const i of shown) {
    gap(i);
    out.push(row(i));
    next = i + 1;
  }
  gap(count);
  return out;
}

const sameErrors = (a: RowErrors, b: RowErrors): boolean => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};

export function TableControl(props: ArrayControlProps & DispatchPropsOfControl) {
  const { data, path, schema, rootSchema, handleChange, label, description, errors, visible, enabled, required } = props;
  const { core } = useJsonForms();
  const showAll = useContext(ShowAllErrorsContext);
  const rows = Array.isArray(data) ? (data as unknown[]) : NO_ROWS;
  const columns = useMemo(() => columnsOf(schema), [schema]);
  // The rows' shared columns, set once on the table as custom properties (see table-grid.ts).
  const gridStyle = useMemo(() => {
    const grid = tableGrid(columns.map((c) => c.kind));
    return { '--data-table-columns': grid.columns, '--data-table-width': grid.width } as CSSProperties;
  }, [columns]);
  const idPrefix = `field-${path.replace(/\./g, '-')}`;
  const [status, setStatus] = useState('');
  const [pasteText, setPasteText] = useState('');

  // Per-row messages; a row whose messages did not change gets the same object back, so its memo holds.
  const previous = useRef<RowErrors[]>([]);
  const rowErrors = useMemo(() => {
    const all = core?.validationMode === 'ValidateAndHide' ? (core.additionalErrors ?? []) : [...(core?.errors ?? []), ...(core?.additionalErrors ?? [])];
    const grouped = errorsByRow(all, path, rootSchema as Node);
    const next = rows.map((_, i): RowErrors => {
      const mine = grouped.get(i);
      if (!mine) return NO_ERRORS;
      const before = previous.current[i];
      return before && sameErrors(before, mine) ? before : mine;
    });
    previous.current = next;
    return next;
  }, [core?.errors, core?.additionalErrors, core?.validationMode, path, rootSchema, rows]);

  // Rows call back through one stable object; it reads the current data from here.
  // The array's own limit (maxItems): a paste never adds more rows than the form accepts.
  const maxRows = useMemo(() => {
    const arraySchema = Resolve.schema(rootSchema, (props.uischema as ControlElement).scope, rootSchema);
    return typeof arraySchema?.maxItems === 'number' ? arraySchema.maxItems : 1000;
  }, [rootSchema, props.uischema]);
  const latest = useRef({ rows, path, handleChange, columns, maxRows });
  latest.current = { rows, path, handleChange, columns, maxRows };
  // A stable key per row, so a row's component (its pending text, what was touched) follows the row
  // when rows above it are deleted or moved. Our own operations keep the keys in step; a change of
  // length from elsewhere (an import) starts the keys afresh.
  const keys = useRef<number[]>([]);
  const nextKey = useRef(0);
  if (keys.current.length !== rows.length) keys.current = rows.map(() => nextKey.current++);
  const focusAfter = useRef<{ index: number; action: RowAction | 'add' } | null>(null);
  const touchedRows = useRef(new Map<number, Readonly<Record<string, boolean>>>());
  const long = rows.length > LONG_TABLE_ROWS;
  const rowWindow = useRowWindow(rows.length, long);
  const addButtonId = `${idPrefix}-add`;

  const api = useMemo<RowApi>(
    () => ({
      commit(index, key, value) {
        const { rows, path, handleChange } = latest.current;
        const row = (rows[index] ?? {}) as Node;
        if (Object.is(row[key], value)) return;
        handleChange(`${path}.${index}.${key}`, value);
        // A paste in the same event (a cell's pending text is committed first) must build on this value.
        const { [key]: _old, ...rest } = row;
        const next = [...rows];
        next[index] = value === undefined ? rest : { ...rest, [key]: value };
        latest.current = { ...latest.current, rows: next };
      },
      act(action, index) {
        const { rows, path, handleChange } = latest.current;
        // Whole arrays built here: the rows that stay put keep their objects (JSON Forms' own add/remove deep-copies every row).
        const next = [...rows];
        const k = keys.current;
        if (action === 'remove') {
          next.splice(index, 1);
          k.splice(index, 1);
        } else {
          const to = action === 'up' ? index - 1 : index + 1;
          if (to < 0 || to >= next.length) return;
          [next[index], next[to]] = [next[to], next[index]];
          [k[index], k[to]] = [k[to]!, k[index]!];
        }
        handleChange(path, next);
        latest.current = { ...latest.current, rows: next };
        focusAfter.current =
          action === 'remove' ? { index: Math.min(index, next.length - 1), action } : { index: action === 'up' ? index - 1 : index + 1, action };
        setStatus(action === 'remove' ? `已删除第${index + 1}行。` : `已将第${index + 1}行移到第${focusAfter.current.index + 1}行。`);
      },
      touched: (rowKey) => touchedRows.current.get(rowKey) ?? NO_TOUCHED,
      touch(rowKey, key) {
        const before = touchedRows.current.get(rowKey) ?? NO_TOUCHED;
        if (!before[key]) touchedRows.current.set(rowKey, { ...before, [key]: true });
      },
      paste(text) {
        const { rows, path, handleChange, columns, maxRows } = latest.current;
        const { rows: parsed, notes } = rowsFromTsv(parseTsv(text), columns.map(tsvColumn));
        // Blank rows at the end (one just added to paste into) are filled, not left above the paste.
        let kept = rows.length;
        while (kept > 0 && isBlankRow(rows[kept - 1])) kept--;
        const room = Math.max(0, maxRows - kept);
        const added = parsed.slice(0, room);
        if (added.length > 0) {
          const next = [...rows.slice(0, kept), ...added];
          keys.current.splice(kept);
          keys.current.push(...added.map(() => nextKey.current++));
          handleChange(path, next);
          latest.current = { ...latest.current, rows: next };
        }
        setStatus(pasteSummary(parsed.length, added.length, maxRows, notes));
      },
    }),
    [],
  );

  // Focus follows the row the user acted on, once the new data has rendered.
  useEffect(() => {
    const want = focusAfter.current;
    if (!want) return;
    focusAfter.current = null;
    const { index, action } = want;
    const ids =
      action === 'add'
        ? [cellId(idPrefix, index, columns[0]?.key ?? ''), actionId(idPrefix, index, 'remove')]
        : action === 'remove'
          ? [actionId(idPrefix, index, 'remove'), addButtonId]
          : // A row moved to the top or bottom has that button disabled: the other move button takes focus.
            [actionId(idPrefix, index, action), actionId(idPrefix, index, action === 'up' ? 'down' : 'up'), actionId(idPrefix, index, 'remove')];
    for (const id of ids) {
      const el = document.getElementById(id) as HTMLElement & { disabled?: boolean } | null;
      if (el && !el.disabled) {
        el.focus();
        break;
      }
    }
  });

  // The page wants a field of a row not rendered (an entry of 检查与下载): render that row.
  const { reveal } = rowWindow;
  useEffect(() => {
    const onReveal = (e: Event) => {
      const row = rowOfPath(path, String((e as CustomEvent<unknown>).detail));
      if (row !== undefined) reveal(row);
    };
    document.addEventListener(REVEAL_PATH, onReveal);
    return () => document.removeEventListener(REVEAL_PATH, onReveal);
  }, [reveal, path]);

  if (!visible) return null;

  const addRow = () => {
    focusAfter.current = { index: rows.length, action: 'add' };
    rowWindow.reveal(rows.length);
    keys.current.push(nextKey.current++);
    handleChange(path, [...rows, {}]);
    setStatus(`已添加第${rows.length + 1}行。`);
  };
  const onPasteBox = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (text.trim() === '') return;
    e.preventDefault();
    api.paste(text);
  };
  const addFromBox = async () => {
    if (pasteText.trim() !== '') {
      api.paste(pasteText);
      setPasteText('');
      return;
    }
    // The box holds something, only blanks: the clipboard is not what the user meant.
    if (pasteText !== '') {
      setStatus('上面的框里只有空格或空行：请把从表格软件复制的行粘贴进去。');
      return;
    }
    try {
      const text = (await navigator.clipboard?.readText()) ?? '';
      if (text.trim() === '') setStatus('剪贴板里没有表格内容：请先在表格软件中复制若干行。');
      else api.paste(text);
    } catch {
      setStatus('浏览器未允许读取剪贴板：请把复制的行粘贴到上面的框里。');
    }
  };

  const labelId = `${idPrefix}-label`;
  const helpId = `${idPrefix}-help`;
  const errorId = `${idPrefix}-error`;
  const message = errors.split('\n').map((m) => m.trim()).filter(Boolean).join(' ');
  const showError = shouldShowError(message, false, rows.length ? rows : undefined, showAll);
  return (
    <div className={`field table-field${showError ? ' has-error' : ''}`} id={idPrefix} data-path={path}>
      {/* Focusable, so a keyboard alone can scroll a table wider than the page (an empty one has no cell to Tab into). */}
      <div className="table-scroll data-table-scroll" role="region" aria-labelledby={labelId} tabIndex={0} ref={rowWindow.scrollerRef} onScroll={rowWindow.onScroll}>
        {/* The help sits in the caption, under the label, so it reads in the order Field uses; the name stays the label alone. */}
        {/* Laid out as grid rows on screen (global.css), which drops the native table semantics in some
            browsers: the explicit roles keep it a table for screen readers. */}
        <table
          className={long ? 'data-table long' : 'data-table'}
          role="table"
          // Rows outside the window are not in the page: the count and each row's place say where a row stands.
          aria-rowcount={rows.length + 1}
          style={gridStyle}
          aria-labelledby={labelId}
          aria-describedby={[description ? helpId : '', showError ? errorId : ''].filter(Boolean).join(' ') || undefined}
        >
          <caption>
            <span className="caption-text">
              <span className={required ? 'label is-required' : 'label'} id={labelId}>
                {label}
              </span>
              {description && (
                <span className="help" id={helpId}>
                  {description}
                </span>
              )}
            </span>
          </caption>
          <thead role="rowgroup">
            <tr role="row" aria-rowindex={1}>
              <th scope="col" role="columnheader" className="row-number">
                序号
              </th>
              {columns.map((c) => (
                <th scope="col" role="columnheader" key={c.key} className={`cell-${c.kind}`}>
                  <span className={c.required ? 'is-required' : undefined}>{c.title}</span>
                </th>
              ))}
              <th scope="col" role="columnheader" className="row-actions">
                操作
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup" ref={rowWindow.bodyRef} onFocus={rowWindow.onFocus} onBlur={rowWindow.onBlur}>
            {withSpacers(rowWindow.rows, rows.length, rowWindow.rowHeight, (i) => (
              <TableRow
                key={keys.current[i] ?? `i${i}`}
                index={i}
                rowKey={keys.current[i] ?? -1 - i}
                row={rows[i]}
                columns={columns}
                errors={rowErrors[i] ?? NO_ERRORS}
                isFirst={i === 0}
                isLast={i === rows.length - 1}
                enabled={enabled}
                idPrefix={idPrefix}
                api={api}
              />
            ))}
            {rows.length === 0 && (
              <tr role="row">
                <td role="cell" colSpan={columns.length + 2} className="table-empty">
                  还没有内容：点击“添加一行”，或把表格粘贴到下面的框里。
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <p className="table-count">共 {rows.length} 行</p>
      <p className="error" id={errorId} role="status" aria-live="polite">
        {showError ? message : ''}
      </p>
      <div className="table-tools">
        <button type="button" id={addButtonId} disabled={!enabled} onClick={addRow}>
          添加一行
        </button>
      </div>
      <div className="table-paste">
        <p className="help">
          在表格软件中选中若干行（可连同标题行）复制，粘贴到下面的框里，即按列顺序添加到末尾。列的顺序：{columns.map((c) => c.title).join('、')}。
        </p>
        <textarea aria-label="粘贴表格" rows={2} value={pasteText} disabled={!enabled} onPaste={onPasteBox} onChange={(e) => setPasteText(e.target.value)} />
        <button type="button" disabled={!enabled} onClick={() => void addFromBox()}>
          从剪贴板粘贴的表格添加
        </button>
      </div>
      <p className="table-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

// The wrapper passes the plain control dispatchers (handleChange) as well; its type only names the array ones.
export default withJsonFormsArrayControlProps(TableControl as ComponentType<ArrayControlProps>);
