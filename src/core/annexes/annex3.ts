/** 附件3 四川省第二批重点“小巨人”企业目标表: the same targets as 附件1 section 四. */
import uischema from '../../../schemas/annex3.uischema.json';
import { derivedValues } from '../enterprise/derived.ts';
import { targetChecks } from '../enterprise/target-checks.ts';
import { targetFields } from '../enterprise/target-fields.ts';
import { ANNEX3_NAME_SIZES, fitAnnex3Name } from '../docx/annex3-fit.ts';
import type { AnnexDefinition } from './types.ts';

export const annex3: AnnexDefinition = {
  id: 'annex3',
  number: '附件3',
  title: '四川省第二批重点“小巨人”企业目标表',
  shortTitle: '目标表',
  kind: 'enterprise',
  schemaId: 'annex3.schema.json',
  uischema,
  template: 'annex3.docx',
  namePath: 'company.name',
  derive: derivedValues,
  checks: targetChecks,
  // The 企业名称 line in the loop of the size that keeps it to two lines (annex3-fit.ts).
  fields: [...ANNEX3_NAME_SIZES.map(({ tag }) => ({ tag, path: 'company.name', as: 'paragraphs' as const })), ...targetFields('annex3')],
  fitToPage: fitAnnex3Name,
};
