/**
 * lodash's `merge` for what JSON Forms merges: its configuration with the defaults (once per form),
 * and a control's UI options with that configuration. Plain objects and arrays are merged
 * recursively into the first argument; anything else is assigned; a source's `undefined` is
 * skipped where the target has the key. The browser build uses this in place of lodash/merge
 * (light-lodash.ts), whose general machinery (buffers, typed arrays, cycles) was a fiftieth of a
 * second of a slow phone's first form; a unit test holds it to lodash's results.
 */
const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype;
};

function mergeValue(target: unknown, source: unknown): unknown {
  if (Array.isArray(source)) {
    const into = Array.isArray(target) ? target : [];
    source.forEach((v, i) => {
      // lodash leaves an array's holes and undefined entries alone where the target has a value.
      if (v === undefined && i in into) return;
      into[i] = mergeValue(into[i], v);
    });
    return into;
  }
  if (isPlain(source)) {
    // As lodash: an object already there (an array too) takes the keys; anything else is replaced.
    const into = (typeof target === 'object' && target !== null ? target : {}) as Record<string, unknown>;
    for (const key of Object.keys(source)) {
      const v = source[key];
      if (v === undefined && key in into) continue;
      into[key] = mergeValue(into[key], v);
    }
    return into;
  }
  return source;
}

export default function merge<T extends object>(target: T, ...sources: unknown[]): T {
  for (const source of sources) if (isPlain(source) || Array.isArray(source)) mergeValue(target, source);
  return target;
}
