/**
 * How many lines a text takes in a table cell of a printed form, estimated from character widths:
 * CJK text is set one character to the em in every editor and font, so the estimate holds in
 * Word, WPS and LibreOffice alike. Latin text is proportional; it is counted generously.
 */

/** Ems taken by one character: full-width (CJK, full-width forms) 1, anything narrower 0.6. */
function ems(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (c < 0x1100) return 0.6;
  // Hangul jamo, CJK and its punctuation, kana, full-width forms, CJK extensions and emoji.
  return 1;
}

/** Width of a text in ems. */
export const emWidth = (text: string): number => Array.from(text).reduce((sum, ch) => sum + ems(ch), 0);

/**
 * Lines one paragraph takes in a line of `lineEms` ems, after `indentEms` of first-line indent.
 * Half an em of each line is held back: a line may not start with a closing mark (，。）》),
 * so editors carry a character over, or stop a Latin word short of the edge.
 */
export function paragraphLines(text: string, lineEms: number, indentEms = 0): number {
  const room = Math.floor(lineEms) - 0.5;
  if (room <= 0) return Array.from(text).length || 1;
  return Math.max(1, Math.ceil((emWidth(text) + indentEms) / room));
}

/** Lines of several paragraphs (each starts a line of its own); an empty cell still holds one. */
export const textLines = (paragraphs: readonly string[], lineEms: number, indentEms = 0): number =>
  Math.max(1, paragraphs.reduce((sum, p) => sum + paragraphLines(p, lineEms, indentEms), 0));
