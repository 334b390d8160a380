/**
 * Every schema the browser validates with, found the way the site finds them:
 * each annex's resolved schema (the form's root and the export's check),
 * each SHOW rule's condition in each annex's UI schema (JSON Forms evaluates
 * them with `ajv.validate`) and the 市（州） desk's own answers. build-validators.ts
 * precompiles exactly this list.
 *
 * The whole dossier schemas are left out on purpose: no page validates a
 * dossier as such (`validateDossier` serves the CLI and the tests, which may
 * compile under Node), and their code would add about a third to every page.
 */
import { ANNEXES } from '../annexes/registry.ts';
import { annexSchema, annexUiSchema, resolvedSchema } from '../annexes/schemas.ts';
import type { JsonSchema } from '../schema/types.ts';
import { contentKey } from './schema-key.ts';

/**
 * Where a precompiled validator is shipped (standalone.ts writes one module per group). The SHOW
 * rules' conditions decide what the form shows from its first render, so they come with the page;
 * each applicant's annexes, and the 市（州） desk, are loaded once the form accepts input.
 */
export const VALIDATOR_GROUPS = ['rules', 'enterprise', 'platform', 'city'] as const;
export type ValidatorGroup = (typeof VALIDATOR_GROUPS)[number];
export const LAZY_GROUPS = VALIDATOR_GROUPS.filter((g) => g !== 'rules') as Exclude<ValidatorGroup, 'rules'>[];

export interface ValidationTarget {
  key: string;
  schema: JsonSchema;
  group: ValidatorGroup;
  /** Where the site uses it, for the generated file's comments and for test failures. */
  uses: string[];
}

/** The schemas of every schema-based rule condition (AND/OR nested or not) anywhere in a UI schema. */
export function ruleConditionSchemas(ui: unknown): JsonSchema[] {
  const found: JsonSchema[] = [];
  const condition = (c: unknown) => {
    if (!c || typeof c !== 'object') return;
    const cond = c as { schema?: JsonSchema; conditions?: unknown[] };
    if (cond.schema && typeof cond.schema === 'object') found.push(cond.schema);
    cond.conditions?.forEach(condition);
  };
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'rule') condition((v as { condition?: unknown } | undefined)?.condition);
      else walk(v);
    }
  };
  walk(ui);
  return found;
}

export function validationTargets(): ValidationTarget[] {
  const byKey = new Map<string, ValidationTarget>();
  const add = (schema: JsonSchema, use: string, group: ValidatorGroup) => {
    // From the content: the keys the page remembers come from this list, not the other way round.
    const key = contentKey(schema);
    const target = byKey.get(key);
    if (target) {
      if (!target.uses.includes(use)) target.uses.push(use);
      // A schema needed at the first render too goes with the page.
      if (group === 'rules') target.group = group;
    } else byKey.set(key, { key, schema, group, uses: [use] });
  };
  for (const annex of ANNEXES) {
    add(annexSchema(annex), `annex ${annex.id}`, annex.kind);
    for (const c of ruleConditionSchemas(annexUiSchema(annex))) add(c, `rule ${annex.id}`, 'rules');
  }
  add(resolvedSchema('city.schema.json'), 'city city.schema.json', 'city');
  return [...byKey.values()];
}

/** The key of each resolved schema the pages build (each annex's, the 市（州） desk's), by schema id. */
export function resolvedKeys(): Record<string, string> {
  const ids = [...new Set([...ANNEXES.map((a) => a.schemaId), 'city.schema.json'])];
  return Object.fromEntries(ids.map((id) => [id, contentKey(resolvedSchema(id))]));
}
