/**
 * The browser build resolves `lodash/merge` to src/core/util/merge-lite.ts (light-lodash.ts). It gives
 * lodash's result for the merges JSON Forms makes: its configuration over the defaults, a control's
 * UI options over the configuration, and any plain JSON-like objects besides.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import merge from '../../src/core/util/merge-lite.ts';

const require = createRequire(import.meta.url);
const lodashMerge = require('lodash/merge') as (target: object, ...sources: unknown[]) => object;

const DEFAULTS = { restrict: false, trim: false, showUnfocusedDescription: false, hideRequiredAsterisk: false };

describe('merge-lite', () => {
  it.each([
    ['defaults, no configuration', [{}, DEFAULTS, {}]],
    ['defaults, a configuration', [{}, DEFAULTS, { trim: true, locale: 'zh-CN' }]],
    ['configuration, UI options with a nested detail', [{}, { trim: true }, { multi: true, detail: { type: 'VerticalLayout', elements: [{ type: 'Control' }] } }]],
    ['no UI options', [{}, { trim: true }, undefined]],
    ['undefined over a value', [{ a: 1 }, { a: undefined, b: undefined }]],
    ['arrays index by index', [{ list: [1, 2, 3] }, { list: [undefined, 9] }]],
    ['an object over a primitive and back', [{ a: 1, b: { c: 1 } }, { a: { x: 1 }, b: 2 }]],
    ['null', [{ a: { b: 1 } }, { a: null }]],
  ] as const)('%s: as lodash', (_what, args) => {
    const [t1, ...s1] = structuredClone(args) as unknown as [object, ...unknown[]];
    const [t2, ...s2] = structuredClone(args) as unknown as [object, ...unknown[]];
    expect(merge(t1, ...s1)).toEqual(lodashMerge(t2, ...s2));
  });

  it('leaves its sources unchanged and returns the target', () => {
    const options = { detail: { elements: [1] } };
    const target = {};
    expect(merge(target, DEFAULTS, options)).toBe(target);
    (target as { detail: { elements: number[] } }).detail.elements.push(2);
    expect(options.detail.elements).toEqual([1]);
  });

  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.constant(undefined), fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 3 }), tie('object'), fc.array(tie('value'), { maxLength: 3 })),
    object: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), tie('value'), { maxKeys: 4 }),
  }));

  it('matches lodash on any JSON-like objects, undefined included', () =>
    fc.assert(
      fc.property(json.object, json.object, json.object, (target, a, b) => {
        expect(merge(structuredClone(target), a, b)).toEqual(lodashMerge(structuredClone(target), a, b));
      }),
      { numRuns: 3000 },
    ));
});
