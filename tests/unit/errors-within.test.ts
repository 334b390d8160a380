/**
 * The form keeps JSON Forms' errors to those of the open step (errors-within.ts). These tests hold
 * that nothing a field would show is lost: the field path of every error is the one JSON Forms
 * computes, and on every step of every annex, empty and filled, each field finds the same errors
 * in the kept list as in the whole annex's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorAt, getControlPath, resolveSchema, subErrorsAt, type JsonSchema } from '@jsonforms/core';
import type { ErrorObject } from 'ajv';
import { ANNEXES } from '../../src/core/annexes/registry.ts';
import { annexSchema } from '../../src/core/annexes/schemas.ts';
import { annexSteps } from '../../src/core/annexes/steps.ts';
import { skeleton } from '../../src/core/dossier/skeleton.ts';
import type { JsonSchema as CoreSchema } from '../../src/core/schema/types.ts';
import { formAjv } from '../../src/core/validate/form-ajv.ts';
import { errorFieldPath, errorsWithin, type PlacedError } from '../../src/core/validate/errors-within.ts';

const error = (keyword: string, instancePath: string, params: Record<string, unknown> = {}): PlacedError => ({ keyword, instancePath, params });

describe.each([
  ['a missing field at the top', error('required', '', { missingProperty: 'name' }), 'name'],
  ['a missing field in a section', error('required', '/company', { missingProperty: 'name' }), 'company.name'],
  ['a cell of a table row', error('format', '/staff/3/born'), 'staff.3.born'],
  ['an unexpected field', error('additionalProperties', '/company', { additionalProperty: 'extra' }), 'company.extra'],
  ['a field a dependency asks for', error('dependencies', '/plan', { missingProperty: 'goal' }), 'plan.goal'],
  ['escaped pointer segments', error('maxLength', '/a~1b/c~0d'), 'a/b.c~d'],
  ['the whole form', error('type', ''), ''],
])('the field of %s', (_, e, path) => {
  it(`is "${path}", as JSON Forms places it`, () => {
    expect(errorFieldPath(e)).toBe(path);
    expect(getControlPath(e as unknown as ErrorObject)).toBe(path);
  });
});

describe('errorsWithin', () => {
  const all = [
    error('required', '/company', { missingProperty: 'name' }),
    error('required', '/company', { missingProperty: 'nameEn' }),
    error('format', '/staff/3/born'),
    error('minItems', '/staff'),
    error('oneOf', '/choice'),
    error('maxLength', '/plan/goal'),
  ];

  it.each([
    ['a field itself', ['company.name'], [0]],
    ['the rows and cells of a table', ['staff'], [2, 3]],
    ['fields of several sections', ['plan.goal', 'company.nameEn'], [1, 5]],
    ['nothing on screen', [], []],
  ])('keeps the errors of %s, in order, and every oneOf/anyOf error', (_, paths, kept) => {
    const want = [...kept, 4].sort((a, b) => a - b).map((i) => all[i]);
    expect(errorsWithin(all, paths)).toEqual(want);
  });

  it('does not take a field for one whose name it begins (company.name is not company.nameEn)', () => {
    expect(errorsWithin(all, ['company.nam'])).toEqual([all[4]]);
  });
});

const examples = {
  enterprise: JSON.parse(readFileSync('public/examples/enterprise.json', 'utf8')).data,
  platform: JSON.parse(readFileSync('public/examples/platform.json', 'utf8')).data,
};

/** A copy with a blank row at the end of every table: its cells' errors sit under the table's path. */
function withEmptyRows(value: unknown): unknown {
  if (Array.isArray(value)) {
    const rows = value.map(withEmptyRows);
    return rows.length && rows.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r)) ? [...rows, {}] : rows;
  }
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withEmptyRows(v)]));
}

/** Every control of a step, with the schema JSON Forms renders it from. */
const controlsOf = (root: JsonSchema, paths: readonly string[]) =>
  paths.map((path) => ({ path, schema: resolveSchema(root, `#/properties/${path.split('.').join('/properties/')}`, root) }));

describe.each(ANNEXES.map((annex) => [annex.number, annex] as const))('%s', (_, annex) => {
  const schema = annexSchema(annex) as JsonSchema;
  const validate = formAjv().compile(schema);
  const run = (data: unknown): ErrorObject[] => {
    validate(data);
    return [...(validate.errors ?? [])];
  };
  it.each([
    ['empty', skeleton(schema as CoreSchema, {})],
    ['from the example', skeleton(schema as CoreSchema, examples[annex.kind])],
    ['from the example with an empty row added to each table', skeleton(schema as CoreSchema, withEmptyRows(examples[annex.kind]))],
  ])('shows each field of each step the same errors, %s', (_, data) => {
    const errors = run(data);
    for (const e of errors) expect(errorFieldPath(e)).toBe(getControlPath(e));
    let shown = 0;
    for (const step of annexSteps(annex)) {
      const kept = errorsWithin(errors, step.paths);
      for (const { path, schema: own } of controlsOf(schema, step.paths)) {
        const state = (list: ErrorObject[]) => ({ errors: list, additionalErrors: [], validationMode: 'ValidateAndShow' }) as never;
        const at = (list: ErrorObject[]) => errorAt(path, own as JsonSchema)(state(list));
        // A table shows the errors of its rows' cells, under its own path (TableControl).
        const under = (list: ErrorObject[]) => subErrorsAt(path, own as JsonSchema)(state(list));
        expect(at(kept), `${step.label}：${path}`).toEqual(at(errors));
        expect(under(kept), `${step.label}：${path} 之下`).toEqual(under(errors));
        shown += at(kept).length + under(kept).length;
      }
    }
    // An empty annex has fields to fill: the comparison above saw real messages, not only empty lists.
    if (_ === 'empty') expect(shown).toBeGreaterThan(0);
  });
});
