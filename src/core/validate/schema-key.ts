/**
 * A schema's name among the precompiled validators: a hash of its content,
 * written with keys sorted, so the same schema built again (a resolved annex,
 * a SHOW rule's condition) finds its validator whatever object holds it.
 */

/** JSON with object keys sorted; `undefined` members left out as JSON.stringify does. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableStringify(v))).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** cyrb53: a 53-bit string hash, enough to tell a few dozen schemas apart (the generator refuses a clash). */
function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const keys = new WeakMap<object, string>();

/** `<hash>-<length>` of the stable JSON text, both in base 36: computed from the content every time. */
export function contentKey(schema: unknown): string {
  const text = stableStringify(schema);
  return `${hash53(text).toString(36)}-${text.length.toString(36)}`;
}

/**
 * contentKey, remembered per object: JSON Forms asks for a SHOW rule's validator on every render of
 * every control it hides, and schemas are never changed once built.
 */
export function schemaKey(schema: unknown): string {
  const known = schema !== null && typeof schema === 'object' ? keys.get(schema) : undefined;
  if (known) return known;
  const key = contentKey(schema);
  if (schema !== null && typeof schema === 'object') keys.set(schema, key);
  return key;
}

/**
 * Gives a schema built at run time the key the build computed for the same content
 * (generated/index.js KEY_OF_RESOLVED): hashing an annex's whole schema was a hundredth of a second
 * of a slow phone's first form. A contract test holds the generated keys to the schemas of today.
 */
export function rememberKey(schema: object, key: string): void {
  keys.set(schema, key);
}
