/** 附件4 申请书（封面）: the 申报类别 decides the cover's title line. */
import uischema from '../../../schemas/annex4.uischema.json';
import { GENERAL_CATEGORY, KEY_CATEGORY } from '../platform/category.ts';
import { COVER_NAME_FITS, COVER_NAME_SMALL, COVER_NAME_WRAPS, fitCoverName } from '../docx/cover-name.ts';
import type { AnnexDefinition } from './types.ts';

export const annex4: AnnexDefinition = {
  id: 'annex4',
  number: '附件4',
  title: '四川省第二批支持“专精特新”中小企业高质量发展公共服务示范平台申请书',
  shortTitle: '申请书',
  kind: 'platform',
  schemaId: 'annex4.schema.json',
  uischema,
  template: 'annex4.docx',
  namePath: 'platform.name',
  fitToPage: fitCoverName,
  // Asked of 统筹 platforms for the self-check (the first 13 may not apply again); not printed.
  inputOnly: ['firstBatchGeneral'],
  fields: [
    {
      tag: 'categoryLine',
      path: 'category',
      // The printed cover offers both lines joined by 或; a filled cover keeps only the chosen one.
      map: {
        [KEY_CATEGORY]: '（重点支持国家级专精特新“小巨人”企业服务平台）',
        [GENERAL_CATEGORY]: '（统筹支持“专精特新”中小企业服务平台）',
        // Broken where the printed cover breaks it.
        '': '（重点支持国家级专精特新“小巨人”企业服务平台\n或统筹支持“专精特新”中小企业服务平台）',
      },
    },
    // The cover's name line, in the paragraph that holds it (docx/cover-name.ts).
    { tag: COVER_NAME_FITS, path: 'platform.name', as: 'paragraphs' },
    { tag: COVER_NAME_WRAPS, path: 'platform.name', as: 'paragraphs' },
    { tag: COVER_NAME_SMALL, path: 'platform.name', as: 'paragraphs' },
    { tag: 'location', path: 'platform.location' },
    { tag: 'filledOn', path: 'platform.filledOn', as: 'date' },
  ],
};
