// 附件2 四川省第二批重点“小巨人”企业基本情况表
import {
  buildDocx,
  type CellSpec,
  docxParts,
  documentXml,
  lineBreak,
  paragraph,
  run,
  sectionProperties,
  table,
  textParagraph,
  textWidth,
} from '../docx/builder.ts';
import { ANNEX2_CELL_MARGINS, ANNEX2_GRID, INTRO_SIZES } from '../../src/core/docx/annex2-fit.ts';
import { CELL, markRun, PAGE, TITLE_FACE } from './style.ts';

export const TITLE = '四川省第二批重点“小巨人”企业基本情况表';

// Label columns fit eight characters of 五号; the second column fits an 18-character
// credit code on one line; the last column takes the rest of the text width. The widths live
// with the estimate of the page (src/core/docx/annex2-fit.ts), which must agree with them.
const GRID = [...ANNEX2_GRID];
const CELL_MARGIN = ANNEX2_CELL_MARGINS / 2; // 1 mm
if (GRID.reduce((a, b) => a + b, 0) !== textWidth(PAGE)) throw new Error('附件2 的列宽之和应等于版心宽度。');

const t = (text: string) => run(text, CELL);
/**
 * A fill-in as the seed draws it: underlined, a full-width space either side, so the answer stands
 * apart from the note after it ("…齿轮（限10字以内）" read as one) and a blank form shows a line.
 */
const underlined = (tag: string) => {
  const u = (text: string) => run(text, { ...CELL, underline: true });
  return [u('\u3000'), u(`{${tag}}`), u('\u3000')];
};
const mark = (tag: string) => markRun(tag, CELL);

/**
 * Check-box group: each `{field=option}` tag in its own run, followed by its caption.
 * Options listed in `breakBefore` start a new line, so a cell never wraps inside a caption.
 */
function choices(field: string, options: string[], breakBefore: number[] = []): string[] {
  return options.flatMap((o, i) => {
    const sep = i === 0 ? [] : breakBefore.includes(i) ? [lineBreak(CELL)] : [t('  ')];
    return [...sep, mark(`${field}=${o}`), t(o)];
  });
}

function label(text: string): CellSpec {
  return { content: [textParagraph(text, { ...CELL, align: 'center' })], vAlign: 'center' };
}

function value(paragraphs: string[][], span = 1): CellSpec {
  return {
    content: paragraphs.map((runs) => paragraph(runs, { ...CELL, align: 'left' })),
    vAlign: 'center',
    span,
  };
}

const field = (name: string) => value([[t(`{${name}}`)]]);

function simpleRow(l1: string, v1: CellSpec, l2: string, v2: CellSpec) {
  return { cells: [label(l1), v1, label(l2), v2], minHeight: 425 };
}

function annex2Table(): string {
  const introLabel: CellSpec = {
    content: [paragraph([t('企业简介'), lineBreak(CELL), t('（不超过500字，另附页无效）')], { ...CELL, align: 'center' })],
    vAlign: 'center',
  };
  // Paragraph loops: each paragraph the user wrote becomes a real paragraph with its own
  // first-line indent, in the one loop of the size that keeps the form on its page.
  const intro: CellSpec = {
    content: INTRO_SIZES.flatMap(({ tag, halfPoints, line }) => [
      textParagraph(`{#${tag}}`, { ...CELL, align: 'left' }),
      textParagraph('{.}', { ...CELL, size: halfPoints, lineExact: line, align: 'left', firstLineChars: 200 }),
      textParagraph(`{/${tag}}`, { ...CELL, align: 'left' }),
    ]),
    vAlign: 'top',
    span: 3,
  };
  return table({
    grid: GRID,
    cellMargin: CELL_MARGIN,
    rows: [
      simpleRow('企业名称', field('name'), '法定代表人', field('legalRep')),
      simpleRow('统一社会信用代码', field('creditCode'), '从业人数（人）', field('employees')),
      simpleRow('注册时间', field('registeredOn'), '注册资本（万元）', field('registeredCapital')),
      simpleRow(
        '企业规模',
        value([choices('scale', ['中型', '小型', '微型'])]),
        '企业类型',
        value([choices('ownership', ['国有', '合资', '民营', '其他'], [2])]),
      ),
      simpleRow('所属行业', field('industry'), '具体细分领域名称', field('segment')),
      simpleRow('主导产品类别', field('productCategory'), '主导产品名称', field('productName')),
      {
        cells: [
          label('是否属于《工业“四基”发展目录》所列重点领域'),
          value(
            [
              choices('fourBase', ['否']),
              choices('fourBase', ['是']),
              [
                t('如是，具体属于：'),
                ...choices('fourBaseCategory', ['核心基础零部件（元器件）', '关键基础材料', '先进基础工艺', '产业技术基础'], [1]),
              ],
            ],
            3,
          ),
        ],
      },
      {
        cells: [
          label('是否填补国内或国际空白'),
          value([
            choices('gap', ['否']),
            [
              ...choices('gap', ['填补国内空白', '填补国际空白'], [1]),
              lineBreak(CELL),
              t('具体领域：'),
              ...underlined('gapField'),
              t('（限10字以内）'),
            ],
          ]),
          label('是否关键领域“补短板”'),
          value([
            choices('shortBoard', ['否']),
            [...choices('shortBoard', ['是']), t('，具体领域和环节：'), ...underlined('shortBoardField'), t('（限10字以内）')],
          ]),
        ],
      },
      // As tall as its text: the 简介 is set to fit the page (annex2-fit.ts), and a blank form
      // gets blank lines to write in. Were it ever too long, it continues rather than leaving
      // most of page 1 blank.
      { cells: [introLabel, intro], cantSplit: false },
    ],
  });
}

export function buildAnnex2(): Uint8Array {
  const blocks = [
    textParagraph('附件2', { font: '黑体', latinFont: '黑体', size: 32 }),
    // 小二: 二号 leaves under one character of slack on this line, so substitutes may wrap it.
    textParagraph(TITLE, { ...TITLE_FACE, size: 36, align: 'center', after: 312 }),
    annex2Table(),
    // Tiny closing paragraph so a full-page table does not push an empty line onto a new page.
    textParagraph('', { size: 2, lineExact: 20 }),
  ];
  return buildDocx(docxParts({ title: TITLE, documentXml: documentXml(blocks, sectionProperties(PAGE)) }));
}
