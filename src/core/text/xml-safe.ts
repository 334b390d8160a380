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

/**
 * JSON text that XML 1.0 can carry, meaning the same: each forbidden character (only possible
 * inside a JSON string) becomes its \uXXXX escape. JSON.stringify escapes C0 controls and lone
 * surrogates itself, but not U+FFFE/U+FFFF, which a field may hold and which no XML part may.
 */
export function xmlSafeJson(json: string): string {
  return json.replace(FORBIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
