/** Summaries of repeated measurements: the table reports the typical run (median) and the worst. */

export const median = (xs: readonly number[]): number => {
  if (!xs.length) throw new Error('没有测量值');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Nearest-rank percentile: p98 of 50 keystrokes is the 49th slowest, a value that really occurred. */
export const percentile = (xs: readonly number[], p: number): number => {
  if (!xs.length) throw new Error('没有测量值');
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};

export interface Spread {
  median: number;
  worst: number;
}

/** Larger is worse for every figure in the table (bytes, milliseconds). */
export const spread = (xs: readonly number[]): Spread => ({ median: median(xs), worst: Math.max(...xs) });
