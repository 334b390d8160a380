/**
 * Counts characters the way a person reads them: one per user-perceived
 * character (grapheme cluster). "不超过500字" must accept 500 汉字, 500 emoji
 * or 500 rare characters outside the BMP, which UTF-16 `length` would not.
 * A line break is not a 字: the documents print it as the start of a new
 * paragraph, and a word processor's count leaves it out too.
 */

/**
 * Text made only of characters that are each a grapheme cluster of their own, whatever follows
 * them: ASCII (CR aside: CR LF is one), Latin-1, common punctuation, CJK ideographs and symbols,
 * full-width forms. Anything else (surrogate pairs, combining marks, joiners, variation
 * selectors, other scripts) goes to the segmenter.
 */
const SIMPLE = /^[\t\n\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u3000-\u3029\u3030-\u3098\u309b-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e\uffe0-\uffe6]*$/;

// Made on first need: building one loads the browser's break-iteration data, a fiftieth of a
// second on a slow phone, which the page's first form should not wait for when every field holds
// plain Chinese or none at all.
let segmenter: Intl.Segmenter | null | undefined;
const graphemes = (): Intl.Segmenter | null =>
  segmenter !== undefined ? segmenter : (segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'grapheme' }) : null);

/**
 * Counts up to `max` and stops: a pasted novel must not freeze each keystroke.
 * Returns `max + 1` when the text is longer than `max` characters.
 */
export function countCharsUpTo(text: string, max: number): number {
  if (SIMPLE.test(text)) return Math.min(text.length - lineFeeds(text), max + 1);
  const s = graphemes();
  if (!s) return Math.min(Array.from(text).filter((c) => !isBreak(c)).length, max + 1);
  let n = 0;
  for (const { segment } of s.segment(text)) if (!isBreak(segment) && ++n > max) break;
  return n;
}

export function countChars(text: string): number {
  if (SIMPLE.test(text)) return text.length - lineFeeds(text);
  const s = graphemes();
  if (!s) return Array.from(text).filter((c) => !isBreak(c)).length;
  let n = 0;
  // Iterating is cheaper than materialising an array for 500-character texts on every keystroke.
  for (const { segment } of s.segment(text)) if (!isBreak(segment)) n++;
  return n;
}

/** LF, CR or CR LF: one line break, which counts for nothing. */
const isBreak = (g: string): boolean => g === '\n' || g === '\r' || g === '\r\n';

function lineFeeds(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
