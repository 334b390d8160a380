/**
 * The precompiled validators (src/core/validate/generated/) are the ones the browser
 * runs, for the form and the export alike. Here: the committed module is current, it covers every
 * schema the site validates with (each annex, each SHOW rule's condition, the 市（州） desk), JSON
 * Forms asks nothing of its ajv but what they answer, and each precompiled validator reports exactly
 * what ajv compiling the same schema at run time reports, on the examples, on an empty dossier and
 * on broken values at every field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { coreReducer, init, isVisible, type JsonSchema as FormsSchema, type UISchemaElement } from '@jsonforms/core';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseAnswerFile } from '../../src/core/answer-file.ts';
import { ANNEXES } from '../../src/core/annexes/registry.ts';
import { annexSchema, annexUiSchema, resolvedSchema } from '../../src/core/annexes/schemas.ts';
import { ProgramError } from '../../src/core/errors.ts';
import type { JsonSchema } from '../../src/core/schema/types.ts';
import { createAjv } from '../../src/core/validate/create-ajv.ts';
import { formAjv } from '../../src/core/validate/form-ajv.ts';
import { contentKey, schemaKey, stableStringify } from '../../src/core/validate/schema-key.ts';
import { KEY_OF_RESOLVED } from '../../src/core/validate/generated/index.js';
import { GENERATED_DIR, generatedFiles } from '../../src/core/validate/standalone.ts';
import { ruleConditionSchemas, validationTargets } from '../../src/core/validate/targets.ts';
import { translateErrors } from '../../src/core/validate/translate.ts';
import { findValidator, precompiledValidator, validatorFor } from '../../src/core/validate/validators.ts';

const EXAMPLES = ['enterprise', 'platform', 'platform-general'].map((name) => ({
  name,
  ...parseAnswerFile(readFileSync(`public/examples/${name}.json`, 'utf8')),
}));
const CITY = resolvedSchema('city.schema.json');

/** ajv compiling at run time, as before the validators were precompiled: the reference. */
const reference = createAjv();
const runtimeCompiled = new Map<JsonSchema, ValidateFunction>();
function runtimeValidator(schema: JsonSchema): ValidateFunction {
  let fn = runtimeCompiled.get(schema);
  if (!fn) runtimeCompiled.set(schema, (fn = reference.compile(structuredClone(schema))));
  return fn;
}

function precompiled(schema: JsonSchema): ValidateFunction {
  const fn = precompiledValidator(schema);
  if (!fn) throw new Error(`没有预编译：${String(schema.title ?? schemaKey(schema))}（请运行 npm run validators）`);
  return fn;
}

/** A schema as text, computed once per object: errors carry large `parentSchema`s, compared many times. */
const texts = new WeakMap<object, string>();
function asText(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  let text = texts.get(value);
  if (text === undefined) texts.set(value, (text = stableStringify(value)));
  return text;
}
const comparable = (errors: readonly ErrorObject[]) => errors.map((e) => ({ ...e, schema: asText(e.schema), parentSchema: asText(e.parentSchema) }));

/** Both validators on the same data: the same verdict and the very same ajv errors (paths, params, schemas, data). */
function expectSame(schema: JsonSchema, data: unknown, what: string): ErrorObject[] {
  const a = precompiled(schema);
  const b = runtimeValidator(schema);
  // Validators do not change the data (no defaults, no coercion), and each call makes a new error list.
  const validA = a(data);
  const errorsA = a.errors ?? [];
  const validB = b(data);
  const errorsB = b.errors ?? [];
  expect(validA, what).toBe(validB);
  expect(comparable(errorsA), what).toEqual(comparable(errorsB));
  expect(translateErrors(errorsA, schema), what).toEqual(translateErrors(errorsB, schema));
  return errorsA;
}

function setAt(data: unknown, path: string, value: unknown): Record<string, unknown> {
  const root = (data && typeof data === 'object' ? structuredClone(data) : {}) as Record<string, unknown>;
  const keys = path.split('.');
  let node = root;
  for (const k of keys.slice(0, -1)) {
    if (!node[k] || typeof node[k] !== 'object') node[k] = {};
    node = node[k] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
  return root;
}

/** Every leaf path of a schema (into array items as index 0), with the leaf's schema. */
function leaves(schema: JsonSchema, prefix = ''): [string, JsonSchema][] {
  const props = schema.properties as Record<string, JsonSchema> | undefined;
  if (props) return Object.entries(props).flatMap(([k, s]) => leaves(s, prefix ? `${prefix}.${k}` : k));
  const items = schema.items as JsonSchema | undefined;
  if (items && typeof items === 'object' && !Array.isArray(items)) return [[prefix, schema], ...leaves(items, `${prefix}.0`)];
  return prefix ? [[prefix, schema]] : [];
}

/** Values that break, or test the edge of, every kind of field we have. */
const BROKEN: readonly unknown[] = [
  null,
  true,
  12,
  -3.456,
  1e21,
  '',
  '   ',
  'x',
  '字'.repeat(501),
  '😀'.repeat(31),
  '2021-02-30',
  '9151010',
  'a@b',
  [],
  [{}],
  ['x'],
  {},
];

describe('the committed precompiled validators', () => {
  const files = generatedFiles();
  it('are what scripts/build-validators.ts writes from the schemas today, and nothing else', () => {
    for (const [file, text] of files) {
      // Compared as text, but reported briefly: the files are large.
      expect(readFileSync(file, 'utf8') === text, `${file} 已过期：请运行 npm run validators（npm run build 也会重新生成）。`).toBe(true);
    }
    expect(readdirSync(GENERATED_DIR).map((n) => `${GENERATED_DIR}/${n}`).sort()).toEqual(files.map(([f]) => f).sort());
  });

  it.each(files.filter(([f]) => f.endsWith('.js')).map(([f]) => [f]))('%s holds no eval, no require and imports only the runtime module or its siblings', (file) => {
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/new Function|\beval\(|\brequire\(/);
    for (const line of code.match(/^import .*$/gm) ?? []) expect(line).toMatch(/^import (\* as runtime from '\.\.\/runtime\.ts'|\w+ from '\.\/validators-\w+\.js');$/);
  });

  it('ship the SHOW rules with the page and each applicant\'s annexes in a group of its own', () => {
    const groupOf = (schema: JsonSchema) => validationTargets().find((t) => t.key === schemaKey(schema))?.group;
    for (const annex of ANNEXES) {
      expect(groupOf(annexSchema(annex)), annex.id).toBe(annex.kind);
      for (const c of ruleConditionSchemas(annexUiSchema(annex))) expect(groupOf(c), `${annex.id} rule`).toBe('rules');
    }
    expect(groupOf(CITY)).toBe('city');
  });

  it('cover every annex, every SHOW rule condition and the 市（州） desk', () => {
    const needed: [string, JsonSchema][] = [['city', CITY]];
    for (const annex of ANNEXES) {
      needed.push([annex.id, annexSchema(annex)]);
      for (const c of ruleConditionSchemas(annexUiSchema(annex))) needed.push([`${annex.id} rule`, c]);
    }
    for (const [what, schema] of needed) expect(precompiledValidator(schema), what).toBeTypeOf('function');
    expect(ANNEXES.some((a) => ruleConditionSchemas(annexUiSchema(a)).length > 0)).toBe(true);
    const keys = validationTargets().map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  // The page takes these keys from the build instead of hashing each annex's schema on its first form.
  it.each(Object.entries(KEY_OF_RESOLVED))('%s: the key the build gave it is its content\'s, and the one the page finds', (id, key) => {
    const schema = resolvedSchema(id);
    expect(contentKey(structuredClone(schema))).toBe(key);
    expect(schemaKey(schema)).toBe(key);
    expect(precompiledValidator(schema)).toBeDefined();
  });

  it('are found by content, whatever the key order or the object holding it', () => {
    const schema = annexSchema(ANNEXES[0]!);
    const reordered = JSON.parse(stableStringify(schema)) as JsonSchema;
    expect(reordered).not.toBe(schema);
    expect(schemaKey(reordered)).toBe(schemaKey(schema));
    expect(precompiledValidator(reordered)).toBe(precompiledValidator(schema));
    expect(schemaKey({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(schemaKey({ b: [1, { d: 3, c: 2 }], a: 1 }));
    expect(schemaKey({ a: 1 })).not.toBe(schemaKey({ a: 2 }));
  });

  it('refuse, in Chinese, a schema that was not precompiled when nothing may compile (the browser)', () => {
    const stray = { type: 'object', title: '未登记的模式', properties: { x: { type: 'string' } } };
    expect(() => findValidator(stray, null)).toThrow(ProgramError);
    expect(() => findValidator(stray, null)).toThrow(/“未登记的模式”没有预先编译/);
    // Under Node a stray schema still compiles (tests, the CLI).
    expect(findValidator(stray, (s) => createAjv().compile(s))({ x: 'y' })).toBe(true);
  });
});

describe('the form and the export', () => {
  it.each(ANNEXES.map((a) => [a.number, a] as const))('%s: share one validator, and JSON Forms needs nothing else of its ajv', (_n, annex) => {
    const schema = annexSchema(annex);
    const ajv = formAjv();
    expect(ajv.compile(schema)).toBe(validatorFor(schema));
    expect(validatorFor(schema)).toBe(precompiled(schema));

    // JSON Forms itself, with an ajv that records what is asked of it.
    const asked = new Set<string>();
    const watched = new Proxy(ajv, {
      get(target, key, receiver) {
        asked.add(String(key));
        const value = Reflect.get(target, key, receiver) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    const ui = annexUiSchema(annex) as unknown as UISchemaElement;
    const data = EXAMPLES.find((e) => e.kind === annex.kind)!.data;
    const state = coreReducer(undefined, init(data, schema as FormsSchema, ui, { ajv: watched, validationMode: 'ValidateAndShow' }));
    expect(state.validator).toBe(precompiled(schema));
    expect(state.errors).toEqual(expectSame(schema, data, `${annex.id} example`));
    const ruled: UISchemaElement[] = [];
    const walk = (n: UISchemaElement & { elements?: UISchemaElement[] }) => {
      if (n.rule) ruled.push(n);
      n.elements?.forEach(walk);
    };
    walk(ui);
    for (const element of ruled) expect(typeof isVisible(element, data, '', watched, undefined)).toBe('boolean');
    expect([...asked].filter((k) => !['compile', 'validate', 'errors'].includes(k))).toEqual([]);
    expect(asked.has('compile')).toBe(true);
    if (ruled.length) expect(asked.has('validate')).toBe(true);
  });
});

describe('precompiled and runtime-compiled validators agree', () => {
  it.each(ANNEXES.map((a) => [a.number, a] as const))('%s: on every example, an empty dossier and broken values at each field', (_n, annex) => {
    const schema = annexSchema(annex);
    for (const e of EXAMPLES) expectSame(schema, e.data, `${annex.id} ${e.name}`);
    for (const empty of [{}, null, [], 'x']) expectSame(schema, empty, `${annex.id} ${JSON.stringify(empty)}`);
    const base = EXAMPLES.find((e) => e.kind === annex.kind)!.data;
    let failing = 0;
    for (const [path] of leaves(schema)) {
      for (const value of BROKEN) {
        const errors = expectSame(schema, setAt(base, path, value), `${annex.id} ${path} = ${JSON.stringify(value).slice(0, 40)}`);
        if (errors.length) failing++;
      }
    }
    // The broken values do break things: the comparison is not between two validators that accept everything.
    expect(failing).toBeGreaterThan(leaves(schema).length);
  });

  it('the 市（州） desk: empty, wrong and complete answers', () => {
    const entry = (kind: string, data: unknown, own: unknown) => ({ kind, fileName: `${kind}.json`, data, own });
    const cases: unknown[] = [
      {},
      { city: '成都市', entries: [] },
      { city: '不存在市', entries: 'x' },
      { city: '成都市', entries: EXAMPLES.map((e) => entry(e.kind, e.data, {})) },
      { city: '成都市', entries: [entry('enterprise', {}, { batch: '第一批', district: '高新区', note: '说明' }), entry('platform', {}, { x: 1 })] },
      { city: '成都市', entries: [entry('enterprise', {}, { batch: 1, district: '', note: '字'.repeat(5000) }), entry('other', null, null), {}] },
    ];
    for (const [i, c] of cases.entries()) expectSame(CITY, c, `city case ${i}`);
    for (const [path] of leaves(CITY)) for (const value of BROKEN) expectSame(CITY, setAt(cases[4], path, value), `city ${path}`);
  });

  it('every SHOW rule condition, on the values that open and close it', () => {
    let checked = 0;
    for (const annex of ANNEXES) {
      for (const condition of ruleConditionSchemas(annexUiSchema(annex))) {
        const props = (condition.properties ?? {}) as Record<string, JsonSchema>;
        const values: unknown[] = [undefined, null, {}, 'x', []];
        for (const [key, p] of Object.entries(props)) {
          const options = [...(Array.isArray(p.enum) ? p.enum : []), ...('const' in p ? [p.const] : []), '其他', 1];
          for (const v of options) values.push({ [key]: v });
        }
        for (const v of values) {
          expectSame(condition, v, `${annex.id} rule ${JSON.stringify(condition)} on ${JSON.stringify(v)}`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
