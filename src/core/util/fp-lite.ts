/**
 * The seven lodash/fp functions JSON Forms calls in the browser, each as JSON Forms calls it. The
 * core sets and unsets data by path (path-update.ts); the vanilla table renderer builds its header
 * with `flow(keys, filter(p), map(f))` and `startCase` for an untitled column. Importing them from
 * lodash/fp brings its whole currying layer (about 20 KB gzip, a fifth of a form page's budget
 * before the first input), so the browser build resolves `lodash/fp/<name>` here instead
 * (src/integrations/light-lodash.ts). A unit test holds each to lodash/fp's results.
 */
export { setPath as set, unsetPath as unset } from './path-update.ts';

type Fn = (value: never) => unknown;

interface Curried2<A, B, R> {
  (a: A): (b: B) => R;
  (a: A, b: B): R;
}

/** fp style: `filter(pred)(list)` or `filter(pred, list)`; the iteratee gets the value only. */
function curried2<A, B, R>(impl: (a: A, b: B) => R): Curried2<A, B, R> {
  return ((a: A, ...rest: [B?]) => (rest.length ? impl(a, rest[0] as B) : (b: B) => impl(a, b))) as Curried2<A, B, R>;
}

const values = (collection: unknown): unknown[] =>
  Array.isArray(collection) ? collection : collection && typeof collection === 'object' ? Object.values(collection) : [];

export const filter = curried2((pred: (v: unknown) => unknown, collection: unknown) => values(collection).filter((v) => pred(v)));
export const map = curried2((fn: (v: unknown) => unknown, collection: unknown) => values(collection).map((v) => fn(v)));
export const keys = (object: unknown): string[] => (object && typeof object === 'object' ? Object.keys(object) : []);
export const flow =
  (...fns: Fn[]) =>
  (value: unknown): unknown =>
    fns.reduce<unknown>((acc, f) => f(acc as never), value);

/** "companyName" / "company_name" / "company-name" → "Company Name", as lodash's startCase does for identifiers. */
export function startCase(text: unknown): string {
  const words = String(text ?? '').match(/[A-Z]{2,}(?=[A-Z][a-z]|\d|\b|_)|[A-Z]?[a-z]+|[A-Z]+|\d+|[^\x00-\x7f]+/g) ?? [];
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}
