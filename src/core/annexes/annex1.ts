/** 附件1 四川省第二批重点支持国家级专精特新“小巨人”企业申请书: cover, 申报表, 工作方案, 承诺书. */
import uischema from '../../../schemas/annex1.uischema.json';
import { derivedValues, YEARS } from '../enterprise/derived.ts';
import { targetChecks } from '../enterprise/target-checks.ts';
import { targetFields } from '../enterprise/target-fields.ts';
import { COVER_NAME_FITS, COVER_NAME_SMALL, COVER_NAME_WRAPS, fitCoverName } from '../docx/cover-name.ts';
import type { AnnexDefinition, FieldMapping } from './types.ts';

const INDICATOR_ROWS: readonly [tag: string, path: string][] = [
  ['revenue', 'indicators.{y}.revenue'],
  ['mainRevenue', 'indicators.{y}.mainRevenue'],
  ['mainGrowth', 'derived.{y}.mainGrowth'],
  ['mainShare', 'derived.{y}.mainShare'],
  ['profit', 'indicators.{y}.profit'],
  ['profitGrowth', 'derived.{y}.profitGrowth'],
  ['assets', 'indicators.{y}.assets'],
  ['debtRatio', 'indicators.{y}.debtRatio'],
  ['tax', 'indicators.{y}.tax'],
  ['rd', 'indicators.{y}.rd'],
  ['rdShare', 'derived.{y}.rdShare'],
];

// 资产负债率 is typed; the other percentages of the table are computed with two decimals: it prints so too.
const indicatorFields: FieldMapping[] = YEARS.flatMap((y) =>
  INDICATOR_ROWS.map(([tag, path]) => ({ tag: `${tag}_${y}`, path: path.replace('{y}', y), ...(tag === 'debtRatio' ? { as: 'percent' as const } : {}) })),
);

/** 研发机构 and 标准 lines: a box ticked when the count is above 0, the count, and the names. */
const listFields = (key: string): FieldMapping[] => [
  { tag: `${key}Mark`, path: `innovation.${key}.count`, as: 'mark-if-positive' },
  { tag: `${key}Count`, path: `innovation.${key}.count` },
  { tag: `${key}Names`, path: `innovation.${key}.names` },
];

export const annex1: AnnexDefinition = {
  id: 'annex1',
  number: '附件1',
  title: '四川省第二批重点支持国家级专精特新“小巨人”企业申请书',
  shortTitle: '申请书',
  kind: 'enterprise',
  schemaId: 'annex1.schema.json',
  uischema,
  template: 'annex1.docx',
  namePath: 'company.name',
  derive: derivedValues,
  checks: targetChecks,
  fitToPage: fitCoverName,
  inputOnly: [
    // Entered only so that 2018's growth rates can be computed; 附件1 prints 2018–2020.
    'indicators.2017.revenue',
    'indicators.2017.mainRevenue',
    'indicators.2017.profit',
    // 申报对象: asked here for the eligibility self-check; the form has no line for them.
    'status.batch',
    'status.keyFirstBatch',
    'status.listed',
    // 锻长板/关键核心技术攻关 counts for 产业导向 but has no line on the form.
    'orientation.otherKey.applies',
    // 附件7's 具体企业及创新项目: the form names the partner only.
    'orientation.collaboration.project',
  ],
  fields: [
    { tag: 'name', path: 'company.name' },
    // The cover's name line, in the paragraph that holds it (docx/cover-name.ts).
    { tag: COVER_NAME_FITS, path: 'company.name', as: 'paragraphs' },
    { tag: COVER_NAME_WRAPS, path: 'company.name', as: 'paragraphs' },
    { tag: COVER_NAME_SMALL, path: 'company.name', as: 'paragraphs' },
    { tag: 'city', path: 'company.city' },
    { tag: 'filledOn', path: 'company.filledOn', as: 'date' },
    { tag: 'creditCode', path: 'company.creditCode' },
    { tag: 'legalRep', path: 'company.legalRep' },
    { tag: 'legalRepMobile', path: 'company.legalRepMobile' },
    { tag: 'contact', path: 'company.contact' },
    { tag: 'contactMobile', path: 'company.contactMobile' },
    { check: 'scale', path: 'company.scale' },
    { check: 'ownership', path: 'company.ownership' },
    { tag: 'industry', path: 'company.industry', as: 'industry-name' },
    { tag: 'productName', path: 'company.productName' },
    { tag: 'productCategory', path: 'company.productCategory', as: 'product-category' },
    { check: 'fourBase', path: 'orientation.fourBase.applies' },
    { tag: 'fourBaseField', path: 'orientation.fourBase.category' },
    { check: 'fourBaseCategory', path: 'orientation.fourBase.category' },
    { check: 'tenFields', path: 'orientation.tenFields.applies' },
    { tag: 'tenFieldsField', path: 'orientation.tenFields.field' },
    { check: 'gap', path: 'orientation.gap.kind' },
    { tag: 'gapField', path: 'orientation.gap.field' },
    { check: 'shortBoard', path: 'orientation.shortBoard.applies' },
    { tag: 'shortBoardField', path: 'orientation.shortBoard.field' },
    { check: 'collaboration', path: 'orientation.collaboration.applies' },
    { tag: 'collaborationPartner', path: 'orientation.collaboration.partner' },
    { check: 'listing', path: 'orientation.listing.plans' },
    { check: 'listingStage', path: 'orientation.listing.stage' },
    ...indicatorFields,
    ...['rdNational', 'rdProvincial', 'stdLeadNational', 'stdLeadIndustry', 'stdJoinNational', 'stdJoinIndustry'].flatMap(listFields),
    ...targetFields('annex1'),
    { tag: 'intro', path: 'intro', as: 'paragraphs' },
    { tag: 'planBasic', path: 'plan.basic', as: 'paragraphs' },
    { tag: 'planGoals', path: 'plan.goals', as: 'paragraphs' },
    { tag: 'planTasks', path: 'plan.tasks', as: 'paragraphs' },
    { tag: 'planFunding', path: 'plan.funding', as: 'paragraphs' },
    { tag: 'planSafeguards', path: 'plan.safeguards', as: 'paragraphs' },
  ],
};
