// 附件4-2 服务企业情况一览表 and 附件4-3 服务人员情况一览表: a repeating header row and
// one data row that the renderer repeats once per entry.
import {
  A4,
  buildDocx,
  type CellSpec,
  docxParts,
  documentXml,
  lineBreak,
  type PageOptions,
  pageNumberFooter,
  paragraph,
  type ParagraphOptions,
  run,
  sectionProperties,
  table,
  textParagraph,
  textWidth,
  withFooter,
} from '../docx/builder.ts';
import { CELL, PAGE, title } from './style.ts';

export const TITLE_42 = '服务企业情况一览表';
export const TITLE_43 = '服务人员情况一览表';

const FOOTER_ID = 'rIdFooter1';

/**
 * A4 landscape: six or nine columns with a 300-character 概述 need the width. The portrait
 * margins turn with the page (the 28 mm binding edge goes to the top), so the text block is
 * the portrait one on its side.
 */
const LANDSCAPE: PageOptions = {
  width: A4.height,
  height: A4.width,
  marginsMm: { top: PAGE.marginsMm.left, bottom: PAGE.marginsMm.right, left: PAGE.marginsMm.top, right: PAGE.marginsMm.bottom },
  footerId: FOOTER_ID,
};
const LANDSCAPE_WIDTH = textWidth(LANDSCAPE);

/** The builder has no orientation option; without w:orient editors print the wide page as portrait. */
const landscapeSection = () => sectionProperties(LANDSCAPE).replace('<w:pgSz ', '<w:pgSz w:orient="landscape" ');

const CELL_MARGIN = 57; // 1 mm
/** Room for a handwritten line in rows whose values are short. */
const ROW_HEIGHT = 510;

const NOTE: ParagraphOptions = { font: '仿宋', size: 24, lineExact: 400 };
/** "备注：" is three characters of 小四; later notes line up under the first one's number. */
const NOTE_INDENT = 3 * 240;

type Align = ParagraphOptions['align'];

/**
 * Header cell; lines are broken explicitly so words stay whole. Padded by spacing, not a row
 * height: a repeated header row with a minimum height makes some editors push the first row of
 * each continued page down, off its cell centres.
 */
function head(...lines: string[]): CellSpec {
  const runs = lines.flatMap((l, i) => (i === 0 ? [run(l, CELL)] : [lineBreak(CELL), run(l, CELL)]));
  return { content: [paragraph(runs, { ...CELL, align: 'center', before: 60, after: 60 })], vAlign: 'center' };
}

/**
 * Data cell: each tag in a run of its own, so the loop markers never share a w:t with a value.
 * 2pt above and below keep a long 概述 off the borders (the table has no top/bottom cell margin).
 */
function data(tags: string[], align: Align): CellSpec {
  return { content: [paragraph(tags.map((t) => run(`{${t}}`, CELL)), { ...CELL, align, before: 40, after: 40 })], vAlign: 'center' };
}

interface Column {
  head: string[];
  tag: string;
  width: number;
  align: Align;
}

/**
 * Header row repeated on every page, then one row whose first cell opens the loop and last
 * cell closes it, so the whole row repeats per entry.
 */
function listTable(loop: string, columns: Column[]): string {
  const last = columns.length - 1;
  return table({
    grid: columns.map((c) => c.width),
    cellMargin: CELL_MARGIN,
    rows: [
      { cells: columns.map((c) => head(...c.head)), header: true },
      {
        cells: columns.map((c, i) => data([...(i === 0 ? [`#${loop}`] : []), c.tag, ...(i === last ? [`/${loop}`] : [])], c.align)),
        minHeight: ROW_HEIGHT,
      },
    ],
  });
}

/** The remaining text width goes to the last column, the one with free text. */
function fill(columns: Omit<Column, 'width'>[], widths: number[]): Column[] {
  const rest = LANDSCAPE_WIDTH - widths.reduce((a, b) => a + b, 0);
  return columns.map((c, i) => ({ ...c, width: widths[i] ?? rest }));
}

/** The notes stay together on one page. */
function notes(first: string, more: string[]): string[] {
  const last = more.length - 1;
  return [
    textParagraph(first, { ...NOTE, before: 156, leftIndent: NOTE_INDENT, hanging: NOTE_INDENT, keepNext: more.length > 0 }),
    ...more.map((n, i) => textParagraph(n, { ...NOTE, leftIndent: NOTE_INDENT, keepNext: i < last })),
  ];
}

function build(docTitle: string, number: string, body: string[]): Uint8Array {
  const blocks = [
    textParagraph(number, { font: '黑体', latinFont: '黑体', size: 32, lineExact: 580 }),
    title(docTitle, { after: 312 }),
    ...body,
  ];
  const parts = docxParts({ title: docTitle, documentXml: documentXml(blocks, landscapeSection()) });
  return buildDocx(withFooter(parts, pageNumberFooter({ font: '宋体', latinFont: '宋体', size: 28 }), FOOTER_ID));
}

export function buildAnnex42(): Uint8Array {
  // 服务企业类别 fits nine characters a line (国家级专精特新/“小巨人”企业 on two lines);
  // 联系人 fits a name and an 11-digit mobile number.
  const columns = fill(
    [
      { head: ['序号'], tag: 'index', align: 'center' },
      { head: ['服务企业名称'], tag: 'name', align: 'left' },
      { head: ['服务企业类别'], tag: 'category', align: 'center' },
      { head: ['企业所在地'], tag: 'location', align: 'center' },
      { head: ['企业联系人', '（含手机号码）'], tag: 'contact', align: 'center' },
      { head: ['服务情况概述（类别、内容、成效等）'], tag: 'summary', align: 'left' },
    ],
    [700, 2500, 2000, 1800, 1900],
  );
  return build(TITLE_42, '附件4-2', [
    listTable('served', columns),
    ...notes('备注：1.“服务企业类别”分为国家级专精特新“小巨人”企业，省级 “专精特新”中小企业。', [
      '2.“企业所在地”按照“**市（州）**区（市县）”填写。',
      '3.“服务情况概述”按照政策、技术创新、上市辅导、创新成果转化与应用、数字化智能化改造、知识产权应用、上云用云及工业设计、融资对接、管理咨询、市场开拓、培训、法律维权等方面简要描述。',
    ]),
  ]);
}

export function buildAnnex43(): Uint8Array {
  // 学历 fits 博士研究生 on one line; 毕业院校 about ten characters.
  const columns = fill(
    [
      { head: ['序号'], tag: 'index', align: 'center' },
      { head: ['姓名'], tag: 'name', align: 'center' },
      { head: ['出生年月'], tag: 'born', align: 'center' },
      { head: ['学历'], tag: 'education', align: 'center' },
      { head: ['毕业院校'], tag: 'school', align: 'center' },
      { head: ['职称'], tag: 'jobTitle', align: 'center' },
      { head: ['服务中小企业', '从业年限'], tag: 'years', align: 'center' },
      { head: ['是否缴纳社保'], tag: 'insured', align: 'center' },
      { head: ['主管工作'], tag: 'duty', align: 'left' },
    ],
    [700, 1300, 1250, 1300, 2350, 1550, 1450, 1400],
  );
  return build(TITLE_43, '附件4-3', [listTable('staff', columns), ...notes('备注：“服务中小企业从业年限”填写**年。', [])]);
}
