/**
 * The browser build resolves `lodash/fp/<name>` to src/core/util/fp-lite.ts (light-lodash.ts). Each
 * function gives lodash/fp's result for the calls JSON Forms makes: the core's set/unset
 * (path-update.test.ts) and the vanilla table header's `flow(keys, filter(p), map(f))` and `startCase`.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as lite from '../../src/core/util/fp-lite.ts';

const require = createRequire(import.meta.url);
type Any = (...args: unknown[]) => unknown;
const fp = (name: string) => require(`lodash/fp/${name}`) as Any;

const properties = { name: { type: 'string' }, staff: { type: 'array' }, age: { type: 'integer' }, 'duty-2': { type: 'string' } } as Record<string, { type: string }>;

describe('the vanilla table header: flow(keys, filter(not array), map(title))', () => {
  it('lists the same columns in the same order', () => {
    const header = (f: (n: string) => Any) => (f('flow') as Any)(f('keys'), (f('filter') as Any)((p: string) => properties[p]!.type !== 'array'), (f('map') as Any)((p: string) => `${p}!`));
    const ours = (n: string) => (lite as unknown as Record<string, Any>)[n]!;
    expect((header(ours) as Any)(properties)).toEqual((header(fp) as Any)(properties));
  });

  it.each([[[1, 2, 3]], [{ a: 1, b: 2 }], [[]], [{}]])('filter and map, curried or not, over %j', (collection) => {
    const odd = (v: unknown) => Number(v) % 2 === 1;
    const twice = (v: unknown) => Number(v) * 2;
    expect(lite.filter(odd)(collection)).toEqual((fp('filter')(odd) as Any)(collection));
    expect(lite.filter(odd, collection)).toEqual(fp('filter')(odd, collection));
    expect(lite.map(twice)(collection)).toEqual((fp('map')(twice) as Any)(collection));
    expect(lite.keys(collection)).toEqual(fp('keys')(collection));
  });
});

describe.each(['name', 'companyName', 'company_name', 'company-name', 'staffTotal2020', 'HTMLTitle', 'revenue2019Growth', 'a', ''])('startCase(%j)', (text) => {
  it("is lodash's", () => expect(lite.startCase(text)).toBe(fp('startCase')(text)));
});
