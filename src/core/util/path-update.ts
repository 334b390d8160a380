/**
 * Immutable set and unset by a JSON Forms path ("staff.3.name"), exactly as JSON Forms' core calls
 * lodash/fp `set(path, value, object)` and `unset(path, object)`: every object on the path is copied,
 * everything off the path is shared, and a missing step becomes an array when the next key is an
 * index, an object otherwise. The browser build uses these instead of lodash/fp (about 20 KB gzip of
 * currying machinery for two calls; see src/integrations/light-lodash.ts). A test holds them to
 * lodash/fp's results.
 */

const INDEX = /^(?:0|[1-9]\d*)$/;
const isIndex = (key: string): boolean => INDEX.test(key) && Number(key) < Number.MAX_SAFE_INTEGER;
type Container = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** JSON Forms' paths are dot-separated; brackets (`a[0]`) are accepted as lodash accepts them. */
export function pathKeys(path: string | readonly (string | number)[]): string[] {
  if (Array.isArray(path)) return path.map(String);
  const keys: string[] = [];
  for (const part of String(path).split('.')) {
    const re = /([^[\]]+)|\[(?:"([^"]*)"|'([^']*)'|([^\]]*))\]/g;
    let m: RegExpExecArray | null;
    let found = false;
    while ((m = re.exec(part))) {
      found = true;
      keys.push(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
    }
    if (!found) keys.push(part);
  }
  return keys;
}

const copy = (v: Container): Container => (Array.isArray(v) ? [...v] : { ...v });

export function setPath<T>(path: string | readonly (string | number)[], value: unknown, object: T): T {
  const keys = pathKeys(path);
  if (!isContainer(object)) return object;
  const root = copy(object);
  let node: Container = root;
  keys.forEach((key, i) => {
    const rec = node as Record<string, unknown>;
    if (i === keys.length - 1) {
      rec[key] = value;
      return;
    }
    const next = rec[key];
    rec[key] = isContainer(next) ? copy(next) : isIndex(keys[i + 1]!) ? [] : {};
    node = rec[key] as Container;
  });
  return root as T;
}

export function unsetPath<T>(path: string | readonly (string | number)[], object: T): T {
  const keys = pathKeys(path);
  if (!isContainer(object)) return object;
  const root = copy(object);
  let node: Container = root;
  for (let i = 0; i < keys.length - 1; i++) {
    const rec = node as Record<string, unknown>;
    const next = rec[keys[i]!];
    // Nothing further along to remove: the copies made so far are the result, as lodash/fp gives.
    if (!isContainer(next)) return root as T;
    rec[keys[i]!] = copy(next);
    node = rec[keys[i]!] as Container;
  }
  delete (node as Record<string, unknown>)[keys[keys.length - 1]!];
  return root as T;
}
