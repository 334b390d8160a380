/** Our renderer testers: each claims its controls with rank 3 and refuses junk with -1. */
import { describe, expect, it } from 'vitest';
import { resolveSchema, type JsonSchema, type TesterContext, type UISchemaElement } from '@jsonforms/core';
import { ANNEXES } from '../../src/core/annexes/registry.ts';
import { annexSchema, annexUiSchema } from '../../src/core/annexes/schemas.ts';
import {
  dateControlTester,
  groupLayoutTester,
  numberControlTester,
  OUR_ORDER,
  quickChoice,
  radioControlTester,
  selectControlTester,
  tableControlTester,
  textControlTester,
} from '../../src/components/renderers/testers.ts';
import { renderers } from '../../src/components/renderers/index.ts';
import TableRenderer from '../../src/components/renderers/TableRenderer.tsx';
import { columnsOf } from '../../src/components/renderers/TableControl.tsx';
import { tableGrid } from '../../src/components/renderers/table-grid.ts';
import { parseNumberInput } from '../../src/core/text/number-input.ts';
import { getAnnex } from '../../src/core/annexes/registry.ts';
import { validateAnnex } from '../../src/core/validate/validate.ts';
import { exampleWith } from '../helpers/example.ts';
import { shouldShowError } from '../../src/components/renderers/field-state.ts';

const control = (scope = '#/properties/x'): UISchemaElement => ({ type: 'Control', scope }) as UISchemaElement;
const root = (x: JsonSchema): JsonSchema => ({ type: 'object', properties: { x } }) as JsonSchema;
const ctx = (schema: JsonSchema): TesterContext => ({ rootSchema: schema, config: {} }) as unknown as TesterContext;

const SCHEMAS: Record<string, JsonSchema> = {
  text: { type: 'string' },
  limited: { type: 'string', maxChars: 10 } as JsonSchema,
  number: { type: 'number' },
  integer: { type: 'integer' },
  date: { type: 'string', format: 'date' },
  radio: { type: 'string', enum: ['否', '是'] },
  select: { type: 'string', oneOf: [{ const: '01', title: '01 农业' }] },
  table: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, years: { type: 'integer' } } } },
  tableOfChoices: {
    type: 'array',
    items: {
      type: 'object',
      properties: {
        born: { type: 'string', format: 'yearMonth' },
        joined: { type: 'string', format: 'date' },
        degree: { type: 'string', enum: ['本科', '硕士研究生'] },
        industry: { type: 'string', oneOf: [{ const: '01', title: '01 农业' }] },
        insured: { type: 'boolean' },
        services: { type: 'array', items: { type: 'string', enum: ['投融资', '人才培训'] } },
        work: { type: 'string', maxChars: 200 },
      },
    },
  } as JsonSchema,
  strings: { type: 'array', items: { type: 'string' } },
  nestedObject: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, address: { type: 'object', properties: { city: { type: 'string' } } } } } },
  nestedList: { type: 'array', items: { type: 'object', properties: { tags: { type: 'array', items: { type: 'string' } } } } },
  emptyItems: { type: 'array', items: { type: 'object', properties: {} } },
  object: { type: 'object', properties: { name: { type: 'string' } } },
};

const TESTERS = [
  ['textControlTester', textControlTester, ['text', 'limited']],
  ['numberControlTester', numberControlTester, ['number', 'integer']],
  ['dateControlTester', dateControlTester, ['date']],
  ['radioControlTester', radioControlTester, ['radio']],
  ['selectControlTester', selectControlTester, ['select']],
  ['tableControlTester', tableControlTester, ['table', 'tableOfChoices']],
] as const;

describe.each(TESTERS)('%s', (_name, tester, claims) => {
  it.each(Object.keys(SCHEMAS))('ranks the %s control', (kind) => {
    const schema = root(SCHEMAS[kind]!);
    const rank = tester(control(), schema, ctx(schema));
    expect(rank).toBe((claims as readonly string[]).includes(kind) ? 3 : -1);
  });

  it.each([
    ['no ui schema', undefined, {}],
    ['a layout', { type: 'VerticalLayout', elements: [] }, { type: 'object' }],
    ['a scope that does not exist', control('#/properties/missing'), root({ type: 'string' })],
    ['a label element', { type: 'Label', text: 'x' }, { type: 'object' }],
  ])('returns -1 for junk: %s', (_what, ui, schema) => {
    expect(tester(ui as UISchemaElement, schema as JsonSchema, ctx(schema as JsonSchema))).toBe(-1);
  });
});

describe('the registry', () => {
  // As JSON Forms picks: the highest rank, the earlier entry on a tie.
  const pick = (kind: string) => {
    const schema = root(SCHEMAS[kind]!);
    let best: unknown;
    let rank = -Infinity;
    for (const entry of renderers) {
      const r = entry.tester(control(), schema, ctx(schema));
      if (r > rank) [best, rank] = [entry.renderer, r];
    }
    return best;
  };
  it.each(['table', 'tableOfChoices'])('renders %s as our table, also over the vanilla list renderers', (kind) => expect(pick(kind)).toBe(TableRenderer));
  it.each(['strings', 'nestedObject', 'nestedList'])('leaves %s to the vanilla list renderers', (kind) => expect(pick(kind)).not.toBe(TableRenderer));

  // The choice is remembered per element: the same element under another schema must be chosen afresh.
  it('chooses again when the same element comes with another schema', () => {
    const element = control();
    const best = (schema: JsonSchema) => renderers.reduce((a, e) => (e.tester(element, schema, ctx(schema)) > a.tester(element, schema, ctx(schema)) ? e : a)).renderer;
    const text = root(SCHEMAS.text!);
    const number = root(SCHEMAS.number!);
    expect(best(text)).toBe(best(text));
    expect(best(number)).not.toBe(best(text));
    expect(best(root(SCHEMAS.table!))).toBe(TableRenderer);
    expect(best(text)).not.toBe(TableRenderer);
  });
});

describe('groupLayoutTester', () => {
  it('takes groups', () => expect(groupLayoutTester({ type: 'Group', elements: [] } as UISchemaElement, {}, ctx({}))).toBe(3));
  it.each([undefined, control(), { type: 'VerticalLayout', elements: [] }])('returns -1 for %j', (ui) =>
    expect(groupLayoutTester(ui as UISchemaElement, {}, ctx({}))).toBe(-1),
  );
});

describe('number input', () => {
  it.each([
    ['', undefined],
    ['  ', undefined],
    ['1200', 1200],
    ['1,200.50', 1200.5],
    ['１２００', 1200],
    ['３８６人', 386],
    ['6800万元', 6800],
    ['12.5%', 12.5],
    ['-3', -3],
    ['一千二', '一千二'],
    ['1.2.3', '1.2.3'],
    ['1e5', '1e5'],
    // Past a trillion, kept as typed: past 2^53 a number's digits change (…567890 read as …567000).
    ['1000000000000', 1e12],
    ['12345678901234567890', '12345678901234567890'],
    ['-1,000,000,000,001', '-1,000,000,000,001'],
    // U+2212, the minus sign Word and Excel paste, and full-width and dash forms.
    ['−5', -5],
    ['－5', -5],
    // Only thousands are grouped: "1,2" and "12 34" are no figure anyone means for sure.
    ['1,2', '1,2'],
    ['12 34', '12 34'],
    ['1，200', 1200],
    [' 1200 ', 1200],
  ])('%j → %j', (text, value) => expect(parseNumberInput(text)).toEqual(value));

  it.each([
    ['3000万元', '万元', 3000],
    ['3000万', '万元', 3000],
    ['3000 万元', '万元', 3000],
    ['12％', '%', 12],
    ['5台', '台（套）', 5],
    ['386人', '人', 386],
    // Another unit is not dropped: 3000元 is not 3000万元.
    ['3000元', '万元', '3000元'],
    ['12%', '人', '12%'],
    ['386人', '万元', '386人'],
  ])('%j in a %s field → %j', (text, unit, value) => expect(parseNumberInput(text, unit)).toEqual(value));

  it('says a number kept as typed for its size is too large, not that it is no number', () => {
    const errors = validateAnnex(getAnnex('annex2'), exampleWith('company.registeredCapital', '12345678901234567890')).errors;
    expect(errors.find((e) => e.path === 'company.registeredCapital')?.message).toBe('数值过大（超过1万亿），请检查是否多输了位数。');
    expect(validateAnnex(getAnnex('annex2'), exampleWith('company.registeredCapital', '一千二')).errors.find((e) => e.path === 'company.registeredCapital')?.message).toBe('请填写数字。');
  });
});

describe('when an error shows', () => {
  it.each([
    ['', false, 'x', false, false],
    ['请填写', false, undefined, false, false],
    ['请填写', true, undefined, false, true],
    ['请填写', false, undefined, true, true],
    ['格式不对', false, 'abc', false, true],
  ])('%j touched=%s value=%j all=%s → %s', (errors, touched, value, all, shown) =>
    expect(shouldShowError(errors, touched, value, all)).toBe(shown),
  );
});

describe('table grid', () => {
  it('gives every column a least width by its kind, between the row number and the actions', () => {
    const kinds = columnsOf({ type: 'object', properties: { name: { type: 'string' }, born: { type: 'string', format: 'yearMonth' }, years: { type: 'integer' }, duty: { type: 'string', maxChars: 300 } } }).map((c) => c.kind);
    expect(kinds).toEqual(['text', 'month', 'integer', 'textarea']);
    expect(tableGrid(kinds)).toEqual({
      columns: '3em minmax(10em, 10fr) minmax(9.5em, 9.5fr) minmax(6em, 6fr) minmax(14em, 14fr) 10.5em',
      width: '53em',
    });
  });
  it('still has the row number and actions for a table without columns', () => expect(tableGrid([])).toEqual({ columns: '3em 10.5em', width: '13.5em' }));
});

describe('the quick choice', () => {
  const TESTER_OF = {
    text: textControlTester,
    number: numberControlTester,
    date: dateControlTester,
    radio: radioControlTester,
    select: selectControlTester,
    group: groupLayoutTester,
    table: tableControlTester,
  } as const;
  // What the testers choose, the first of the highest rank in OUR_ORDER, or 'none'.
  const byTesters = (ui: UISchemaElement, schema: JsonSchema) => {
    let best: string = 'none';
    let rank = 0;
    for (const name of OUR_ORDER) {
      const r = TESTER_OF[name](ui, schema, ctx(schema));
      if (r > rank) [best, rank] = [name, r];
    }
    return best;
  };
  const elements = (node: unknown): UISchemaElement[] =>
    node && typeof node === 'object' ? [node as UISchemaElement, ...(((node as { elements?: unknown[] }).elements ?? []).flatMap(elements))] : [];

  describe.each(ANNEXES.map((a) => [a.number, a] as const))('%s', (_n, annex) => {
    const schema = annexSchema(annex) as JsonSchema;
    it('decides every element of the annex, as the testers do', () => {
      for (const ui of elements(annexUiSchema(annex))) {
        const leaf = ui.type === 'Control' ? resolveSchema(schema, (ui as { scope: string }).scope, schema) : schema;
        const quick = quickChoice(ui, leaf);
        expect(quick, JSON.stringify(ui)).not.toBeNull();
        expect(quick, JSON.stringify(ui)).toBe(byTesters(ui, schema));
      }
    });
  });

  it.each(Object.keys(SCHEMAS))('agrees with the testers on the %s control, or leaves it to them', (kind) => {
    const leaf = SCHEMAS[kind]!;
    const quick = quickChoice(control(), leaf);
    if (quick !== null) expect(quick).toBe(byTesters(control(), root(leaf)));
  });

  it.each([
    ['a date by option', { ...control(), options: { format: 'date' } }, { type: 'string' }, 'date'],
    ['a number with choices', control(), { type: 'integer', enum: [1, 2] }, 'number'],
    ['a string of a type list', control(), { type: ['string', 'null'] }, 'text'],
    ['no type written', control(), { enum: ['a'] }, null],
    ['a layout', { type: 'HorizontalLayout', elements: [] }, {}, 'none'],
    ['junk', undefined, {}, null],
  ])('%s', (_what, ui, leaf, expected) => {
    expect(quickChoice(ui, leaf)).toBe(expected);
    if (expected !== null && ui) expect(byTesters(ui as UISchemaElement, root(leaf as JsonSchema))).toBe(expected);
  });
});
