/**
 * Inlines `$ref`s across our schema files. JSON Forms renders from a single
 * self-contained schema, so each annex (a projection that refers into its
 * dossier's schema) is resolved once here; keywords written beside a `$ref`
 * (a field's own title, a tighter limit, `required`) win over the target's.
 */
import type { JsonSchema } from './types.ts';

const MAX_DEPTH = 64;

// Most parts are plain names: decoding each was a third of resolving on a slow phone.
const decodePart = (part: string) => (/[%~]/.test(part) ? decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~') : part);

function decodePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer.replace(/^\//, '').split('/').map(decodePart);
}

type Lookup = (id: string) => JsonSchema;
/**
 * Resolved subtrees, by lookup, node and the base its relative refs resolve against. The annexes of
 * a dossier all refer into its definitions: each is resolved once and the resolved schemas share it
 * (nothing changes a resolved schema). A page resolves its annexes and its dossier as it opens.
 */
const resolvedBy = new WeakMap<Lookup, WeakMap<object, Map<string, unknown>>>();

function follow(root: JsonSchema, pointer: string, ref: string): JsonSchema {
  let node: unknown = root;
  for (const key of decodePointer(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) {
      throw new Error(`模式引用无法解析：${ref}`);
    }
    node = (node as Record<string, unknown>)[key];
  }
  return node as JsonSchema;
}

/** `lookup` returns the schema with a given `$id`; `base` is the `$id` that relative refs resolve against. */
export function resolveRefs(schema: JsonSchema, lookup: Lookup, base = String(schema.$id ?? '')): JsonSchema {
  let memo = resolvedBy.get(lookup);
  if (!memo) resolvedBy.set(lookup, (memo = new WeakMap()));
  const visit = (node: unknown, currentBase: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) throw new Error('模式引用嵌套过深，可能存在循环引用。');
    if (node === null || typeof node !== 'object') return node;
    let byBase = memo.get(node);
    if (byBase?.has(currentBase)) return byBase.get(currentBase);
    const out = resolveNode(node, currentBase, depth);
    if (!byBase) memo.set(node, (byBase = new Map()));
    byBase.set(currentBase, out);
    return out;
  };
  const resolveNode = (node: object, currentBase: string, depth: number): unknown => {
    if (Array.isArray(node)) return node.map((n) => visit(n, currentBase, depth + 1));
    const obj = node as JsonSchema;
    let out: JsonSchema = {};
    if (typeof obj.$ref === 'string') {
      const ref = obj.$ref;
      const [file = '', pointer = ''] = ref.split('#');
      const targetBase = file === '' ? currentBase : file;
      const target = follow(lookup(targetBase), pointer, ref);
      out = { ...(visit(target, targetBase, depth + 1) as JsonSchema) };
    }
    for (const [key, value] of Object.entries(obj)) {
      if (key === '$ref' || key === '$schema' || key === '$id' || key === '$defs') continue;
      const resolved = visit(value, currentBase, depth + 1);
      // `required` beside a `$ref` adds to the target's list, as JSON Schema applies both.
      out[key] = key === 'required' && Array.isArray(out.required) && Array.isArray(resolved)
        ? [...new Set([...(out.required as unknown[]), ...resolved])]
        : resolved;
    }
    return out;
  };
  return visit(schema, base, 0) as JsonSchema;
}
