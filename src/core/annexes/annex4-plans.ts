/** 附件4-4 / 4-5 工作方案 (one of them, by 申报类别) and 附件4-6 承诺书. */
import uischema44 from '../../../schemas/annex4-4.uischema.json';
import uischema45 from '../../../schemas/annex4-5.uischema.json';
import uischema46 from '../../../schemas/annex4-6.uischema.json';
import platform from '../../../schemas/platform.schema.json';
import { GENERAL_CATEGORY, KEY_CATEGORY } from '../platform/category.ts';
import { fitSignName } from '../docx/sign-name.ts';
import type { AnnexDefinition, FieldMapping } from './types.ts';

/** Each section of an outline is a paragraph loop named after its key: `{#planKey_cases}{.}{/planKey_cases}`. */
const sections = (group: 'planOverview' | 'planKey' | 'planGeneral'): FieldMapping[] =>
  Object.keys(platform.properties[group].properties).map((k) => ({ tag: `${group}_${k}`, path: `${group}.${k}`, as: 'paragraphs' as const }));

export const annex44: AnnexDefinition = {
  id: 'annex4-4',
  number: '附件4-4',
  title: '重点支持国家级专精特新“小巨人”企业公共服务示范平台工作方案',
  shortTitle: '工作方案',
  kind: 'platform',
  schemaId: 'annex4-4.schema.json',
  uischema: uischema44,
  template: 'annex4-4.docx',
  namePath: 'platform.name',
  appliesWhen: { path: 'category', in: [KEY_CATEGORY] },
  fields: [...sections('planOverview'), ...sections('planKey')],
};

export const annex45: AnnexDefinition = {
  id: 'annex4-5',
  number: '附件4-5',
  title: '统筹支持“专精特新”中小企业服务平台工作方案',
  shortTitle: '工作方案',
  kind: 'platform',
  schemaId: 'annex4-5.schema.json',
  uischema: uischema45,
  template: 'annex4-5.docx',
  namePath: 'platform.name',
  appliesWhen: { path: 'category', in: [GENERAL_CATEGORY] },
  fields: [...sections('planOverview'), ...sections('planGeneral')],
};

export const annex46: AnnexDefinition = {
  id: 'annex4-6',
  number: '附件4-6',
  title: '承诺书',
  shortTitle: '承诺书',
  kind: 'platform',
  schemaId: 'annex4-6.schema.json',
  uischema: uischema46,
  template: 'annex4-6.docx',
  namePath: 'platform.name',
  fields: [{ tag: 'name', path: 'platform.name' }],
  fitToPage: fitSignName,
};
