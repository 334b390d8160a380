/**
 * Counts characters the way a person reads them: one per user-perceived
 * character (grapheme cluster). "不超过500字" must accept 500 汉字, 500 emoji
 * or 500 rare characters outside the BMP, which UTF-16 `length` would not.
 */

const segmenter: Intl.Segmenter | null =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'grapheme' }) : null;

/**
 * Counts up to `max` and stops: a pasted novel must not freeze each keystroke.
 * Returns `max + 1` when the text is longer than `max` characters.
 */
export function countCharsUpTo(text: string, max: number): number {
  if (!segmenter) return Math.min(Array.from(text).length, max + 1);
  let n = 0;
  for (const _ of segmenter.segment(text)) if (++n > max) break;
  return n;
}

export function countChars(text: string): number {
  if (!segmenter) return Array.from(text).length;
  let n = 0;
  // Iterating is cheaper than materialising an array for 500-character texts on every keystroke.
  for (const _ of segmenter.segment(text)) n++;
  return n;
}
