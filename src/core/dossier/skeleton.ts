/**
 * Fills in empty objects for every section a schema declares. Validation then
 * reports "请填写企业名称" at the field rather than "company is required" at
 * a section the user cannot click, and the form starts with every group in place.
 * Returns the very same object when nothing is missing, so a form that feeds
 * its data through here does not see a "change" on every render.
 */
import { isPlainObject } from '../util/objects.ts';
import type { JsonSchema } from '../schema/types.ts';


export function skeleton(schema: JsonSchema, data: unknown): unknown {
  if (schema.type !== 'object' || !isPlainObject(schema.properties)) return data;
  if (data !== undefined && !isPlainObject(data)) return data; // wrong type: let validation say so
  let out = data ?? {};
  for (const [key, sub] of Object.entries(schema.properties as Record<string, JsonSchema>)) {
    if (sub.type !== 'object') continue;
    const filled = skeleton(sub, out[key]);
    if (filled !== out[key]) {
      if (out === data) out = { ...data };
      out[key] = filled;
    }
  }
  return out;
}
