/**
 * 附件2 is one page: its 企业简介 is "不超过500字，另附页无效". At 五号, 500 characters in six
 * paragraphs, or a long 企业名称 above a long 简介, ran onto a second page. So the 简介 is set
 * in the largest of four sizes that keeps the table on its page, as a clerk would shrink it in
 * Word. The template (scripts/templates/annex2.ts) holds one paragraph loop per size, and the
 * mapped data fills only the chosen one.
 *
 * The page is estimated, not measured: rows of text one character to the em, with exact line
 * heights, are the same in every editor. The figures were read off LibreOffice's PDF of the
 * template (tests/documents/one-page.test.ts prints the worst cases to check them).
 */
import type { FieldError } from '../errors.ts';
import type { TemplateData } from './template-data.ts';
import { textLines } from '../text/line-count.ts';

/** Column widths in twips: label, value, label, value; together the page's text width (8844). */
export const ANNEX2_GRID = [2050, 2700, 2050, 2044] as const;
/** Left plus right cell margin, twips. */
export const ANNEX2_CELL_MARGINS = 2 * 57;

/** The 简介's sizes, largest first: font size in half-points and exact line height in twips. */
export const INTRO_SIZES = [
  { tag: 'intro', halfPoints: 21, line: 300 }, // 五号, as the rest of the table
  { tag: 'introSmall', halfPoints: 18, line: 260 }, // 小五
  { tag: 'introTiny', halfPoints: 15, line: 220 }, // 六号
  // 六号 set close, for a 简介 of many short paragraphs (a numbered list of 25 lines): each takes a
  // line of its own, and at 11 pt a line they ran onto a second page.
  { tag: 'introTight', halfPoints: 15, line: 180 },
] as const;

const TWIPS_PER_PT = 20;
/** Ems of 五号 (10.5 pt) in a value column. */
const emsAt5 = (col: number) => (ANNEX2_GRID[col]! - ANNEX2_CELL_MARGINS) / 210;
/** A row of one line is held at its minimum height (425 twips); each line beyond adds 15 pt. */
const rowPt = (lines: number) => Math.max(21.25, 15 * lines + 0.55);

/** The rows whose height follows their text: [tag in column 2, tag in column 4]. */
const ROWS = [
  ['name', 'legalRep'],
  ['creditCode', 'employees'],
  ['registeredOn', 'registeredCapital'],
  ['industry', 'segment'],
  ['productCategory', 'productName'],
] as const;

/**
 * Points of the page left for the 简介's lines when every row above holds one line: 18 lines of
 * 15 pt fit under the example's rows (three of them two lines high) in LibreOffice, so
 * 270 + 3 × (30.55 − 21.25).
 */
const INTRO_ROOM_PT = 270 + 3 * (rowPt(2) - rowPt(1));

const text = (v: TemplateData[string] | undefined): string => (typeof v === 'string' ? v : '');

/** What each row of ROWS is called on the form, for the message that asks to shorten it. */
const ROW_LABELS: Record<(typeof ROWS)[number][number], string> = {
  name: '企业名称',
  legalRep: '法定代表人',
  creditCode: '统一社会信用代码',
  employees: '从业人数',
  registeredOn: '注册时间',
  registeredCapital: '注册资本',
  industry: '所属行业',
  segment: '具体细分领域名称',
  productCategory: '主导产品类别',
  productName: '主导产品名称',
};

/**
 * Lines of the 填补空白 | 补短板 row: □否, the two 填补 boxes and "具体领域：＿（限10字以内）" on the
 * left; □否 and "□是，具体领域和环节：＿（限10字以内）" on the right. The fill-ins are padded with a
 * full-width space either side (scripts/templates/annex2.ts).
 */
const choiceRowLines = (gapField: string, shortBoardField: string) =>
  Math.max(3 + textLines([`具体领域：　${gapField}　（限10字以内）`], emsAt5(1)), 1 + textLines([`□是，具体领域和环节：　${shortBoardField}　（限10字以内）`], emsAt5(3)));
/** That row as the example fills it, which INTRO_ROOM_PT was measured under. */
const CHOICE_ROW_MEASURED = choiceRowLines('机器人精密减速器', '高精度传动部件');

/** Points the rows above the 简介 take beyond what the room was measured with, and which rows grew. */
function rowsGrowth(data: TemplateData): { pt: number; grown: string[] } {
  const grown: string[] = [];
  let pt = 0;
  for (const [left, right] of ROWS) {
    const l = textLines([text(data[left])], emsAt5(1));
    const r = textLines([text(data[right])], emsAt5(3));
    pt += rowPt(Math.max(l, r)) - rowPt(1);
    // Named only past two lines: the example's own name and product rows take two.
    if (l > 2) grown.push(ROW_LABELS[left]);
    if (r > 2) grown.push(ROW_LABELS[right]);
  }
  // A 10-character 具体领域 takes a line more than the example's 8 (never counted as less: the
  // room was measured with the example's row).
  const choice = choiceRowLines(text(data.gapField), text(data.shortBoardField));
  if (choice > CHOICE_ROW_MEASURED) {
    pt += (choice - CHOICE_ROW_MEASURED) * 15;
    grown.push('具体领域');
  }
  return { pt, grown };
}

/** Ems of the 简介's line at a size: its cell spans the last three columns. */
const introEms = (halfPoints: number) => (ANNEX2_GRID[1] + ANNEX2_GRID[2] + ANNEX2_GRID[3] - ANNEX2_CELL_MARGINS) / (halfPoints * 10);

/**
 * The size the 简介 is set in: the largest whose lines, and one more for safety, fit the room
 * the rows above leave; the smallest when none does (the form then runs over, as it must: the
 * rows above alone can fill the page, with every field at its longest).
 */
export function introSize(data: TemplateData): (typeof INTRO_SIZES)[number] {
  const paragraphs = Array.isArray(data.intro) ? (data.intro as string[]) : [];
  const roomPt = INTRO_ROOM_PT - rowsGrowth(data).pt;
  const fits = INTRO_SIZES.find(({ halfPoints, line }) => (textLines(paragraphs, introEms(halfPoints), 2) + 1) * (line / TWIPS_PER_PT) <= roomPt);
  return fits ?? INTRO_SIZES[INTRO_SIZES.length - 1]!;
}

/** Blank lines of 五号 a form without a 简介 gets to write one by hand: about 8 cm, as room allows. */
const BLANK_LINES = 15;

/**
 * The mapped data with the 简介 in the loop of its size and the other loops empty. The row has no
 * height of its own (a fixed 8 cm pushed a full page over); a blank form gets blank lines instead.
 */
export function fitAnnex2(data: TemplateData): TemplateData {
  const paragraphs = Array.isArray(data.intro) ? data.intro : [];
  if (paragraphs.length === 0) {
    const spare = Math.floor((INTRO_ROOM_PT - rowsGrowth(data).pt) / 15) - 1;
    const blank = Array.from({ length: Math.max(1, Math.min(BLANK_LINES, spare)) }, () => '');
    return { ...data, ...Object.fromEntries(INTRO_SIZES.map(({ tag }, i) => [tag, i === 0 ? blank : []])) };
  }
  const chosen = introSize(data).tag;
  return { ...data, ...Object.fromEntries(INTRO_SIZES.map(({ tag }) => [tag, tag === chosen ? paragraphs : []])) };
}

/**
 * A 简介 that no size keeps on one page: so many short paragraphs (each starts a line) that a
 * second page follows, which the notice refuses ("另附页无效"). Reported at the field, from the
 * mapped data before fitting; the estimate keeps no safety line here, so it speaks only when the
 * page surely runs over.
 */
export function introPageCheck(data: TemplateData): FieldError[] {
  const paragraphs = Array.isArray(data.intro) ? (data.intro as string[]) : [];
  const { halfPoints, line } = INTRO_SIZES[INTRO_SIZES.length - 1]!;
  const lines = textLines(paragraphs, introEms(halfPoints), 2);
  const growth = rowsGrowth(data);
  const room = Math.max(0, Math.floor((INTRO_ROOM_PT - growth.pt) / (line / TWIPS_PER_PT)));
  if (paragraphs.length === 0 || lines <= room) return [];
  // Say what takes the room: many short paragraphs, or long answers in the rows above the 简介
  // (merging paragraphs cannot help when those leave only a line or two).
  const above = growth.grown.length ? `上面的${growth.grown.join('、')}较长，占去了本页的位置；` : '';
  const remedies = [paragraphs.length > 1 ? '合并较短的段落' : '', growth.grown.length ? `缩短${growth.grown.join('、')}` : '', '删减简介'].filter(Boolean);
  return [
    {
      id: 'E_RANGE',
      path: 'intro',
      label: '企业简介（不超过500字，另附页无效）',
      message: `附件2须在一页之内（另附页无效）。${above}企业简介共${paragraphs.length}段，每段另起一行，用最小的字号也需约${lines}行，本页只容得下约${room}行。请${remedies.join('，或')}。`,
    },
  ];
}
