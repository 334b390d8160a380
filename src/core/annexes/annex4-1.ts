/** 附件4-1 基本情况表: one of two 绩效目标表, by 申报类别. */
import uischema from '../../../schemas/annex4-1.uischema.json';
import platform from '../../../schemas/platform.schema.json';
import { GENERAL_CATEGORY, KEY_CATEGORY } from '../platform/category.ts';
import { platformChecks } from '../platform/checks.ts';
import { platformDerived } from '../platform/derived.ts';
import { numberText } from '../formats/numbers.ts';
import type { AnnexDefinition, FieldMapping } from './types.ts';

const YEARS = ['2019', '2020'] as const;
const text = (row: Record<string, unknown>, key: string) => row[key] as string;

/** The unit a target's value is asked in, by the common definition it takes. */
const UNIT_OF: Readonly<Record<string, string>> = {
  'common.schema.json#/$defs/wanyuan': '万元',
  'common.schema.json#/$defs/share': '%',
  'common.schema.json#/$defs/signedPercent': '%',
  'common.schema.json#/$defs/count': '',
};

/**
 * The unit printed after a target's value, where the row's printed label names none (总资产, 服务满意度,
 * 成本支出; the seed's labels are kept as they are). 从业人员数量 is counted in people.
 */
function targetUnit(row: string, def: { title: string; properties: Record<string, { $ref?: string }> }): string {
  if (/（[^（）]*(万元|%|户|场|人|项)[^（）]*）/.test(def.title)) return '';
  const ref = Object.values(def.properties)[0]?.$ref ?? '';
  return row === 'employees' ? '人' : (UNIT_OF[ref] ?? '');
}

/** Target rows by their keys in the platform schema, so a row added there reaches paper here. */
const targetFields = (section: 'targetsKey' | 'targetsGeneral', prefix: string): FieldMapping[] =>
  Object.entries(platform.properties[section].properties).flatMap(([row, def]) => {
    const unit = targetUnit(row, def);
    return Object.keys(def.properties).map((col) => ({ tag: `${prefix}_${row}_${col}`, path: `${section}.${row}.${col}`, ...(unit ? { unit } : {}) }));
  });

export const annex41: AnnexDefinition = {
  id: 'annex4-1',
  number: '附件4-1',
  title: '四川省第二批支持“专精特新”中小企业高质量发展公共服务示范平台基本情况表',
  shortTitle: '基本情况表',
  kind: 'platform',
  schemaId: 'annex4-1.schema.json',
  uischema,
  template: 'annex4-1.docx',
  namePath: 'platform.name',
  derive: platformDerived,
  checks: (dossier) => platformChecks(dossier).filter((e) => !e.path.startsWith('served.')),
  fields: [
    ...(['registeredOn', 'nature', 'legalRep', 'address', 'postcode', 'contact', 'phone', 'fax', 'mobile', 'website', 'email', 'recognition'] as const).map(
      (k): FieldMapping => ({ tag: k, path: `platform.${k}`, ...(k === 'registeredOn' ? { as: 'date' as const } : {}) }),
    ),
    { tag: 'registeredCapital', path: 'operation.registeredCapital' },
    {
      rows: 'investors',
      path: 'operation.investors',
      columns: [
        { tag: 'investorName', text: (r) => text(r, 'name') },
        { tag: 'investorNature', text: (r) => text(r, 'nature') },
        { tag: 'investorShare', text: (r) => (typeof r.share === 'number' ? numberText(r.share) : '') },
      ],
    },
    ...YEARS.flatMap((y): FieldMapping[] => [
      ...(['assets', 'revenue', 'serviceRevenue', 'serviceCost', 'profit', 'tax'] as const).map((k) => ({ tag: `${k}_${y}`, path: `operation.years.${y}.${k}` })),
      { tag: `serviceShare_${y}`, path: `derived.serviceShare.${y}` },
      { tag: `svcContent_${y}`, path: `capacity.services.${y}.content` },
      { tag: `svcScale_${y}`, path: `capacity.services.${y}.scale` },
      { tag: `svcKeyServed_${y}`, path: `capacity.services.${y}.keyServed` },
      { tag: `svcSatisfaction_${y}`, path: `capacity.services.${y}.satisfaction` },
    ]),
    { tag: 'staffTotal', path: 'capacity.staffTotal' },
    { tag: 'staffQualified', path: 'capacity.staffQualified' },
    { tag: 'staffQualifiedShare', path: 'derived.staffQualifiedShare' },
    { tag: 'equipmentCount', path: 'capacity.equipmentCount' },
    { tag: 'equipmentValue', path: 'capacity.equipmentValue' },
    { tag: 'equipmentShare', path: 'derived.equipmentShare' },
    { tag: 'floorTotal', path: 'capacity.floorTotal' },
    { tag: 'floorOwned', path: 'capacity.floorOwned' },
    { tag: 'floorRented', path: 'capacity.floorRented' },
    { tag: 'qualifications', path: 'capacity.qualifications' },
    {
      rows: 'partners',
      path: 'capacity.partners',
      columns: [
        { tag: 'partnerSigned', text: (r) => text(r, 'signed') },
        { tag: 'partnerOther', text: (r) => text(r, 'other') },
      ],
    },
    { tag: 'partnerCount', path: 'capacity.partnerCount' },
    { condition: 'isKey', path: 'category', in: [KEY_CATEGORY] },
    { condition: 'isGeneral', path: 'category', in: [GENERAL_CATEGORY] },
    ...targetFields('targetsKey', 'tk'),
    ...targetFields('targetsGeneral', 'tg'),
  ],
};
