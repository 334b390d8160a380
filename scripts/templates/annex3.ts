// 附件3 四川省第二批重点“小巨人”企业目标表
import {
  buildDocx,
  type CellSpec,
  docxParts,
  documentXml,
  lineBreak,
  paragraph,
  type ParagraphOptions,
  run,
  type RowSpec,
  sectionProperties,
  table,
  textParagraph,
  textWidth,
} from '../docx/builder.ts';
import { ANNEX3_NAME_LABEL, ANNEX3_NAME_SIZES } from '../../src/core/docx/annex3-fit.ts';
import { CELL as TABLE_CELL, markRun, PAGE, TITLE_FACE } from './style.ts';

export const TITLE = '四川省第二批重点“小巨人”企业目标表';

/**
 * The shared table cell, with 1pt above and below: this table has no top/bottom cell margin,
 * and multi-line labels would otherwise touch the borders.
 */
const CELL: ParagraphOptions = { ...TABLE_CELL, before: 20, after: 20 };

// The 一级指标 column fits five characters (专业化程度 on one line); the label column sixteen,
// so the longest 二级指标 wraps to four lines; each value column fits six characters
// (已进入辅导期, □是/□否).
const LEVEL1 = 1200;
const LEVEL2 = 3480;
const VALUES = textWidth(PAGE) - LEVEL1 - LEVEL2;
const VALUE = Math.floor(VALUES / 3);
const GRID = [LEVEL1, LEVEL2, VALUE, VALUE, VALUES - 2 * VALUE];
const CELL_MARGIN = 57; // 1 mm

/** Room for a handwritten figure in rows whose label is short. */
const ROW_HEIGHT = 624;

const COLUMNS = [0, 1, 2] as const;

const t = (text: string) => run(text, CELL);
const mark = (tag: string) => markRun(tag, CELL);

function cell(runs: string[], align: ParagraphOptions['align'], extra: Partial<CellSpec> = {}): CellSpec {
  return { content: [paragraph(runs, { ...CELL, align })], vAlign: 'center', ...extra };
}

// Explicit breaks keep the header words whole instead of wrapping mid-word.
const lines = (...text: string[]) =>
  cell(
    text.flatMap((l, i) => (i === 0 ? [t(l)] : [lineBreak(CELL), t(l)])),
    'center',
  );

/** A row's three value cells: free text, or □是/□否 ticks. */
type Values = { text: string } | { check: string };

function valueCells(v: Values): CellSpec[] {
  return COLUMNS.map((i) =>
    'text' in v
      ? cell([t(`{target_${v.text}_${i}}`)], 'center')
      : cell([mark(`target_${v.check}_${i}=是`), t('是/'), mark(`target_${v.check}_${i}=否`), t('否')], 'center'),
  );
}

interface Group {
  /** 一级指标 lines. */
  level1: string[];
  rows: [label: string, values: Values][];
}

const GROUPS: Group[] = [
  {
    level1: ['专业化程度'],
    rows: [
      ['主营业务收入占营业收入比重（%）（70%以上）', { text: 'mainShare' }],
      ['主导产品出口额占营业收入比重（%）', { text: 'exportShare' }],
      ['获得发达国家或地区认证数量（如UL,CSA,ETL,GS）（提供相应佐证材料）', { text: 'overseasCerts' }],
    ],
  },
  {
    level1: ['创新能力'],
    rows: [
      ['研发经费支出占营业收入比重（%）（近2年4%以上）', { text: 'rdShare' }],
      ['有效发明专利数量（个）', { text: 'patents' }],
      [
        '企业自建或与高校、科研机构联合建立研发机构（技术研究院、企业技术中心、企业工程中心、院士专家工作站、博士后工作站等）（个）',
        { text: 'rdInstitutions' },
      ],
      ['主持或参与制（修）订国际国家标准或行业标准的数量（个）', { text: 'standards' }],
      ['近2年企业研发成果转化及应用项目数量（项）', { text: 'rdProjects' }],
    ],
  },
  {
    level1: ['经营管理', '（提供相应佐证材料）'],
    rows: [
      ['取得相关质量管理体系认证数量（项）（如ISO9000质量管理体系、ISO14000环境管理体系等）', { text: 'qualityCerts' }],
      ['企业产品生产执行标准达到国际标准（或国家标准、行业标准）', { check: 'standardLevel' }],
      ['数字化和工业设计赋能，业务系统云端迁移；促进提品质、创品牌', { check: 'digital' }],
    ],
  },
  {
    level1: ['成长性'],
    rows: [
      ['有上市计划（请写明：递交申请书，或已进入辅导期）（提供相应佐证材料）', { text: 'listing' }],
      ['上年主营业务收入增长率（%）', { text: 'mainGrowth' }],
    ],
  },
];

function groupRows(g: Group): RowSpec[] {
  return g.rows.map(([label, values], i) => {
    // The first row holds the 一级指标 text; the rest continue the vertical merge.
    const level1: CellSpec =
      i === 0
        ? lines(...g.level1)
        : { content: [paragraph([], { ...CELL, align: 'center' })], vMerge: 'continue', vAlign: 'center' };
    if (i === 0) level1.vMerge = 'restart';
    // Left-aligned: justifying stretches lines that end before a parenthesised group.
    return { cells: [level1, cell([t(label)], 'left'), ...valueCells(values)], minHeight: ROW_HEIGHT };
  });
}

function annex3Table(): string {
  return table({
    grid: GRID,
    cellMargin: CELL_MARGIN,
    rows: [
      {
        cells: [
          lines('一级指标'),
          lines('二级指标'),
          lines('实施期', '初始值'),
          lines('实施期满', '一年目标'),
          lines('实施期满', '两年目标'),
        ],
        header: true,
        minHeight: ROW_HEIGHT,
      },
      ...GROUPS.flatMap(groupRows),
    ],
  });
}

export function buildAnnex3(): Uint8Array {
  const blocks = [
    textParagraph('附件3', { font: '黑体', latinFont: '黑体', size: 32 }),
    textParagraph(TITLE, { ...TITLE_FACE, size: 36, align: 'center', after: 312 }),
    // One paragraph loop per size of the 企业名称 line; the mapped data fills only the one that keeps
    // the name to two lines (src/core/docx/annex3-fit.ts), so the table stays on its page.
    ...ANNEX3_NAME_SIZES.flatMap(({ tag, halfPoints }) => {
      const face = { font: '仿宋', size: halfPoints };
      return [
        textParagraph(`{#${tag}}`, face),
        paragraph([run(ANNEX3_NAME_LABEL, face), run('{.}', face)], { ...face, after: 120 }),
        textParagraph(`{/${tag}}`, face),
      ];
    }),
    annex3Table(),
    // Tiny closing paragraph so a full-page table does not push an empty line onto a new page.
    textParagraph('', { size: 2, lineExact: 20 }),
  ];
  return buildDocx(docxParts({ title: TITLE, documentXml: documentXml(blocks, sectionProperties(PAGE)) }));
}
