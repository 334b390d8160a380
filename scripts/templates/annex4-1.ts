// 附件4-1 四川省第二批支持“专精特新”中小企业高质量发展公共服务示范平台基本情况表
import {
  buildDocx,
  docxParts,
  documentXml,
  lineBreak,
  pageNumberFooter,
  paragraph,
  type ParagraphOptions,
  run,
  sectionProperties,
  textParagraph,
  withFooter,
} from '../docx/builder.ts';
import { infoTable } from './annex4-1-info.ts';
import { targetBlocks } from './annex4-1-targets.ts';
import { PAGE, TITLE_FACE } from './style.ts';

export const TITLE = '四川省第二批支持“专精特新”中小企业高质量发展公共服务示范平台基本情况表';

const FOOTER_ID = 'rIdFooter1';

export function buildAnnex41(): Uint8Array {
  const titleOpts: ParagraphOptions = { ...TITLE_FACE, size: 36, lineExact: 560, align: 'center', after: 240 };
  const blocks = [
    textParagraph('附件4-1', { font: '黑体', latinFont: '黑体', size: 32, lineExact: 580 }),
    paragraph([run('四川省第二批支持“专精特新”中小企业', titleOpts), lineBreak(titleOpts), run('高质量发展公共服务示范平台基本情况表', titleOpts)], titleOpts),
    infoTable(),
    ...targetBlocks(),
    // Tiny closing paragraph: once the condition paragraphs are dropped, the body still ends with one.
    textParagraph('', { size: 2, lineExact: 20 }),
  ];
  const page = { ...PAGE, footerId: FOOTER_ID, pageNumberStart: 1 };
  const parts = docxParts({ title: TITLE, documentXml: documentXml(blocks, sectionProperties(page)) });
  return buildDocx(withFooter(parts, pageNumberFooter({ font: '宋体', latinFont: '宋体', size: 28 }), FOOTER_ID));
}
