/**
 * Gates: "如是，…" answers that only count while another answer opens them
 * (具体领域 after 填补空白, 产品类别代码 after 统计用产品分类目录). The schema states
 * each gate once, as an object's `if` with `then.required`. From that one
 * statement we derive what the form shows (SHOW rules) and what validation
 * and the documents ignore (values left behind after the gate closed).
 */
import { ProgramError } from '../errors.ts';
import type { JsonSchema, UiSchema } from '../schema/types.ts';
import { isPlainObject } from '../util/objects.ts';

export interface Gate {
  /** Dot path of the object holding the gate ('' for the root). */
  objectPath: string;
  /** The `if` schema, evaluated against that object. */
  when: JsonSchema;
  /** Keys of the object that exist only while the gate is open. */
  fields: string[];
}

/** Our gates test answers with `const`, `enum` and `required`; anything else is a schema mistake. */
function matches(when: JsonSchema, value: unknown): boolean {
  const obj = isPlainObject(value) ? value : {};
  for (const key of (when.required as string[] | undefined) ?? []) if (!(key in obj)) return false;
  for (const [key, cond] of Object.entries((when.properties ?? {}) as Record<string, JsonSchema>)) {
    if (!(key in obj)) continue;
    if ('const' in cond && obj[key] !== cond.const) return false;
    if (Array.isArray(cond.enum) && !cond.enum.includes(obj[key])) return false;
  }
  return true;
}

function checkSupported(when: JsonSchema, where: string): void {
  const ok = Object.keys(when).every((k) => k === 'properties' || k === 'required');
  const conds = Object.values((when.properties ?? {}) as Record<string, JsonSchema>);
  if (!ok || !conds.every((c) => Object.keys(c).every((k) => k === 'const' || k === 'enum'))) {
    throw new ProgramError('P_SCHEMA', `“${where || '根'}”的条件（if）只能使用 properties/const/enum/required。`);
  }
}

export function collectGates(schema: JsonSchema, prefix = ''): Gate[] {
  const gates: Gate[] = [];
  // One gate per object, or several side by side in `allOf` (e.g. the two 绩效目标表 of 附件4-1).
  const conditionals = [schema, ...(((schema.allOf as JsonSchema[] | undefined) ?? []))];
  for (const c of conditionals) {
    const then = c.then as JsonSchema | undefined;
    if (c.if && then && Array.isArray(then.required)) {
      checkSupported(c.if as JsonSchema, prefix);
      gates.push({ objectPath: prefix, when: c.if as JsonSchema, fields: then.required as string[] });
    }
  }
  for (const [key, sub] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
    gates.push(...collectGates(sub, prefix ? `${prefix}.${key}` : key));
  }
  return gates;
}

function objectAt(data: unknown, path: string): unknown {
  let node = data;
  for (const key of path ? path.split('.') : []) node = isPlainObject(node) ? node[key] : undefined;
  return node;
}

/** A copy of the data without the answers behind closed gates; the same object when nothing is closed. */
export function pruneClosedGates(schema: JsonSchema, data: unknown): unknown {
  let out = data;
  for (const gate of collectGates(schema)) {
    const holder = objectAt(out, gate.objectPath);
    if (!isPlainObject(holder) || matches(gate.when, holder)) continue;
    const stale = gate.fields.filter((f) => f in holder);
    if (!stale.length) continue;
    if (out === data) out = structuredClone(data);
    const target = objectAt(out, gate.objectPath) as Record<string, unknown>;
    for (const f of stale) delete target[f];
  }
  return out;
}

const toScope = (path: string) => `#/properties/${path.split('.').join('/properties/')}`;

/** The form's SHOW rules, derived from the schema's gates so the two cannot disagree. */
export function withGateRules(uischema: UiSchema, schema: JsonSchema): UiSchema {
  const rules = new Map<string, { scope: string; schema: JsonSchema }>();
  for (const gate of collectGates(schema)) {
    for (const field of gate.fields) {
      const path = gate.objectPath ? `${gate.objectPath}.${field}` : field;
      // The form compiles the condition on its own, so it must say it tests an object (ajv's strict types).
      rules.set(toScope(path), { scope: gate.objectPath ? toScope(gate.objectPath) : '#', schema: { type: 'object', ...gate.when } });
    }
  }
  // A control inside a gated field (a row of a gated table), or a group holding only such controls, follows the gate.
  // Looked up by the scope's own prefixes, outermost first (an outer gate holds what lies within it):
  // scanning every rule for every scope at every level was a tenth of a second on a slow phone.
  const found = new Map<string, { scope: string; schema: JsonSchema } | undefined>();
  const ruleFor = (scope: string) => {
    if (found.has(scope)) return found.get(scope);
    let rule: { scope: string; schema: JsonSchema } | undefined;
    for (let at = scope.indexOf('/'); !rule; at = scope.indexOf('/', at + 1)) {
      rule = rules.get(at < 0 ? scope : scope.slice(0, at));
      if (at < 0) break;
    }
    found.set(scope, rule);
    return rule;
  };
  const scopesIn = (node: UiSchema): string[] =>
    typeof node.scope === 'string' ? [node.scope] : Array.isArray(node.elements) ? (node.elements as UiSchema[]).flatMap(scopesIn) : [];
  const visit = (node: UiSchema): UiSchema => {
    const copy: UiSchema = { ...node };
    const scopes = scopesIn(node);
    const rule = scopes.length ? ruleFor(scopes[0]!) : undefined;
    if (rule && scopes.every((s) => ruleFor(s) === rule)) {
      copy.rule = { effect: 'SHOW', condition: rule };
      // The gated field itself is required while shown (then.required): its control says so.
      if (node.type === 'Control' && typeof node.scope === 'string' && rules.get(node.scope) === rule) copy.options = { ...((node.options as object) ?? {}), gatedRequired: true };
      return copy;
    }
    if (Array.isArray(node.elements)) copy.elements = (node.elements as UiSchema[]).map(visit);
    return copy;
  };
  return visit(uischema);
}
