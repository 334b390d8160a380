/**
 * Counts characters the way a person reads them: one per user-perceived
 * character (grapheme cluster). "不超过500字" must accept 500 汉字, 500 emoji
 * or 500 rare characters outside the BMP, which UTF-16 `length` would not.
 */

const segmenter: Intl.Segmenter | null =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'grapheme' }) : null;

export function countChars(text: string): number {
  if (!segmenter) return Array.from(text).length;
  let n = 0;
  // Iterating is cheaper than materialising an array for 500-character texts on every keystroke.
  for (const _ of segmenter.segment(text)) n++;
  return n;
}
