// 附件1 四川省第二批重点支持国家级专精特新“小巨人”企业申请书:
// cover, 申报表, 工作方案, 附件材料, 真实性承诺书, each starting on a new page.
import {
  buildDocx,
  docxParts,
  documentXml,
  pageNumberFooter,
  paragraph,
  type ParagraphOptions,
  run,
  sectionBreak,
  sectionProperties,
  textParagraph,
  withFooter,
} from '../docx/builder.ts';
import { applicationForm } from './annex1-form.ts';
import { BODY, COVER_PAGE, coverFill, coverNameFill, HEADING, PAGE, signLine, title, TITLE_FACE, withCoverFoot } from './style.ts';

export const TITLE = '四川省第二批重点支持国家级专精特新“小巨人”企业申请书';

const FOOTER_ID = 'rIdFooter1';
/** Numbering starts at 1 on the 申报表; the cover is a section of its own without a number. */
const BODY_PAGE = { ...PAGE, footerId: FOOTER_ID, pageNumberStart: 1 };


/**
 * Heights are exact, so the cover is laid out alike in every editor: they add up to about 10200
 * of the text's 12755 twips, which leaves room for a name of up to three more lines (about 70
 * characters). The foot line is in the cover's footer (COVER_PAGE).
 */
function cover(): string[] {
  const big: ParagraphOptions = { ...TITLE_FACE, size: 52, lineExact: 900, align: 'center' };
  return [
    textParagraph('附件1', { font: '黑体', latinFont: '黑体', size: 32, lineExact: 580 }),
    textParagraph('四川省第二批重点支持', { ...big, before: 1800 }),
    textParagraph('国家级专精特新“小巨人”企业', big),
    textParagraph('申  请  书', big),
    ...coverNameFill('企业名称（盖章）：', 2600),
    coverFill('所  在  市（州）：', 'city', 200),
    coverFill('填  报  时  间：', 'filledOn', 200),
    sectionBreak(COVER_PAGE),
  ];
}

/** Paragraph loop: one 三号 paragraph per paragraph of the user's text. */
const loop = (tag: string) => [
  textParagraph(`{#${tag}}`, BODY),
  textParagraph('{.}', BODY),
  textParagraph(`{/${tag}}`, BODY),
];

/** The seed's guidance sentences are not printed: the user's own text replaces them. */
function workPlan(): string[] {
  const sections: [string, string][] = [
    ['一、企业基本情况', 'planBasic'],
    ['二、发展目标', 'planGoals'],
    ['三、主要任务', 'planTasks'],
    ['四、资金投入', 'planFunding'],
    ['五、保障措施', 'planSafeguards'],
  ];
  const heading = { ...TITLE_FACE, size: 44, lineExact: 700, align: 'center' } as const;
  return [
    paragraph([run('{name}', heading)], { ...heading, pageBreakBefore: true, keepNext: true }),
    textParagraph('专精特新高质量发展工作方案', { ...heading, after: 580, keepNext: true }),
    ...sections.flatMap(([h, tag]) => [textParagraph(h, HEADING), ...loop(tag)]),
  ];
}

function attachments(): string[] {
  // As the notice prints them: numbered, without boxes to tick.
  const item = (text: string) => textParagraph(text, BODY);
  return [
    title('附件材料', { pageBreakBefore: true, after: 580 }),
    textParagraph('一、佐证材料', HEADING),
    item('1.企业营业执照复印件。'),
    item('2.经会计师事务所审计的企业近三年（2018-2020）会计报表复印件。'),
    item('3.与填报内容对应的其他相关佐证材料（申请书中涉及的相关资质、荣誉、成果、量化指标等，均应提供证明材料）。'),
    textParagraph('二、相关要求', HEADING),
    textParagraph('1.申请书双面打印，工作方案正文用三号字，行间距29磅。', BODY),
    textParagraph('2.材料复印件必须清晰且加盖申报单位公章鲜章。', BODY),
  ];
}

function pledge(): string[] {
  return [
    title('真实性承诺书', { pageBreakBefore: true, after: 580 }),
    textParagraph('本单位郑重承诺，申请书及附件资料均真实、准确、有效。如有不实之处，愿负相应法律责任并承担由此产生的一切后果。', BODY),
    signLine('单位名称（盖章）：', 'name', 1740),
    signLine('法定代表人（签名）：'),
    signLine('2021年　　月　　日'),
  ];
}

export function buildAnnex1(): Uint8Array {
  const blocks = [...cover(), ...applicationForm(), ...workPlan(), ...attachments(), ...pledge()];
  const parts = docxParts({ title: TITLE, documentXml: documentXml(blocks, sectionProperties(BODY_PAGE)) });
  return buildDocx(withCoverFoot(withFooter(parts, pageNumberFooter({ font: '宋体', latinFont: '宋体', size: 28 }), FOOTER_ID)));
}
