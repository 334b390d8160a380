/**
 * Tables copied from Excel or WPS arrive on the clipboard as tab-separated
 * text. These functions turn that text into rows for a table field: no DOM,
 * no React, so the same rules can be tested and reused anywhere.
 */
import { parseNumberInput } from './number-input.ts';
import { tidyDateText } from '../formats/date-text.ts';

/**
 * Splits clipboard text into rows of cells. A cell that holds a tab, a line
 * break or a quote is written by spreadsheets as `"…"` with inner quotes
 * doubled; such a cell is read back whole. A quote that does not open a
 * properly closed cell (`"好"字号`) is ordinary text, as the user typed it.
 */
export function parseTsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  if (src === '') return rows;
  let row: string[] = [];
  let i = 0;
  for (;;) {
    const quoted = src[i] === '"' ? readQuoted(src, i) : null;
    let cell: string;
    if (quoted) {
      cell = quoted.value;
      i = quoted.end;
    } else {
      let j = i;
      while (j < src.length && src[j] !== '\t' && src[j] !== '\n' && src[j] !== '\r') j++;
      cell = src.slice(i, j);
      i = j;
    }
    row.push(cell);
    if (i >= src.length) {
      rows.push(row);
      break;
    }
    if (src[i] === '\t') {
      i++;
      continue;
    }
    // A line break: `\r\n`, `\n`, or a lone `\r`.
    i += src[i] === '\r' && src[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    // The break that ends the last line does not start another, empty one.
    if (i >= src.length) break;
  }
  return rows;
}

/** A quoted cell starting at `start`, or null when the quotes do not close right before a tab, a line break or the end. */
function readQuoted(src: string, start: number): { value: string; end: number } | null {
  let value = '';
  let i = start + 1;
  while (i < src.length) {
    const q = src.indexOf('"', i);
    if (q < 0) return null;
    value += src.slice(i, q);
    if (src[q + 1] === '"') {
      value += '"';
      i = q + 2;
      continue;
    }
    const next = src[q + 1];
    if (next === undefined || next === '\t' || next === '\n' || next === '\r') {
      return { value: value.replace(/\r\n/g, '\n'), end: q + 1 };
    }
    return null;
  }
  return null;
}

export interface TsvColumn {
  key: string;
  /** `enumList`: several choices in one cell, separated by 、，,；; or line breaks. `boolean`: 是/否. */
  type: 'string' | 'number' | 'integer' | 'enum' | 'enumList' | 'boolean' | 'date' | 'month';
  /** The values a choice column allows. */
  options?: string[];
  /** Shown label → stored value, for choices whose label differs from the value (`01 农业` → `01`). */
  labels?: Record<string, string>;
  title: string;
  /** The field's unit: dropped after a figure; another unit keeps the cell's text for its message. */
  unit?: string;
  /**
   * The column's cells are one-line inputs: a line break Excel kept inside a quoted cell cannot be
   * shown there (the input drops it from view) yet would print, so it becomes a space, said in a note.
   */
  singleLine?: boolean;
}

export interface TsvRows {
  rows: Record<string, unknown>[];
  /** Chinese sentences about what was left out, for the user to read. */
  notes: string[];
}

/** Individual notes about surplus columns beyond this many rows would bury the rest: the others are counted. */
const NOTED_ROWS = 3;

/** `出生年月（YYYY-MM）` and `出生年月` name the same column in a copied header. */
const bareTitle = (t: string): string => t.replace(/\s+/g, '').replace(/(（[^（）]*）|\([^()]*\))+$/, '');

/** A cell names a column by its title or a word of it (`年限` for `服务中小企业从业年限`): people shorten their own headers. */
function names(cell: string, column: TsvColumn | undefined): boolean {
  if (!column) return false;
  const c = bareTitle(cell);
  const t = bareTitle(column.title);
  return c === t || (c.length >= 2 && t.includes(c));
}

/** Two or more cells that all name their columns are a header; one short word (`是`) is more likely data. */
function isHeader(cells: string[], columns: TsvColumn[]): boolean {
  const filled = cells.map((c, i) => [c.trim(), columns[i]] as const).filter(([c]) => c !== '');
  return filled.length >= Math.min(2, columns.length) && filled.every(([c, col]) => names(c, col));
}

/** A choice written short (`本科`, `博士`) taken as a reading of the one choice that contains it, said in a note. */
interface Reading {
  from: string;
  to: string;
}

function choice(text: string, col: TsvColumn, readings: Reading[]): string {
  if (col.options?.includes(text)) return text;
  const labelled = col.labels?.[text];
  if (labelled !== undefined) return labelled;
  // People's own sheets say 本科 for 大学本科: one choice alone containing the text is what they meant.
  // Two (研究生: 博士研究生, 硕士研究生) or a single character are a guess, left for the field's message.
  if (text.length < 2) return text;
  const hits = new Set<string>();
  for (const o of col.options ?? []) if (o.includes(text)) hits.add(o);
  for (const [label, value] of Object.entries(col.labels ?? {})) if (label.includes(text)) hits.add(value);
  if (hits.size !== 1) return text;
  const [to] = hits;
  readings.push({ from: text, to: to! });
  return to!;
}

/** One cell's value, or undefined to leave the key out. What cannot be read stays text, so validation names it. */
function cellValue(raw: string, col: TsvColumn, readings: Reading[]): unknown {
  const text = raw.trim();
  if (text === '') return undefined;
  switch (col.type) {
    case 'number':
    case 'integer':
      return parseNumberInput(text, col.unit);
    case 'date':
    case 'month':
      return tidyDateText(text, col.type);
    case 'enum':
      return choice(text, col, readings);
    case 'enumList': {
      const parts = text.split(/[、，,；;\n]/).map((p) => p.trim()).filter(Boolean);
      return parts.length ? parts.map((p) => choice(p, col, readings)) : undefined;
    }
    case 'boolean':
      if (/^(是|有|√|✓|true|TRUE|True)$/.test(text)) return true;
      if (/^(否|无|×|✗|false|FALSE|False)$/.test(text)) return false;
      return text;
    default:
      return text;
  }
}

/**
 * Maps parsed cells to the columns, in order. A first row that repeats the
 * column titles (copied along with the data) is skipped, also when it starts
 * with a 序号 column, whose numbers are then dropped from every row.
 */
export function rowsFromTsv(grid: string[][], columns: TsvColumn[]): TsvRows {
  const notes: string[] = [];
  const rows: Record<string, unknown>[] = [];
  let start = 0;
  let offset = 0;
  const first = grid[0];
  if (first && isHeader(first, columns)) start = 1;
  else if (first && first[0]?.trim() === '序号' && isHeader(first.slice(1), columns)) {
    start = 1;
    offset = 1;
  }
  let blank = 0;
  const surplus: string[] = [];
  const joined: string[] = [];
  const readings = new Map<string, Reading & { column: string }>();
  for (let r = start; r < grid.length; r++) {
    const cells = grid[r]!.slice(offset);
    if (cells.every((c) => c.trim() === '')) {
      blank++;
      continue;
    }
    const row: Record<string, unknown> = {};
    columns.forEach((col, i) => {
      const read: Reading[] = [];
      let value = cellValue(cells[i] ?? '', col, read);
      for (const x of read) readings.set(`${col.key}\u0000${x.from}`, { ...x, column: col.title });
      if (col.singleLine && col.type === 'string' && typeof value === 'string' && /[\r\n]/.test(value)) {
        value = value.split(/\s*[\r\n]+\s*/).join(' ');
        joined.push(`第${r + 1}行“${col.title}”`);
      }
      if (value !== undefined) row[col.key] = value;
    });
    // Empty cells past the last column are what a wider selection leaves: nothing is lost.
    let extra = cells.length - columns.length;
    while (extra > 0 && cells[columns.length + extra - 1]!.trim() === '') extra--;
    if (extra > 0) surplus.push(`第${r + 1}行多出${extra}列，已忽略。`);
    rows.push(row);
  }
  notes.push(...surplus.slice(0, NOTED_ROWS));
  if (surplus.length > NOTED_ROWS) notes.push(`另有${surplus.length - NOTED_ROWS}行也多出列，已忽略。`);
  if (joined.length > 0) {
    const where = joined.slice(0, NOTED_ROWS).join('、') + (joined.length > NOTED_ROWS ? `等${joined.length}处` : '');
    notes.push(`${where}的单元格内有换行，该栏只能填一行，换行已改为空格。`);
  }
  if (readings.size > 0) {
    const said = [...readings.values()].map((x) => `“${x.column}”的“${x.from}”按“${x.to}”`);
    notes.push(`${said.slice(0, NOTED_ROWS).join('、')}${said.length > NOTED_ROWS ? `等${said.length}种写法` : ''}填入，请核对。`);
  }
  if (blank > 0) notes.push(`跳过${blank}个空行。`);
  // Lines with no tabs but commas or spaces between words were likely meant as columns (text
  // separated by hand, a CSV file): each went whole into the first column. A plain list is not
  // noted, nor a line break inside a quoted cell: that is how spreadsheets copy one cell's lines.
  const data = grid.slice(start).map((cells) => cells.slice(offset)).filter((cells) => cells.some((c) => c.trim() !== ''));
  if (columns.length > 1 && data.length > 0 && data.every((cells) => cells.length <= 1) && data.some(([c]) => /\S[,，;； \u3000]+\S/.test(c!.trim()))) {
    notes.push(`粘贴的内容没有分列，每行都整行放进了“${columns[0]!.title}”：从 Excel 或 WPS 复制的行按列分开；用逗号或空格隔开的文字不会分到各列，请核对。`);
  }
  return { rows, notes };
}

/** The line a paste leaves under the table: what was added, what was not and why. */
export function pasteSummary(parsed: number, added: number, maxRows: number, notes: readonly string[]): string {
  const head =
    added > 0
      ? `已添加${added}行。${parsed > added ? `本表最多${maxRows}行，另有${parsed - added}行超出上限，未添加。` : ''}`
      : parsed > 0
        ? `本表已有${maxRows}行，达到上限，读到的${parsed}行未添加。`
        : '没有读到可添加的行。';
  return [head, ...notes].join('');
}
