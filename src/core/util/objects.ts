/** Plain-object checks shared by the modules that walk untrusted dossiers. */
export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse for files from outside: a BOM is tolerated and prototype keys are dropped while
 * parsing, so no later merge can be poisoned by them. Throws SyntaxError as JSON.parse does.
 */
export const parseUntrustedJson = (text: string): unknown =>
  JSON.parse(text.replace(/^\uFEFF/, ''), (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
