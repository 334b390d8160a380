/**
 * Makes an imported dossier safe to edit: a section that is not an object
 * (hand-edited files, other programs) would otherwise be turned into an array
 * by the form's path setter, and numbers written as text would read as
 * missing. Every change is reported in Chinese; nothing is changed silently.
 */
import type { JsonSchema } from '../schema/types.ts';
import { parseNumberInput } from '../text/number-input.ts';
import { isPlainObject } from '../util/objects.ts';

export interface Repaired {
  data: Record<string, unknown>;
  notes: string[];
}

export function repairDossier(schema: JsonSchema, input: Record<string, unknown>): Repaired {
  const notes: string[] = [];
  const walk = (node: JsonSchema, value: Record<string, unknown>, path: string, where = ''): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...value };
    for (const [key, sub] of Object.entries((node.properties ?? {}) as Record<string, JsonSchema>)) {
      if (!(key in out)) continue;
      const v = out[key];
      const here = path ? `${path}.${key}` : key;
      const title = `${where}${typeof sub.title === 'string' ? sub.title : here}`;
      const items = sub.items as JsonSchema | undefined;
      if (sub.type === 'array' && items?.type === 'object' && Array.isArray(v)) {
        // Rows of a table: each row is repaired like a section, its notes naming the row.
        out[key] = v.map((row, i) => (isPlainObject(row) ? walk(items, row, `${here}.${i}`, `${title}第${i + 1}行`) : row));
      } else if (sub.type === 'object') {
        if (isPlainObject(v)) out[key] = walk(sub, v, here, where);
        else {
          delete out[key];
          notes.push(`“${title}”不是有效的分组内容，已忽略原值（${JSON.stringify(v)?.slice(0, 40) ?? '空'}）。`);
        }
      } else if ((sub.type === 'number' || sub.type === 'integer') && typeof v === 'string') {
        const n = parseNumberInput(v);
        if (typeof n === 'number') {
          out[key] = n;
          notes.push(`“${title}”的“${v.slice(0, 20)}”已按数字 ${n} 读取。`);
        }
      }
    }
    return out;
  };
  return { data: walk(schema, input, ''), notes };
}

