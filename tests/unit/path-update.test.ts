/**
 * The browser build gives JSON Forms our setPath/unsetPath in place of lodash/fp's set/unset
 * (src/integrations/light-lodash.ts): here they give lodash/fp's results, share what lodash/fp
 * shares, and never change their input.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setPath, unsetPath } from '../../src/core/util/path-update.ts';

const require = createRequire(import.meta.url);
const fpSet = require('lodash/fp/set') as (path: string, value: unknown, object: unknown) => unknown;
const fpUnset = require('lodash/fp/unset') as (path: string, object: unknown) => unknown;

const data = () => ({ company: { name: '甲', staff: [{ name: 'a' }, { name: 'b', duty: 'x' }] }, list: [1, 2], n: 3, nil: null, text: 'abc' });

const CASES: [string, unknown][] = [
  ['company.name', '乙'],
  ['company.staff.1.duty', 'y'],
  ['company.staff.5.name', 'z'],
  ['company.staff', []],
  ['fresh.a.b', 1],
  ['fresh.0.b', 1],
  ['fresh.a.0', 1],
  ['list.3', 4],
  ['nil.0', 1],
  ['company.staff[1].name', 'q'],
  ['top', { deep: [1] }],
];

describe.each(CASES)('setPath(%j)', (path, value) => {
  it("gives lodash/fp's result and leaves its input alone", () => {
    const input = data();
    const before = structuredClone(input);
    expect(setPath(path, value, input)).toEqual(fpSet(path, value, data()));
    expect(input).toEqual(before);
  });
});

describe.each(CASES.map(([p]) => [p]))('unsetPath(%j)', (path) => {
  it("gives lodash/fp's result and leaves its input alone", () => {
    const input = data();
    const before = structuredClone(input);
    expect(unsetPath(path, input)).toEqual(fpUnset(path, data()));
    expect(input).toEqual(before);
  });
});

describe('a number or text where the path needs an object', () => {
  // lodash/fp boxes it (`Number {x: 1}`), which no answer file could hold; a JSON Forms path never
  // crosses one in a repaired dossier. We put a plain container in its place.
  it.each([
    ['n.x', { x: 1 }],
    ['text.0', [1]],
  ])('%s is replaced by a container', (path, expected) => {
    const key = path.split('.')[0]!;
    expect((setPath(path, 1, data()) as Record<string, unknown>)[key]).toEqual(expected);
    expect((unsetPath(path, data()) as Record<string, unknown>)[key]).toBe(data()[key as 'n']);
  });
});

describe('sharing', () => {
  it('copies only the objects on the path: a table keeps its other rows', () => {
    const input = data();
    const out = setPath('company.staff.1.duty', 'y', input);
    expect(out).not.toBe(input);
    expect(out.company).not.toBe(input.company);
    expect(out.company.staff).not.toBe(input.company.staff);
    expect(out.company.staff[0]).toBe(input.company.staff[0]);
    expect(out.list).toBe(input.list);
  });
});

/** A number, text or boolean where the path goes on (see above). */
function primitiveOnPath(o: unknown, keys: string[]): boolean {
  let node = o;
  for (const k of keys.slice(0, -1)) {
    if (node === null || node === undefined) return false;
    if (typeof node !== 'object') return true;
    node = (node as Record<string, unknown>)[k];
  }
  return node !== null && node !== undefined && typeof node !== 'object';
}

describe('any path of keys and indices', () => {
  const key = fc.oneof(fc.constantFrom('a', 'b', 'staff', 'name'), fc.nat(4).map(String));
  const path = fc.array(key, { minLength: 1, maxLength: 4 }).map((k) => k.join('.'));
  const json = fc.jsonValue({ maxDepth: 3 });
  const object = fc.dictionary(fc.constantFrom('a', 'b', 'staff', '0', '1'), json, { maxKeys: 4 });
  it('sets and unsets as lodash/fp does', () => {
    fc.assert(
      fc.property(path, json, object, (p, value, o) => {
        fc.pre(!primitiveOnPath(o, p.split('.')));
        expect(setPath(p, value, structuredClone(o))).toEqual(fpSet(p, value, structuredClone(o)));
        expect(unsetPath(p, structuredClone(o))).toEqual(fpUnset(p, structuredClone(o)));
      }),
      { numRuns: 500, seed: 20261128 },
    );
  });
});
