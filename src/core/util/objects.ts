/** Plain-object checks shared by the modules that walk untrusted dossiers. */
export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Valid JSON nested deeper than the parser's stack: a few thousand levels overflow it. No file of
 * ours nests more than about ten, so such a file is refused as too deep, not as broken JSON.
 */
export class JsonTooDeepError extends Error {
  override readonly name = 'JsonTooDeepError';
}

/**
 * JSON.parse for files from outside: a BOM is tolerated and prototype keys are dropped while
 * parsing, so no later merge can be poisoned by them. Throws SyntaxError as JSON.parse does, and
 * JsonTooDeepError where the parser ran out of stack (RangeError in Chromium and Safari,
 * InternalError in Firefox: anything but a SyntaxError).
 */
export function parseUntrustedJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''), (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
  } catch (error) {
    if (error instanceof SyntaxError) throw error;
    throw new JsonTooDeepError(error instanceof Error ? error.message : String(error));
  }
}
