// Page and type settings shared by every template, so all annexes look like one set of forms.
import { lineBreak, paragraph, type PageOptions, type ParagraphOptions, run, type RunProps, tab, textFooter, textWidth, withFooter } from '../docx/builder.ts';

export const PAGE: PageOptions = { marginsMm: { top: 37, bottom: 35, left: 28, right: 26 } };

/**
 * A cover's foot line (四川省经济和信息化厅制) sits in the cover's own footer, not in its text: a
 * long name wrapping onto more lines then cannot push it onto a page of its own, which in a
 * 申请书 printed on both sides would turn every later page. The footer ends 24 mm above the
 * page's edge, inside the 35 mm bottom margin, so it takes nothing from the text's height.
 */
const COVER_FOOTER_ID = 'rIdCoverFoot';
export const COVER_PAGE: PageOptions = { ...PAGE, footerId: COVER_FOOTER_ID, footerMm: 24 };

/** Adds the cover's footer to a package whose cover section is set with COVER_PAGE. */
export const withCoverFoot = (parts: Record<string, string>): Record<string, string> =>
  withFooter(parts, textFooter('四川省经济和信息化厅制', { font: '仿宋', size: 32 }), COVER_FOOTER_ID, 'footer-cover.xml');

/** Text width in twips (8844). */
export const WIDTH = textWidth(PAGE);

/**
 * 仿宋 五号 inside the table; exact 15pt lines give the same row heights in every editor
 * and keep the long 申报表 to as few pages as it can be.
 */
export const CELL: ParagraphOptions = { font: '仿宋', size: 21, lineExact: 300 };

/**
 * Body text as the notice asks for the 工作方案: 三号, exact 29pt lines, two-character indent.
 * Left-aligned, not justified: justified, LibreOffice hung a line's last 、 past the margin and its
 * PDF lost it ("规范、科学 / 高效管理").
 */
export const BODY: ParagraphOptions = { font: '仿宋', size: 32, lineExact: 580, align: 'left', firstLineChars: 200 };

/** 一、二、… headings of the 工作方案 and the 附件材料 list. */
export const HEADING: ParagraphOptions = { font: '黑体', latinFont: '黑体', size: 32, lineExact: 580, firstLineChars: 200, keepNext: true };

/**
 * Titles are set in 小标宋 as official documents are. Where it is not installed, the font table
 * names 黑体 as its stand-in, so Word and WPS substitute a bold CJK face, never a Latin one.
 */
export const TITLE_FONT = '方正小标宋简体';
export const TITLE_FACE: ParagraphOptions = { font: TITLE_FONT, latinFont: TITLE_FONT };

/**
 * Centred 小标宋 title; every part after the cover starts on a new page. A `\n` in the text is a
 * line break where the title should wrap, rather than wherever the line happens to fill.
 */
export function title(text: string, opts: ParagraphOptions = {}): string {
  const props: ParagraphOptions = { ...TITLE_FACE, size: 44, lineExact: 760, align: 'center', ...opts };
  return paragraph(
    text.split('\n').flatMap((line, i) => (i ? [lineBreak(props), run(line, props)] : [run(line, props)])),
    props,
  );
}

/**
 * A check-box run: □/☑ replaces the tag. It is a shared-script symbol, so the CJK font is
 * named for every script to keep it full-width in editors that ignore the eastAsia hint.
 */
export function markRun(tag: string, props: RunProps): string {
  return run(`{${tag}}`, { ...props, latinFont: props.font });
}

/** Cover fill-in lines (三号 仿宋, exact 35 pt). */
export const COVER_FILL: ParagraphOptions = { font: '仿宋', size: 32, lineExact: 700 };
// After the label, an underlined tab to a centre stop and another to the right stop: every line
// ends at the same place and the value sits in its middle. 9 characters of 三号 is the longest label.
const FILL_LEFT = 320;
const FILL_TABS: ParagraphOptions['tabs'] = [
  { align: 'center', pos: Math.round((FILL_LEFT + 9 * 320 + WIDTH) / 2) },
  { align: 'right', pos: WIDTH },
];

/**
 * The cover's name line in its three forms (src/core/docx/cover-name.ts fills one): a name that
 * fits is centred between underlined tabs, as coverFill sets any value; a longer one comes in
 * balanced lines, each starting under the first, underlined as written; a very long one likewise
 * in a smaller size.
 */
export function coverNameFill(text: string, before: number): string[] {
  const u = { ...COVER_FILL, underline: true };
  const label = Array.from(text).length * 320;
  const loop = (tag: string, inner: string) => [paragraph([run(`{#${tag}}`, COVER_FILL)], COVER_FILL), inner, paragraph([run(`{/${tag}}`, COVER_FILL)], COVER_FILL)];
  return [
    ...loop('coverNameFits', paragraph([run(text, COVER_FILL), tab(u), run('{.}', u), tab(u)], { ...COVER_FILL, before, leftIndent: FILL_LEFT, tabs: FILL_TABS })),
    ...loop('coverNameWraps', paragraph([run(text, COVER_FILL), run('{.}', u)], { ...COVER_FILL, before, leftIndent: FILL_LEFT + label, hanging: label })),
    // Past four lines of 三号 the cover ran onto a second page: the name in 小四, lines of 21 pt.
    ...loop('coverNameSmall', paragraph([run(text, COVER_FILL), run('{.}', { ...u, size: 24 })], { ...COVER_FILL, lineExact: 420, before, leftIndent: FILL_LEFT + label, hanging: label })),
  ];
}

/** A cover line such as 企业名称（盖章）：____ with the value's tag on the line. */
export function coverFill(text: string, tag: string, before: number): string {
  const u = { ...COVER_FILL, underline: true };
  return paragraph([run(text, COVER_FILL), tab(u), run(`{${tag}}`, u), tab(u)], {
    ...COVER_FILL,
    before,
    leftIndent: FILL_LEFT,
    tabs: FILL_TABS,
  });
}

/**
 * A 承诺书's signature block: every line starts four characters of 三号 in from the margin, and a
 * name too long for its line carries on under itself (hanging by the label's width). Set on right
 * tab stops or right-aligned, each line once started elsewhere, and a name of 19 characters left
 * one character alone on a line.
 */
const SIGN_INDENT = 4 * 320;
const SIGN: ParagraphOptions = { font: '仿宋', size: 32, lineExact: 580, leftIndent: SIGN_INDENT };

/**
 * `label` followed by `{tag}`; `before` is the space above the line, in twips. `underItself`: a
 * long value wraps under its own start (where the page has room for it); otherwise under the
 * label, which fits more of a name in two lines.
 */
export function signLine(label: string, tag?: string, before = 290, underItself = true): string {
  // Every line but the date keeps with the next, and a wrapped name keeps its lines: a long name
  // once left 法定代表人 and the date alone on the next page, away from the seal.
  const keep = { keepNext: !label.includes('月'), keepLines: true };
  if (!tag) return paragraph([run(label, SIGN)], { ...SIGN, before, ...keep });
  const hang = underItself ? Array.from(label).length * 320 : 0;
  return paragraph([run(label, SIGN), run(`{${tag}}`, SIGN)], { ...SIGN, before, leftIndent: SIGN_INDENT + hang, hanging: hang, ...keep });
}
