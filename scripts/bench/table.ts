/** The one Markdown table `npm run bench` prints: rows of figures, each for zjtx and stock JSON Forms. */
import type { Spread } from './stats.ts';

export type Unit = 'bytes' | 'ms' | 'count';
/** A measured spread, a failure with its reason, or null where the figure does not apply ("—"). */
export type Cell = Spread | { error: string } | null;

export interface Budget {
  text: string;
  ok: (value: number) => boolean;
}

export interface Row {
  figure: string;
  unit: Unit;
  zjtx: Cell;
  stock: Cell;
  budget?: Budget;
}

const isSpread = (c: Cell): c is Spread => c !== null && 'median' in c;

export function formatValue(v: number, unit: Unit): string {
  if (unit === 'count') return String(Math.round(v));
  if (unit === 'bytes') return v < 1024 ? `${Math.round(v)} B` : `${(v / 1024).toFixed(1)} KB`;
  if (v >= 100) return `${Math.round(v)} ms`;
  if (v >= 10) return `${v.toFixed(1)} ms`;
  return `${v.toFixed(2)} ms`;
}

const over = (v: number, budget?: Budget) => (budget && !budget.ok(v) ? ' ✗' : '');

/** Cell text must not break the Markdown row: no pipes, no newlines, and short. */
const clean = (s: string) => {
  const one = s.replace(/\s+/g, ' ').replace(/\|/g, '/').trim();
  return one.length > 90 ? `${one.slice(0, 87)}…` : one;
};

function values(cell: Cell, unit: Unit, budget?: Budget): [string, string] {
  if (cell === null) return ['—', '—'];
  if (!isSpread(cell)) return [`失败：${clean(cell.error)}`, '—'];
  return [formatValue(cell.median, unit) + over(cell.median, budget), formatValue(cell.worst, unit) + over(cell.worst, budget)];
}

function ratio(row: Row): string {
  // A count of lost characters is read as it is; a ratio of zero to a few says nothing more.
  if (!isSpread(row.zjtx) || !isSpread(row.stock) || row.unit === 'count') return '—';
  const z = row.zjtx.median;
  const s = row.stock.median;
  if (z === 0) return s === 0 ? '1.0×' : '∞';
  return `${(s / z).toFixed(1)}×`;
}

function verdict(row: Row): string {
  if (!row.budget || !isSpread(row.zjtx)) return '—';
  const { median, worst } = row.zjtx;
  if (!row.budget.ok(median)) return '✗';
  return row.budget.ok(worst) ? '✓' : '✓ median, ✗ worst';
}

export function renderTable(rows: readonly Row[]): string {
  const head = '| figure | zjtx median | zjtx worst | stock median | stock worst | ratio (stock/zjtx) | budget | within budget |';
  const rule = '|---|---|---|---|---|---|---|---|';
  const lines = rows.map((row) => {
    const [zm, zw] = values(row.zjtx, row.unit, row.budget);
    const [sm, sw] = values(row.stock, row.unit, row.budget);
    return `| ${row.figure} | ${zm} | ${zw} | ${sm} | ${sw} | ${ratio(row)} | ${row.budget?.text ?? '—'} | ${verdict(row)} |`;
  });
  return [head, rule, ...lines].join('\n');
}

/** Runs one measurement; a failure becomes its cell's reason instead of ending the whole table. */
export async function measure(what: string, fn: () => Promise<Spread>): Promise<Cell> {
  const started = Date.now();
  try {
    const result = await fn();
    process.stderr.write(`  ✓ ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    process.stderr.write(`  ✗ ${what}: ${message}\n`);
    return { error: message };
  }
}
