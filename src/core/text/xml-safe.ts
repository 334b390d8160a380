/**
 * Removes what XML 1.0 cannot carry: C0 controls other than tab, LF and CR,
 * lone surrogates and the non-characters U+FFFE/U+FFFF. A single such
 * character pasted from another program would otherwise make Word refuse
 * the whole document.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  // Windows line ends become one break, not two.
  return text.replace(/\r\n?/g, '\n').replace(FORBIDDEN, '');
}
