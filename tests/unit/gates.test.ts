/** Gates: 如是 answers count only while the answer before them opens them. */
import { describe, expect, it } from 'vitest';
import { ANNEXES, getAnnex } from '../../src/core/annexes/registry.ts';
import { createAjv } from '../../src/core/validate/create-ajv.ts';
import { annexSchema, annexUiSchema } from '../../src/core/annexes/schemas.ts';
import { collectGates, pruneClosedGates, withGateRules } from '../../src/core/dossier/gates.ts';
import { templateData } from '../../src/core/docx/template-data.ts';
import { ProgramError } from '../../src/core/errors.ts';
import { validateAnnex } from '../../src/core/validate/validate.ts';
import { exampleWith } from '../helpers/example.ts';

const annex2 = getAnnex('annex2');

describe('gates of 附件2', () => {
  it('are read from the schema', () => {
    expect(collectGates(annexSchema(annex2)).map((g) => `${g.objectPath}:${g.fields.join(',')}`)).toEqual([
      'company.productCategory:code',
      'orientation.fourBase:category',
      'orientation.gap:field',
      'orientation.shortBoard:field',
    ]);
  });

  it.each([
    ['orientation.gap', { kind: '否', field: '超过十个字的具体领域名称写在这里' }, 'orientation.gap.field'],
    ['company.productCategory', { name: '精密传动部件', basis: '按行业惯例分类', code: '123' }, 'company.productCategory.code'],
  ])('ignore a value left behind at %s once the gate closed', (path, value, hidden) => {
    const data = exampleWith(path, value);
    const result = validateAnnex(annex2, data);
    expect(result.errors.map((e) => e.path)).not.toContain(hidden);
    expect(result.valid).toBe(true);
  });

  it('keep the value in the dossier, so reopening the gate brings it back', () => {
    const data = exampleWith('orientation.gap', { kind: '否', field: '机器人精密减速器' });
    const pruned = pruneClosedGates(annexSchema(annex2), data) as { orientation: { gap: Record<string, unknown> } };
    expect(pruned.orientation.gap).toEqual({ kind: '否' });
    expect((data.orientation as { gap: Record<string, unknown> }).gap.field).toBe('机器人精密减速器');
    expect(templateData(annex2, data).gapField).toBe('');
  });

  it('still check a value while its gate is open', () => {
    const data = exampleWith('orientation.gap', { kind: '填补国内空白', field: '超过十个字的具体领域名称写在这里' });
    expect(validateAnnex(annex2, data).errors).toEqual([expect.objectContaining({ path: 'orientation.gap.field', id: 'E_MAX_CHARS', label: '具体领域' })]);
  });

  it('return the same object when nothing is closed', () => {
    const data = exampleWith('intro', '简介');
    expect(pruneClosedGates(annexSchema(annex2), data)).toBe(data);
  });
});

describe('SHOW rules', () => {
  it('are added to exactly the gated controls', () => {
    const ui = annexUiSchema(annex2) as { elements: { elements: { scope: string; rule?: { condition: { scope: string } } }[] }[] };
    const ruled = ui.elements.flatMap((g) => g.elements).filter((c) => c.rule);
    expect(ruled.map((c) => [c.scope, c.rule!.condition.scope])).toEqual([
      ['#/properties/company/properties/productCategory/properties/code', '#/properties/company/properties/productCategory'],
      ['#/properties/orientation/properties/fourBase/properties/category', '#/properties/orientation/properties/fourBase'],
      ['#/properties/orientation/properties/gap/properties/field', '#/properties/orientation/properties/gap'],
      ['#/properties/orientation/properties/shortBoard/properties/field', '#/properties/orientation/properties/shortBoard'],
    ]);
  });

  it('are valid schemas for ajv (the precompiled validators the form uses are generated from them)', () => {
    const ajv = createAjv();
    for (const annex of ANNEXES) {
      const conditions: unknown[] = [];
      const walk = (n: { rule?: { condition: { schema: unknown } }; elements?: unknown[] }) => {
        if (n.rule) conditions.push(n.rule.condition.schema);
        (n.elements as (typeof n)[] | undefined)?.forEach(walk);
      };
      walk(annexUiSchema(annex) as never);
      for (const c of conditions) expect(() => ajv.compile(c as object), annex.id).not.toThrow();
    }
  });

  // a and b are gated at the root; a.x is gated again inside a; c is not gated, c.x is.
  it.each([
    ['inside two gates follows the outer one', '#/properties/a/properties/x/properties/y', '#'],
    ['of an outer gate alone follows it', '#/properties/b', '#'],
    ['of an inner gate alone follows it', '#/properties/c/properties/x', '#/properties/c'],
    ['whose name only starts like a gated one follows no gate', '#/properties/ab', undefined],
  ])('a control %s', (_what, scope, conditionScope) => {
    const gated = (then: string[], properties: object) => ({ type: 'object', if: { properties: { on: { const: true } } }, then: { required: then }, properties });
    const x = { type: 'object', properties: { y: { type: 'string' } } };
    const schema = gated(['a', 'b'], { a: gated(['x'], { x }), b: { type: 'string' }, c: gated(['x'], { x }), ab: { type: 'string' }, plain: { type: 'string' } });
    // Beside an ungated control, so the rule goes on the control rather than on the layout holding it.
    const ui = withGateRules({ type: 'VerticalLayout', elements: [{ type: 'Control', scope }, { type: 'Control', scope: '#/properties/plain' }] }, schema) as { elements: { rule?: { condition: { scope: string } } }[] };
    expect(ui.elements[0]!.rule?.condition.scope).toBe(conditionScope);
  });

  it('refuse a gate the evaluator cannot read, naming where', () => {
    const schema = { type: 'object', properties: { a: { type: 'object', if: { minProperties: 1 }, then: { required: ['b'] } } } };
    expect(() => withGateRules({ type: 'VerticalLayout', elements: [] }, schema)).toThrow(ProgramError);
    expect(() => collectGates(schema)).toThrow('“a”的条件');
  });
});

describe('gates side by side in allOf (the two 绩效目标表 of 附件4-1)', () => {
  const annex41 = getAnnex('annex4-1');
  const KEY = '重点支持国家级专精特新“小巨人”企业公共服务示范平台';
  const GENERAL = '统筹支持“专精特新”中小企业公共服务示范平台';

  it('are both read', () => {
    expect(collectGates(annexSchema(annex41)).map((g) => `${g.objectPath || '根'}:${g.fields.join(',')}`)).toEqual(['根:targetsKey', '根:targetsGeneral']);
  });

  it.each([
    [KEY, ['targetsKey']],
    [GENERAL, ['targetsGeneral']],
    [undefined, []],
  ])('keep only the chosen category’s table: %s', (category, kept) => {
    const data = { category, targetsKey: { a: 1 }, targetsGeneral: { b: 2 } };
    const pruned = pruneClosedGates(annexSchema(annex41), data) as Record<string, unknown>;
    expect(['targetsKey', 'targetsGeneral'].filter((k) => k in pruned)).toEqual(kept);
  });

  it('hide each table group unless its category is chosen', () => {
    const ui = annexUiSchema(annex41) as { elements: { label?: string; rule?: { condition: { scope: string; schema: { properties: { category: { const: string } } } } } }[] };
    const ruled = ui.elements.filter((g) => g.rule).map((g) => [g.label, g.rule!.condition.scope, g.rule!.condition.schema.properties.category.const]);
    expect(ruled).toEqual([
      ['四、绩效目标表（重点支持国家级专精特新“小巨人”企业服务平台申报单位填写）', '#', KEY],
      ['四、绩效目标表（统筹支持“专精特新”中小企业服务平台申报单位填写）', '#', GENERAL],
    ]);
  });
});

describe('协同创新 of 附件1', () => {
  const annex1 = getAnnex('annex1');
  it('asks for the partner and the project (附件7’s 具体企业及创新项目) once the answer is 是', () => {
    const errors = validateAnnex(annex1, exampleWith('orientation.collaboration', { applies: '是' })).errors;
    expect(errors.filter((e) => e.path.startsWith('orientation.collaboration.')).map((e) => e.path).sort()).toEqual([
      'orientation.collaboration.partner',
      'orientation.collaboration.project',
    ]);
  });
  it('asks for neither when the answer is 否', () => {
    const errors = validateAnnex(annex1, exampleWith('orientation.collaboration', { applies: '否' })).errors;
    expect(errors.filter((e) => e.path.startsWith('orientation.collaboration.'))).toEqual([]);
  });
});

describe('gated fields in the form', () => {
  // JSON Forms reads only `required`: a "如是，…" field said "请填写…" with no asterisk beside it.
  it('are marked required while shown, and only the gated field itself', () => {
    const annex1 = getAnnex('annex1');
    const controls: { scope?: string; options?: Record<string, unknown>; rule?: unknown; elements?: unknown[] }[] = [];
    const walk = (n: { scope?: string; elements?: unknown[] }) => {
      if (n.scope) controls.push(n);
      for (const e of n.elements ?? []) walk(e as typeof n);
    };
    walk(withGateRules(annexUiSchema(annex1), annexSchema(annex1)) as { elements?: unknown[] });
    const at = (path: string) => controls.find((c) => c.scope === `#/properties/${path.split('.').join('/properties/')}`)!;
    for (const gated of ['orientation.collaboration.partner', 'orientation.collaboration.project', 'orientation.listing.stage']) {
      expect(at(gated).options?.gatedRequired, gated).toBe(true);
      expect(at(gated).rule, gated).toBeDefined();
    }
    for (const plain of ['orientation.collaboration.applies', 'company.name']) expect(at(plain).options?.gatedRequired, plain).toBeUndefined();
  });
});
