import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANNEXES, APPLICANTS, annexesOf, getAnnex, getApplicant } from '../../src/core/annexes/registry.ts';
import { annexSchema, resolvedSchema } from '../../src/core/annexes/schemas.ts';
import { BASE_SCHEMAS, getSchema } from '../../src/core/schema/store.ts';
import { APPLICANT_NAMES, isApplicantKind } from '../../src/core/annexes/applicant-names.ts';
import { CHECKS } from '../../src/core/annexes/checks.ts';
import { applyingAnnexes, pendingAnnexes } from '../../src/core/annexes/applying.ts';
import { GENERAL_CATEGORY, KEY_CATEGORY } from '../../src/core/platform/category.ts';
import { fieldOrder } from '../../src/core/validate/translate.ts';
import { annexFileName, safeFileNamePart } from '../../src/core/file-name.ts';
import { ProgramError } from '../../src/core/errors.ts';
import { fieldLabel } from '../../src/core/annexes/field-label.ts';
import { example } from '../helpers/example.ts';
import { platformExample } from '../helpers/platform-example.ts';

type Node = Record<string, unknown>;

/** Every `scope` of the UI schema, as a dot path. */
function scopes(ui: Node): string[] {
  const own = typeof ui.scope === 'string' ? [ui.scope.replace(/^#\/properties\//, '').replace(/\/properties\//g, '.')] : [];
  const kids = Array.isArray(ui.elements) ? (ui.elements as Node[]).flatMap(scopes) : [];
  return [...own, ...kids];
}

/** Every `$ref` of an annex schema with the path of the property that holds it. */
function refs(node: Node, path: string[] = []): { path: string; ref: string }[] {
  const own = typeof node.$ref === 'string' ? [{ path: path.join('.'), ref: node.$ref }] : [];
  const props = (node.properties ?? {}) as Record<string, Node>;
  return [...own, ...Object.entries(props).flatMap(([k, v]) => refs(v, [...path, k]))];
}

describe('the registry', () => {
  it('has unique annex ids and numbers', () => {
    expect(new Set(ANNEXES.map((a) => a.id)).size).toBe(ANNEXES.length);
    expect(new Set(ANNEXES.map((a) => a.number)).size).toBe(ANNEXES.length);
  });
  it('gives every applicant kind at least one annex', () => {
    for (const a of APPLICANTS) expect(annexesOf(a.kind).length).toBeGreaterThan(0);
  });
  it('refuses unknown ids with a program error, not a crash', () => {
    expect(() => getAnnex('annex99')).toThrow(ProgramError);
    expect(() => getApplicant('bank')).toThrow(ProgramError);
  });
  it('names an unknown schema and says where applicant schemas come from', () => {
    expect(() => getSchema('bank.schema.json')).toThrow(/未知的模式：bank\.schema\.json（申报主体的模式随其定义载入/);
  });
  it('knows each kind by name apart from its definition, and nothing else as a kind', () => {
    for (const a of APPLICANTS) expect(APPLICANT_NAMES[a.kind]).toEqual({ label: a.label, unnamed: a.unnamed });
    expect(Object.keys(APPLICANT_NAMES).sort()).toEqual(APPLICANTS.map((a) => a.kind).sort());
    for (const junk of ['bank', 'toString', '__proto__', '', null, 1, {}]) expect(isApplicantKind(junk)).toBe(false);
  });
  it('checks each kind with its own rules, apart from its definition', () => {
    for (const a of APPLICANTS) expect(CHECKS[a.kind]).toBe(a.check);
  });
});

// 附件4-4 and 4-5 follow 申报类别: both wait while it is open; once answered, one applies and none waits.
describe.each([
  ['no answer', {}, ['附件4', '附件4-1', '附件4-2', '附件4-3', '附件4-6'], ['附件4-4', '附件4-5']],
  ['an empty answer', { category: '' }, ['附件4', '附件4-1', '附件4-2', '附件4-3', '附件4-6'], ['附件4-4', '附件4-5']],
  ['重点支持', { category: KEY_CATEGORY }, ['附件4', '附件4-1', '附件4-2', '附件4-3', '附件4-4', '附件4-6'], []],
  ['统筹支持', { category: GENERAL_CATEGORY }, ['附件4', '附件4-1', '附件4-2', '附件4-3', '附件4-5', '附件4-6'], []],
  ['an answer no annex knows', { category: '其他' }, ['附件4', '附件4-1', '附件4-2', '附件4-3', '附件4-6'], []],
  ['a wrong type', { category: 3 }, ['附件4', '附件4-1', '附件4-2', '附件4-3', '附件4-6'], ['附件4-4', '附件4-5']],
  ['no dossier at all', null, ['附件4', '附件4-1', '附件4-2', '附件4-3', '附件4-6'], ['附件4-4', '附件4-5']],
])('the platform with %s', (_name, dossier, applying, pending) => {
  const platform = getApplicant('platform');
  it('submits the annexes that apply', () => expect(applyingAnnexes(platform, dossier).map((a) => a.number)).toEqual(applying));
  it('counts as waiting only the annexes whose question is still open', () => expect(pendingAnnexes(platform, dossier).map((a) => a.number)).toEqual(pending));
});

describe('the enterprise', () => {
  it('has no annex that waits for an answer', () => {
    const enterprise = getApplicant('enterprise');
    expect(pendingAnnexes(enterprise, {})).toEqual([]);
    expect(applyingAnnexes(enterprise, {})).toEqual(enterprise.annexes);
  });
});

// A page for one applicant loads that applicant's definition alone, and with it only its own
// schemas (store.ts): each must bring every schema its annexes resolve, and none of another's.
describe.each(APPLICANTS.map((a) => [a.kind, a] as const))('the %s definition', (_k, applicant) => {
  const own = new Set(applicant.schemas.map((s) => String(s.$id)));

  it('brings its dossier schema and the schema of each of its annexes', () => {
    expect(own.has(applicant.dossierSchemaId)).toBe(true);
    for (const annex of applicant.annexes) expect(own.has(annex.schemaId), annex.schemaId).toBe(true);
  });

  it('lists only its own annexes, and every one of them', () => {
    expect(applicant.annexes.every((a) => a.kind === applicant.kind)).toBe(true);
    expect(applicant.annexes).toEqual(ANNEXES.filter((a) => a.kind === applicant.kind));
  });

  it('shares no schema with another applicant', () => {
    for (const other of APPLICANTS.filter((a) => a !== applicant)) {
      expect(other.schemas.filter((s) => own.has(String(s.$id)))).toEqual([]);
    }
  });

  it('refers only to its own schemas and the shared ones', () => {
    const known = new Set([...own, ...BASE_SCHEMAS.map((s) => String(s.$id))]);
    const files = new Set([...JSON.stringify(applicant.schemas).matchAll(/"\$ref":"([^"#]*)/g)].map((m) => m[1]!).filter(Boolean));
    expect(files.size).toBeGreaterThan(0);
    expect([...files].filter((f) => !known.has(f))).toEqual([]);
  });
});

describe.each(ANNEXES.map((a) => [a.number, a] as const))('%s', (_n, annex) => {
  const schema = annexSchema(annex) as Node;
  const fields = fieldOrder(schema);

  it('belongs to a known applicant whose dossier schema exists', () => {
    expect(() => getSchema(getApplicant(annex.kind).dossierSchemaId)).not.toThrow();
  });

  it('is a projection of its dossier: each field refers to the same path in the dossier schema', () => {
    const dossierId = getApplicant(annex.kind).dossierSchemaId;
    const list = refs(getSchema(annex.schemaId));
    expect(list.length).toBeGreaterThan(0);
    for (const { path, ref } of list) {
      expect(ref).toBe(`${dossierId}#/properties/${path.split('.').join('/properties/')}`);
    }
  });

  it('shows every field of its schema in the form, and nothing else', () => {
    expect(scopes(annex.uischema as Node).sort()).toEqual([...fields].sort());
  });

  it('gives every field a title and a description, used as label and help text', () => {
    const dossier = resolvedSchema(getApplicant(annex.kind).dossierSchemaId) as Node;
    for (const path of fields) {
      let node: Node | undefined = schema;
      let inDossier: Node | undefined = dossier;
      for (const k of path.split('.')) {
        node = (node?.properties as Record<string, Node>)[k];
        inDossier = (inDossier?.properties as Record<string, Node>)[k];
      }
      expect(node?.title, path).toEqual(expect.any(String));
      expect(node?.description, path).toEqual(expect.any(String));
      expect(inDossier, path).toBeDefined();
    }
  });

  it('has its template file', () => expect(existsSync(`templates/${annex.template}`)).toBe(true));

  it('names the output after the applicant', () => {
    const data = annex.kind === 'enterprise' ? example() : platformExample();
    const name = annex.kind === 'enterprise' ? '四川蜀芯精密传动科技有限公司' : '成都蜀创中小企业服务中心有限公司';
    expect(annexFileName(annex, data)).toBe(`${annex.number}-${name}-${annex.shortTitle}.docx`);
    expect(annexFileName(annex, {})).toBe(`${annex.number}-${getApplicant(annex.kind).unnamed}-${annex.shortTitle}.docx`);
  });
});

describe('safe file names', () => {
  it.each([
    ['四川/某某:科技*有限公司?', '四川某某科技有限公司'],
    ['  ..隐藏  ', '隐藏'],
    ['a\u0000b\nc', 'abc'],
    ['名'.repeat(100), '名'.repeat(60)],
    // Direction controls and zero-width characters: invisible, and able to show a name reversed.
    ['四川\u202e司公限有\u202c\u200f科技\u200b\u2066有限\u2069公司\ufeff', '四川司公限有科技有限公司'],
    ['\u200e', ''],
  ])('%j → %j', (input, out) => expect(safeFileNamePart(input)).toBe(out));
});

describe('fieldLabel', () => {
  it.each([
    ['indicators.2020.mainRevenue', '2020年主营业务收入（万元）'],
    ['innovation.rdNational.count', '国家级研发机构：个数'],
    ['targets.patents.initial', '有效发明专利数量（个）：实施期初始值'],
    ['no.such.path', 'no.such.path'],
  ])('%s → %s', (path, label) => expect(fieldLabel(getApplicant('enterprise'), path)).toBe(label));
});
