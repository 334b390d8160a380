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

const SCALARS = new Set(['string', 'number', 'integer']);
const quote = (v: unknown) => JSON.stringify(v)?.slice(0, 40) ?? '空';

/**
 * One field's value in the type its schema asks for, where that loses nothing: a number in a text
 * field is its digits, text in a number field its number, a list of one item that item. A list
 * or group where one value belongs is dropped, its content quoted in the note.
 */
function scalar(type: string, value: unknown, title: string, notes: string[], unit?: string): { value?: unknown; drop?: true } {
  let v = value;
  if (Array.isArray(v) && v.length === 1 && (typeof v[0] === 'string' || typeof v[0] === 'number')) {
    v = v[0];
    notes.push(`“${title}”应只填一项，已取收到的唯一一项“${String(v).slice(0, 20)}”。`);
  }
  if (v !== null && typeof v === 'object') {
    notes.push(`“${title}”应只填一项内容，收到的却是${Array.isArray(v) ? '一组' : '一个分组'}内容，已忽略原值（${quote(v)}），请重新填写。`);
    return { drop: true };
  }
  // A file may say 1e400: JSON reads it as Infinity, which the field showed as "Infinity" and an
  // export wrote back as null. Nothing of the number is left to keep.
  if (typeof v === 'number' && !Number.isFinite(v)) {
    notes.push(`“${title}”的数值超出可以表示的范围（文件中写的可能是 1e400 这样的极大数），已清空，请重新填写。`);
    return { drop: true };
  }
  if (type === 'string' && (typeof v === 'number' || typeof v === 'boolean')) {
    notes.push(`“${title}”的${typeof v === 'number' ? '数字' : '值'} ${String(v)} 已按文字“${String(v)}”读取。`);
    return { value: String(v) };
  }
  if (type !== 'string' && typeof v === 'string') {
    const n = parseNumberInput(v, unit);
    if (typeof n === 'number') {
      notes.push(`“${title}”的“${v.slice(0, 20)}”已按数字 ${n} 读取。`);
      return { value: n };
    }
  }
  return { value: v };
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
          notes.push(`“${title}”不是有效的分组内容，已忽略原值（${quote(v)}）。`);
        }
      } else if (SCALARS.has(sub.type as string)) {
        const read = scalar(sub.type as string, v, title, notes, typeof sub.unit === 'string' ? sub.unit : undefined);
        if (read.drop) delete out[key];
        else out[key] = read.value;
      }
    }
    return out;
  };
  return { data: walk(schema, input, ''), notes };
}

