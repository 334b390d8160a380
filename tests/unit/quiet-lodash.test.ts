/**
 * The browser build rewrites lodash's `_getRawTag.js` (src/integrations/quiet-lodash.ts): bundled as
 * strict code, its probe threw for every Map, Set or Promise it met. Here the rewritten function runs
 * in strict mode, as in the bundle, and must give lodash's own answers (lodash run as it ships, in
 * sloppy mode) without throwing; its probe must leave every object as it was.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { quietRawTag, RAW_TAG_FILE } from '../../src/integrations/quiet-lodash.ts';

const require = createRequire(import.meta.url);
const FILE = require.resolve('lodash/_getRawTag.js');
const SOURCE = readFileSync(FILE, 'utf8');

type RawTag = (value: object) => string;

/** A CommonJS module's export, its code run in strict mode or not. */
function load(code: string, strict: boolean): RawTag {
  const module = { exports: {} as unknown };
  const body = `${strict ? '"use strict";' : ''}${code}`;
  new Function('module', 'exports', 'require', body)(module, module.exports, createRequire(FILE));
  return module.exports as RawTag;
}

const lodashRawTag = load(SOURCE, false);
const quiet = quietRawTag(SOURCE);
const tag = Symbol.toStringTag;

class Tagged {
  get [Symbol.toStringTag]() {
    return 'Tagged';
  }
}

const cases: [string, () => object][] = [
  ['a Map', () => new Map()],
  ['a Set', () => new Set()],
  ['a Promise', () => Promise.resolve()],
  ['a DataView', () => new DataView(new ArrayBuffer(1))],
  ['a WeakMap', () => new WeakMap()],
  ['an ArrayBuffer', () => new ArrayBuffer(2)],
  ['a typed array', () => new Uint8Array(2)],
  ['an object with its own writable tag', () => ({ [tag]: 'Own' })],
  ['a frozen object with its own tag', () => Object.freeze({ [tag]: 'Frozen' })],
  ['an instance whose tag is a getter', () => new Tagged()],
  ['an object inheriting a writable tag', () => Object.create({ [tag]: 'Inherited' })],
];

describe('quiet-lodash', () => {
  it('finds the probe in the lodash this project installs, and only in _getRawTag.js', () => {
    expect(quiet).not.toBeNull();
    expect(quiet).not.toMatch(/value\[symToStringTag\] = undefined/);
    expect(RAW_TAG_FILE.test(FILE)).toBe(true);
    expect(RAW_TAG_FILE.test(require.resolve('lodash/_baseGetTag.js'))).toBe(false);
  });

  it('reports a changed lodash instead of guessing', () => {
    expect(quietRawTag(SOURCE.replace('var unmasked = true;', 'var unmasked = 1;'))).toBeNull();
    expect(quietRawTag('module.exports = function () {};')).toBeNull();
  });

  it('is needed: lodash as shipped throws inside its probe when run as strict code', () => {
    // The original, made strict: its try block throws for a Map (the catch hides it, so watch the assignment).
    const strictProbe = () => {
      'use strict';
      const map = new Map() as unknown as Record<symbol, unknown>;
      map[tag] = undefined;
    };
    expect(strictProbe).toThrow(TypeError);
  });

  describe.each(cases)('%s', (_what, make) => {
    it('gets lodash’s tag, strict, and leaves the object as it was', () => {
      const rawTag = load(quiet!, true);
      const value = make();
      const before = Object.getOwnPropertyDescriptor(value, tag);
      const reflected = Reflect.set;
      let attempts = 0;
      Reflect.set = (...args: Parameters<typeof Reflect.set>) => (attempts++, reflected(...args));
      try {
        expect(rawTag(value)).toBe(lodashRawTag(make()));
      } finally {
        Reflect.set = reflected;
      }
      expect(attempts).toBe(1);
      expect(Object.getOwnPropertyDescriptor(value, tag)).toEqual(before);
      expect(Object.prototype.hasOwnProperty.call(value, tag)).toBe(before !== undefined);
    });
  });
});
