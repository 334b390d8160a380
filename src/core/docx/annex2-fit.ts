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

/** Points the rows above the 简介 take beyond one line each. */
function rowsGrowth(data: TemplateData): number {
  return ROWS.reduce((sum, [left, right]) => {
    const lines = Math.max(textLines([text(data[left])], emsAt5(1)), textLines([text(data[right])], emsAt5(3)));
    return sum + rowPt(lines) - rowPt(1);
  }, 0);
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
  const roomPt = INTRO_ROOM_PT - rowsGrowth(data);
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
    const spare = Math.floor((INTRO_ROOM_PT - rowsGrowth(data)) / 15) - 1;
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
  const room = Math.floor((INTRO_ROOM_PT - rowsGrowth(data)) / (line / TWIPS_PER_PT));
  if (paragraphs.length === 0 || lines <= room) return [];
  return [
    {
      id: 'E_RANGE',
      path: 'intro',
      label: '企业简介（不超过500字，另附页无效）',
      message: `附件2须在一页之内（另附页无效）。企业简介共${paragraphs.length}段，每段另起一行，用最小的字号也需约${lines}行，本页只容得下约${Math.max(0, room)}行。请合并较短的段落。`,
    },
  ];
}
