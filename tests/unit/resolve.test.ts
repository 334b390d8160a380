/** Resolving `$ref`s (src/core/schema/resolve.ts): pointers, keywords beside a ref, and shared definitions. */
import { describe, expect, it } from 'vitest';
import { resolveRefs } from '../../src/core/schema/resolve.ts';
import type { JsonSchema } from '../../src/core/schema/types.ts';

const files = (defs: Record<string, JsonSchema>) => (id: string): JsonSchema => {
  const found = defs[id];
  if (!found) throw new Error(`no ${id}`);
  return found;
};

describe('a $ref', () => {
  it.each([
    ['a plain name', '#/$defs/text', { type: 'string' }],
    ['a name with ~1 (a slash)', '#/$defs/a~1b', { type: 'number' }],
    ['a name with ~0 (a tilde)', '#/$defs/a~0b', { type: 'boolean' }],
    ['a name percent-encoded', '#/$defs/%E5%90%8D', { type: 'integer' }],
  ])('to %s finds its target', (_what, ref, target) => {
    const root = { $id: 'r', $defs: { text: { type: 'string' }, 'a/b': { type: 'number' }, 'a~b': { type: 'boolean' }, 名: { type: 'integer' } }, properties: { x: { $ref: ref } } };
    expect((resolveRefs(root, files({ r: root })).properties as Record<string, JsonSchema>).x).toEqual(target);
  });

  it('keeps the keywords written beside it, without changing the target elsewhere', () => {
    const defs = { $id: 'd', properties: { name: { type: 'string', title: '名称', maxLength: 50 } } };
    const annex = { $id: 'a', properties: { short: { $ref: 'd#/properties/name', maxLength: 10 }, plain: { $ref: 'd#/properties/name' } } };
    const lookup = files({ d: defs, a: annex });
    const props = resolveRefs(annex, lookup).properties as Record<string, JsonSchema>;
    expect(props.short).toEqual({ type: 'string', title: '名称', maxLength: 10 });
    expect(props.plain).toEqual({ type: 'string', title: '名称', maxLength: 50 });
    expect((resolveRefs(defs, lookup).properties as Record<string, JsonSchema>).name).toEqual({ type: 'string', title: '名称', maxLength: 50 });
  });

  it('names the ref it cannot follow, and refuses a loop', () => {
    const root = { $id: 'r', properties: { x: { $ref: '#/$defs/none' } } };
    expect(() => resolveRefs(root, files({ r: root }))).toThrow('#/$defs/none');
    const loop = { $id: 'l', $defs: { a: { items: { $ref: '#/$defs/a' } } }, properties: { x: { $ref: '#/$defs/a' } } };
    expect(() => resolveRefs(loop, files({ l: loop }))).toThrow('循环引用');
  });

  it('resolves a definition once for every schema that refers to it (through the same lookup)', () => {
    const defs = { $id: 'd', $defs: { big: { type: 'object', properties: { a: { type: 'string' } } } } };
    const one = { $id: 'one', properties: { x: { $ref: 'd#/$defs/big' } } };
    const two = { $id: 'two', properties: { y: { $ref: 'd#/$defs/big' } } };
    const lookup = files({ d: defs, one, two });
    const x = (resolveRefs(one, lookup).properties as Record<string, JsonSchema>).x!;
    const y = (resolveRefs(two, lookup).properties as Record<string, JsonSchema>).y!;
    expect(x).toEqual(y);
    expect(x.properties).toBe(y.properties);
    // Another lookup may give other files under the same names: nothing is shared with it.
    const other = (resolveRefs(one, files({ d: defs, one })).properties as Record<string, JsonSchema>).x!;
    expect(other.properties).not.toBe(x.properties);
  });
});
