// 附件4-4 / 4-5 工作方案 (重点 and 统筹 platforms) and 附件4-6 承诺书.
import {
  buildDocx,
  docxParts,
  documentXml,
  pageNumberFooter,
  type ParagraphOptions,
  sectionProperties,
  textParagraph,
  withFooter,
} from '../docx/builder.ts';
import { BODY, HEADING, PAGE, signLine, title } from './style.ts';

export const TITLE_44 = '重点支持国家级专精特新“小巨人”企业公共服务示范平台工作方案';
export const TITLE_45 = '统筹支持“专精特新”中小企业服务平台工作方案';
export const TITLE_46 = '承诺书';

const FOOTER_ID = 'rIdFooter1';

const NUMBER: ParagraphOptions = { font: '黑体', latinFont: '黑体', size: 32, lineExact: 580 };

/** （一）… sub-headings: 仿宋 bold, since 仿宋 and 黑体 are the only CJK fonts the package declares. */
const SUBHEADING: ParagraphOptions = { ...BODY, bold: true, keepNext: true };

/** Paragraph loop: one 三号 paragraph per paragraph of the user's text. */
const loop = (tag: string) => [textParagraph(`{#${tag}}`, BODY), textParagraph('{.}', BODY), textParagraph(`{/${tag}}`, BODY)];

/** A heading, its own loop when it has one, then its sub-headings each with a loop. */
type Section = [heading: string, tag: string | null, subs: [string, string][]];

const OVERVIEW: Section = [
  '一、总体情况',
  null,
  [
    ['（一）平台基本情况', 'planOverview_basic'],
    ['（二）服务基本情况', 'planOverview_service'],
    ['（三）从业人员情况', 'planOverview_staff'],
    ['（四）运营管理情况', 'planOverview_operation'],
  ],
];

/** The outline's guidance sentences are not printed: the user's own text replaces them. */
function workPlan(number: string, titleLines: [string, string], docTitle: string, sections: Section[]): Uint8Array {
  const blocks = [
    textParagraph(number, NUMBER),
    title(titleLines[0], { keepNext: true }),
    title(titleLines[1], { after: 580, keepNext: true }),
    ...sections.flatMap(([heading, tag, subs]) => [
      textParagraph(heading, HEADING),
      ...(tag ? loop(tag) : []),
      ...subs.flatMap(([sub, subTag]) => [textParagraph(sub, SUBHEADING), ...loop(subTag)]),
    ]),
  ];
  const parts = docxParts({ title: docTitle, documentXml: documentXml(blocks, sectionProperties({ ...PAGE, footerId: FOOTER_ID })) });
  return buildDocx(withFooter(parts, pageNumberFooter({ font: '宋体', latinFont: '宋体', size: 28 }), FOOTER_ID));
}

export function buildAnnex44(): Uint8Array {
  return workPlan('附件4-4', ['重点支持国家级专精特新“小巨人”企业', '公共服务示范平台工作方案'], TITLE_44, [
    OVERVIEW,
    [
      '二、重点企业服务开展情况',
      null,
      [
        ['（一）近三年重点企业服务情况', 'planKey_history'],
        ['（二）服务典型案例', 'planKey_cases'],
      ],
    ],
    [
      '三、服务国家级专精特新“小巨人”企业的工作实施方案',
      'planKey_plan',
      [
        ['（一）计划为国家级专精特新“小巨人”企业提供的服务内容', 'planKey_services'],
        ['（二）计划为重点“小巨人”企业提供的“点对点”服务内容', 'planKey_pointToPoint'],
        ['（三）资金使用安排', 'planKey_funds'],
        ['（四）服务绩效', 'planKey_performance'],
      ],
    ],
    ['四、保障措施', 'planKey_safeguards', []],
  ]);
}

export function buildAnnex45(): Uint8Array {
  return workPlan('附件4-5', ['统筹支持“专精特新”中小企业服务平台', '工作方案'], TITLE_45, [
    OVERVIEW,
    [
      '二、提供的服务内容和服务举措',
      null,
      [
        ['（一）政策服务', 'planGeneral_policy'],
        ['（二）创新和技术服务', 'planGeneral_innovation'],
        ['（三）数字化赋能服务', 'planGeneral_digital'],
        ['（四）工业设计服务', 'planGeneral_design'],
        ['（五）融资对接服务', 'planGeneral_financing'],
        ['（六）管理咨询服务', 'planGeneral_consulting'],
        ['（七）市场开拓服务', 'planGeneral_market'],
        ['（八）培训服务', 'planGeneral_training'],
        ['（九）法律维权服务', 'planGeneral_legal'],
        ['（十）其他服务', 'planGeneral_other'],
      ],
    ],
    ['三、服务绩效', 'planGeneral_performance', []],
    ['四、保障措施', 'planGeneral_safeguards', []],
  ]);
}

export function buildAnnex46(): Uint8Array {
  // The signature block as 附件1's 真实性承诺书 sets it (signLine): one indent for every line. The
  // page is budgeted to hold a name of two lines: 14 body lines and the headings leave 3005 twips;
  // the block takes 2320 with a wrapped name, plus 580 above it. So a long name wraps under the
  // label, not under itself: two lines then hold 37 characters of name rather than 28.
  const blocks = [
    textParagraph('附件4-6', NUMBER),
    title('承诺书', { after: 290 }),
    ...[
      '本单位郑重承诺：',
      '一、对本次申报四川省第二批支持“专精特新”中小企业高质量发展服务平台的所有填报内容的真实性、准确性负责。',
      '二、对本次申报四川省第二批支持“专精特新”中小企业高质量发展服务平台的所有报告、附件材料的真实性、准确性负责。',
      '三、近三年来在财务、税收、安全、环保、质量等方面无重大违法违规行为及其他禁止申报专项资金的行为。',
      '四、将按照工作实施方案推进服务工作的开展，完成各项服务绩效目标。',
      '五、将严格按照财政专项资金管理使用规定，规范、科学、高效管理和使用财政专项资金。',
      '若发生与上述承诺相违背的事实，由本单位承担一切后果。',
    ].map((text) => textParagraph(text, BODY)),
    signLine('申报单位（公章）：', 'name', 580, false),
    signLine('法定代表人（签字）：', undefined, 0),
    // Full-width spaces: room to write the date by hand (ASCII spaces in 仿宋 left about 3 mm).
    signLine('　　　　年　　月　　日', undefined, 0),
  ];
  return buildDocx(docxParts({ title: TITLE_46, documentXml: documentXml(blocks, sectionProperties(PAGE)) }));
}
