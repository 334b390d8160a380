import { describe, expect, it } from 'vitest';
import { skeleton } from '../../src/core/dossier/skeleton.ts';

const schema = {
  type: 'object',
  properties: {
    a: { type: 'object', properties: { b: { type: 'object', properties: { c: { type: 'string' } } } } },
    d: { type: 'string' },
  },
};

describe('skeleton', () => {
  it('fills every missing section', () => expect(skeleton(schema, {})).toEqual({ a: { b: {} } }));
  it('keeps values and other keys', () => expect(skeleton(schema, { d: 'x', z: 1 })).toEqual({ d: 'x', z: 1, a: { b: {} } }));
  it('returns the same object when nothing is missing', () => {
    const complete = { a: { b: { c: 'x' } } };
    expect(skeleton(schema, complete)).toBe(complete);
  });
  it('does not modify its input', () => {
    const input = { a: {} };
    skeleton(schema, input);
    expect(input).toEqual({ a: {} });
  });
  it.each([null, 'x', 3, [1]])('leaves a wrong type %j for validation to report', (v) => expect(skeleton(schema, v)).toBe(v));
});
