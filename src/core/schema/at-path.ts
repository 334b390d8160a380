/** The schema node at a dot path of a resolved schema, walking `properties`. */
import type { JsonSchema } from './types.ts';

export function schemaAtPath(root: JsonSchema | undefined, path: string): JsonSchema | undefined {
  let node = root;
  for (const key of path ? path.split('.') : []) node = (node?.properties as Record<string, JsonSchema> | undefined)?.[key];
  return node;
}
