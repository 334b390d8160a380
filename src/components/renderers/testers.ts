/**
 * Which of our renderers handles which control, built from JSON Forms' core
 * predicates. Rank 3 beats the vanilla renderers (rank 1–2), which stay as a
 * fallback for anything we have not specialised.
 */
import {
  and,
  isDateControl,
  isEnumControl,
  isIntegerControl,
  isNumberControl,
  isOneOfEnumControl,
  isObjectArrayControl,
  isStringControl,
  not,
  or,
  rankWith,
  schemaMatches,
  uiTypeIs,
  type JsonSchema,
  type RankedTester,
} from '@jsonforms/core';

export const ZJTX_RANK = 3;

export const textControlTester: RankedTester = rankWith(
  ZJTX_RANK,
  and(isStringControl, not(isDateControl), not(isEnumControl), not(isOneOfEnumControl)),
);
export const numberControlTester: RankedTester = rankWith(ZJTX_RANK, or(isNumberControl, isIntegerControl));
export const dateControlTester: RankedTester = rankWith(ZJTX_RANK, isDateControl);
export const radioControlTester: RankedTester = rankWith(ZJTX_RANK, isEnumControl);
export const selectControlTester: RankedTester = rankWith(ZJTX_RANK, isOneOfEnumControl);
export const groupLayoutTester: RankedTester = rankWith(ZJTX_RANK, uiTypeIs('Group'));

type Node = { [k: string]: unknown };
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const typeOf = (s: Node): unknown => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type);
const isChoiceList = (s: Node): boolean =>
  (Array.isArray(s.enum) && s.enum.length > 0) ||
  (Array.isArray(s.oneOf) && s.oneOf.length > 0 && s.oneOf.every((o) => isNode(o) && 'const' in o));

/** How a table cell edits a property, or null when the property does not fit in one cell (nested objects, lists of objects). */
export type CellKind = 'text' | 'textarea' | 'number' | 'integer' | 'date' | 'month' | 'enum' | 'boolean' | 'enumList';

/** Longer limits than this get a box that takes line breaks and grows with its text: a summary is sentences, not a word. */
const TEXTAREA_OVER = 100;

export function cellKind(schema: unknown): CellKind | null {
  if (!isNode(schema) || '$ref' in schema || 'properties' in schema) return null;
  const type = typeOf(schema);
  if (type === 'array') {
    const items = schema.items;
    return isNode(items) && !('$ref' in items) && isChoiceList(items) ? 'enumList' : null;
  }
  if (isChoiceList(schema)) return 'enum';
  if (type === 'number') return 'number';
  if (type === 'integer') return 'integer';
  if (type === 'boolean') return 'boolean';
  if (type !== 'string') return null;
  if (schema.format === 'date') return 'date';
  if (schema.format === 'yearMonth') return 'month';
  return typeof schema.maxChars === 'number' && schema.maxChars > TEXTAREA_OVER ? 'textarea' : 'text';
}

/** Whether an array's items are objects of one-cell properties only, so each item is one table row. */
function flatItems(schema: unknown): boolean {
  const items = isNode(schema) ? schema.items : undefined;
  if (!isNode(items) || !isNode(items.properties)) return false;
  const props = Object.values(items.properties);
  return props.length > 0 && props.every((p) => cellKind(p) !== null);
}

/** Array items that are objects of one-cell properties only, so each item is one table row. */
export const itemsAreFlat = schemaMatches((schema: JsonSchema) => flatItems(schema));

export const tableControlTester: RankedTester = rankWith(ZJTX_RANK, and(isObjectArrayControl, itemsAreFlat));

/** Our renderers by name, in the order a tie between them is settled (all rank ZJTX_RANK). */
export const OUR_ORDER = ['text', 'number', 'date', 'radio', 'select', 'group', 'table'] as const;
export type OurRenderer = (typeof OUR_ORDER)[number];

const hasOwn = (o: Node, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const typesOf = (s: Node): unknown[] | null => (typeof s.type === 'string' && s.type !== '' ? [s.type] : Array.isArray(s.type) ? s.type : null);

/**
 * The testers' choice among ours, made in one pass over a control's own schema (`leaf`, already
 * resolved) when its type is written out, as in every schema of ours: 'none' where none of ours
 * applies; null where this cannot tell, and the testers decide. Cold on a page's first form, the
 * core predicates cost a hundredth of a second per dozen fields on a slow phone. A contract test
 * holds this to the testers on every control of every annex.
 */
export function quickChoice(ui: unknown, leaf: unknown): OurRenderer | 'none' | null {
  if (!isNode(ui)) return null;
  if (ui.type === 'Group') return 'group';
  if (ui.type !== 'Control') return 'none';
  if (typeof ui.scope !== 'string' || ui.scope === '' || !isNode(leaf)) return null;
  const types = typesOf(leaf);
  if (!types || (hasOwn(leaf, 'oneOf') && !Array.isArray(leaf.oneOf))) return null;
  const options = isNode(ui.options) ? ui.options : {};
  const date = (leaf.format === 'date' && types.includes('string')) || options.format === 'date';
  const choices = hasOwn(leaf, 'enum') || hasOwn(leaf, 'const');
  const oneOfChoices = Array.isArray(leaf.oneOf) && leaf.oneOf.every((o) => isNode(o) && o.const !== undefined);
  if (types.includes('string') && !date && !choices && !oneOfChoices) return 'text';
  if (types.includes('number') || types.includes('integer')) return 'number';
  if (date) return 'date';
  if (choices) return 'radio';
  if (oneOfChoices) return 'select';
  if (!types.includes('array') || leaf.items === undefined || Array.isArray(leaf.items)) return 'none';
  if (!isNode(leaf.items) || '$ref' in leaf.items) return null;
  const itemTypes = typesOf(leaf.items);
  if (!itemTypes) return null;
  return itemTypes.includes('object') && flatItems(leaf) ? 'table' : 'none';
}
