// 附件4 四川省第二批支持“专精特新”中小企业高质量发展公共服务示范平台申请书: the one-page cover.
import {
  buildDocx,
  docxParts,
  documentXml,
  lineBreak,
  paragraph,
  type ParagraphOptions,
  run,
  sectionProperties,
  textParagraph,
} from '../docx/builder.ts';
import { COVER_PAGE, coverFill, coverNameFill, TITLE_FACE, withCoverFoot } from './style.ts';

export const TITLE = '四川省第二批支持“专精特新”中小企业高质量发展公共服务示范平台申请书';

const HEI: ParagraphOptions = { font: '黑体', latinFont: '黑体', align: 'center' };

/**
 * Heights are exact, so the cover is laid out alike in every editor: about 10400 of the text's
 * 12755 twips with the category line on two lines, which leaves room for a name of three more
 * lines. The foot line is in the cover's footer (COVER_PAGE).
 */
function cover(): string[] {
  // 二号: twenty characters a line, so the title breaks where the seed breaks it. Centred, as the
  // notice's title and every other line of the cover are.
  const big: ParagraphOptions = { ...TITLE_FACE, size: 44, lineExact: 800, align: 'center' };
  // 三号: a chosen category (24 characters) stays on one line; the unchosen text takes two.
  const category: ParagraphOptions = { ...HEI, size: 32, lineExact: 600, before: 200 };
  return [
    textParagraph('附件4', { font: '黑体', latinFont: '黑体', size: 32, lineExact: 580 }),
    paragraph([run('四川省第二批支持 “专精特新”中小企业', big), lineBreak(big), run('高质量发展公共服务示范平台', big)], { ...big, before: 1200 }),
    paragraph([run('{categoryLine}', category)], category),
    textParagraph('申  请  书', { ...HEI, size: 72, lineExact: 1100, before: 400 }),
    ...coverNameFill('平台名称（盖章）：', 1600),
    coverFill('所在地：', 'location', 200),
    coverFill('填报时间：', 'filledOn', 200),
  ];
}

/** One section, whose footer holds the foot line: the cover carries no page number. */
export function buildAnnex4(): Uint8Array {
  return buildDocx(withCoverFoot(docxParts({ title: TITLE, documentXml: documentXml(cover(), sectionProperties(COVER_PAGE)) })));
}
