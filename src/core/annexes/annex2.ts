/** 附件2 四川省第二批重点“小巨人”企业基本情况表 */
import uischema from '../../../schemas/annex2.uischema.json';
import { fitAnnex2, INTRO_SIZES, introPageCheck } from '../docx/annex2-fit.ts';
import { templateData } from '../docx/template-data.ts';
import type { AnnexDefinition } from './types.ts';

export const annex2: AnnexDefinition = {
  id: 'annex2',
  number: '附件2',
  title: '四川省第二批重点“小巨人”企业基本情况表',
  shortTitle: '基本情况表',
  kind: 'enterprise',
  schemaId: 'annex2.schema.json',
  uischema,
  template: 'annex2.docx',
  namePath: 'company.name',
  fields: [
    { tag: 'name', path: 'company.name' },
    { tag: 'legalRep', path: 'company.legalRep' },
    { tag: 'creditCode', path: 'company.creditCode' },
    { tag: 'employees', path: 'company.employees' },
    { tag: 'registeredOn', path: 'company.registeredOn', as: 'date' },
    { tag: 'registeredCapital', path: 'company.registeredCapital' },
    { check: 'scale', path: 'company.scale' },
    { check: 'ownership', path: 'company.ownership' },
    { tag: 'industry', path: 'company.industry', as: 'industry-name' },
    { tag: 'segment', path: 'company.segment' },
    { tag: 'productCategory', path: 'company.productCategory', as: 'product-category' },
    { tag: 'productName', path: 'company.productName' },
    { check: 'fourBase', path: 'orientation.fourBase.applies' },
    {
      check: 'fourBaseCategory',
      path: 'orientation.fourBase.category',
    },
    { check: 'gap', path: 'orientation.gap.kind' },
    { tag: 'gapField', path: 'orientation.gap.field' },
    { check: 'shortBoard', path: 'orientation.shortBoard.applies' },
    {
      tag: 'shortBoardField',
      path: 'orientation.shortBoard.field',
    },
    // One loop per size of the 简介; fitToPage fills the one that keeps the form on its page.
    ...INTRO_SIZES.map(({ tag }) => ({ tag, path: 'intro', as: 'paragraphs' as const })),
  ],
  fitToPage: fitAnnex2,
  // Fitted or not, the page is estimated from the data as mapped for print.
  checks: (dossier) => introPageCheck(templateData({ ...annex2, fitToPage: undefined, checks: undefined }, dossier)),
};
