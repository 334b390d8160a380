// 附件1 part 2: 申报表 (one bordered table) and its notes.
import { type CellSpec, lineBreak, paragraph, type ParagraphOptions, type RowSpec, run, tab, table, textParagraph } from '../docx/builder.ts';
import { CELL, markRun, TITLE_FACE, WIDTH } from './style.ts';

/**
 * One grid for the whole table. Section 四 uses 一级指标 | 二级指标 (2 columns) | three targets;
 * section 三 puts its years over the same three target columns; sections 一/二/五 use a
 * 2-column label and the rest as value, so every section lines up.
 */
const GRID = [1200, 1280, 2104, 1420, 1420, WIDTH - 1200 - 1280 - 2104 - 1420 - 1420];
const CELL_MARGIN = 57; // 1 mm
/** Text width inside a value cell of sections 二 and 五 (tab stops count from the cell's text edge). */
const VALUE_TEXT = GRID.slice(2).reduce((a, b) => a + b, 0) - 2 * CELL_MARGIN;
const ROW = 425; // 0.75 cm, room for handwriting in a blank form
const IDEO = '\u3000'; // ideographic space: full-width padding, underlined like a character

const t = (text: string) => run(text, CELL);
const u = (text: string) => run(text, { ...CELL, underline: true });
const mark = (tag: string) => markRun(tag, CELL);

/** Underlined inline blank, padded so it stays visible (and writable) when the value is empty. */
const blank = (tag: string, pad = 2) => [u(IDEO.repeat(pad)), u(`{${tag}}`), u(IDEO.repeat(pad))];

/** `{field=option}option` pairs on one line. */
const choices = (field: string, options: string[]) =>
  options.flatMap((o, i) => [...(i > 0 ? [t(IDEO.repeat(2))] : []), mark(`${field}=${o}`), t(o)]);

const para = (runs: string[], opts: ParagraphOptions = {}) => paragraph(runs, { ...CELL, align: 'left', ...opts });

function label(text: string | string[], span = 1, align: ParagraphOptions['align'] = 'center', keepNext = false): CellSpec {
  const lines = typeof text === 'string' ? [text] : text;
  const runs = lines.flatMap((l, i) => (i > 0 ? [lineBreak(CELL), t(l)] : [t(l)]));
  return { content: [paragraph(runs, { ...CELL, align, keepNext })], vAlign: 'center', span };
}

function value(paragraphs: string[][], span = 1, align: ParagraphOptions['align'] = 'left', keepNext = false): CellSpec {
  return { content: paragraphs.map((runs) => para(runs, { align, keepNext })), vAlign: 'center', span };
}

const field = (tag: string, span: number) => value([[t(`{${tag}}`)]], span);

/** Full-width 一、二、… row, kept with the row below it; `header` repeats it atop each page its table runs onto. */
function sectionRow(text: string, header = false): RowSpec {
  const p = textParagraph(text, { ...CELL, font: '黑体', latinFont: '黑体', bold: true, align: 'left', keepNext: true });
  return { cells: [{ content: [p], vAlign: 'center', span: GRID.length }], minHeight: ROW, header };
}

/** label | value | label | value (section 一). */
const pairRow = (l1: string, v1: string, l2: string, v2: string): RowSpec => ({
  cells: [label(l1), field(v1, 2), label(l2), field(v2, 2)],
  minHeight: ROW,
});

/** label | value across the rest (sections 二, 三 and 五). */
const wideRow = (text: string | string[], paragraphs: string[][]): RowSpec => ({
  cells: [label(text, 2), value(paragraphs, GRID.length - 2)],
  minHeight: ROW,
});

/** label | three centred cells, on the 三/四 value columns. */
function columnsRow(first: CellSpec[], cells: string[][][], keepNext = false, header = false): RowSpec {
  return { cells: [...first, ...cells.map((c) => value(c, 1, 'center', keepNext))], minHeight: ROW, header };
}

const textCell = (tag: string) => [[t(`{${tag}}`)]];

const INDICATORS: readonly [key: string, text: string][] = [
  ['revenue', '营业收入（万元）'],
  ['mainRevenue', '主营业务收入（万元）'],
  ['mainGrowth', '主营业务收入增长率（%）'],
  ['mainShare', '主营业务收入占营业收入比重（%）'],
  ['profit', '利润总额（万元）'],
  ['profitGrowth', '利润增长率（%）'],
  ['assets', '资产总额（万元）'],
  ['debtRatio', '资产负债率（%）'],
  ['tax', '实缴税金（万元）'],
  ['rd', '研发经费总额（万元）'],
  ['rdShare', '研发经费占营业收入比重（%）'],
];
const YEARS = ['2018', '2019', '2020'];

/** 研发机构 / 标准 lines: box, count and names, e.g. □国家级＿个，具体为：＿. */
const countLine = (key: string, before: string, after: string) => [
  mark(`${key}Mark`),
  t(before),
  ...blank(`${key}Count`, 1),
  t(after),
  ...blank(`${key}Names`, 3),
];

type TargetCell = 'text' | 'yesNo';
const TARGET_GROUPS: readonly [group: string[], rows: [key: string, text: string, cell?: TargetCell][]][] = [
  [
    ['专业化程度'],
    [
      ['mainShare', '主营业务收入占营业收入比重（%）'],
      ['exportShare', '主导产品出口额占营业收入比重（%）'],
      ['overseasCerts', '获得发达国家或地区认证数量（如UL,CSA,ETL,GS）'],
    ],
  ],
  [
    ['创新能力'],
    [
      ['rdShare', '研发经费支出占营业收入比重（%）'],
      ['patents', '有效发明专利数量（个）'],
      [
        'rdInstitutions',
        '企业自建或与高校、科研机构联合建立研发机构（技术研究院、企业技术中心、企业工程中心、院士专家工作站、博士后工作站等）（个）',
      ],
      ['standards', '主持或参与制（修）订国际国家标准或行业标准的数量（个）'],
      ['rdProjects', '企业研发成果转化及应用项目数量（项）'],
    ],
  ],
  [
    ['经营管理', '（提供相应佐证材料）'],
    [
      ['qualityCerts', '取得相关质量管理体系认证数量（项）（如ISO9000质量管理体系、ISO14000环境管理体系等）'],
      ['standardLevel', '企业产品生产执行标准达到国际标准（或国家标准、行业标准）'],
      ['digital', '数字化和工业设计赋能，业务系统云端迁移；促进提品质、创品牌', 'yesNo'],
    ],
  ],
  [
    ['成长性'],
    [
      ['listing', '上市计划', 'yesNo'],
      ['mainGrowth', '主营业务收入增长率（%）'],
    ],
  ],
];

function targetCell(key: string, column: number, kind: TargetCell = 'text'): string[][] {
  const tag = `target_${key}_${column}`;
  return kind === 'text' ? textCell(tag) : [[mark(`${tag}=是`), t('是/'), mark(`${tag}=否`), t('否')]];
}

/** Section 四: the 一级指标 cell is merged down its rows, which are kept on one page. */
function targetRows(): RowSpec[] {
  return TARGET_GROUPS.flatMap(([group, rows]) =>
    rows.map(([key, text, kind], i) => {
      const keep = i < rows.length - 1;
      const first: CellSpec =
        i === 0
          ? { ...label(group, 1, 'center', keep), vMerge: 'restart' }
          : { content: [textParagraph('', { ...CELL, keepNext: keep })], vMerge: 'continue', vAlign: 'center' };
      return columnsRow(
        [first, label(text, 2, 'left', keep)],
        [0, 1, 2].map((c) => targetCell(key, c, kind)),
        keep,
      );
    }),
  );
}

/** Sections 一 and 二. */
function profileRows(): RowSpec[] {
  const ideo = (n: number) => t(IDEO.repeat(n));
  return [
    sectionRow('一、基本信息'),
    pairRow('企业名称', 'name', '统一社会信用代码', 'creditCode'),
    pairRow('法定代表人', 'legalRep', '手机号', 'legalRepMobile'),
    pairRow('联系人', 'contact', '手机号', 'contactMobile'),

    sectionRow('二、企业状况'),
    wideRow('企业规模', [choices('scale', ['中型', '小型', '微型'])]),
    wideRow('企业类型', [choices('ownership', ['国有', '合资', '民营', '其他'])]),
    wideRow('所属行业', [[t('{industry}')]]),
    wideRow('主导产品名称', [[t('{productName}')]]),
    wideRow('主导产品类别', [[t('{productCategory}')]]),
    wideRow('是否属于《工业“四基”发展目录》所列重点领域', [
      choices('fourBase', ['否']),
      [...choices('fourBase', ['是']), t('，具体属于'), ...blank('fourBaseField'), t('领域')],
      choices('fourBaseCategory', ['核心基础零部件（元器件）', '关键基础材料']),
      // Padding lines the second pair up under the first (核心… is six characters longer).
      [...choices('fourBaseCategory', ['先进基础工艺']), ideo(8), ...choices('fourBaseCategory', ['产业技术基础'])],
    ]),
    // Break after ☑是， as 空白 below does: a value of 10 characters (12 for two of the ten fields)
    // with its padding and the note did not fit the line, and left "以内）" alone on the next.
    wideRow('是否属于制造强国十大产业领域', [
      choices('tenFields', ['否']),
      [...choices('tenFields', ['是']), t('，'), lineBreak(CELL), t('具体属于'), ...blank('tenFieldsField'), t('（限10字以内）')],
    ]),
    wideRow('是否填补国内或国际空白', [
      choices('gap', ['否']),
      // Break before 具体领域 so the line never wraps inside the fill-in.
      [...choices('gap', ['填补国内空白', '填补国际空白']), lineBreak(CELL), t('具体领域：'), ...blank('gapField'), t('（限10字以内）')],
    ]),
    wideRow('是否关键领域“补短板”', [
      choices('shortBoard', ['否']),
      [...choices('shortBoard', ['是']), t('，'), lineBreak(CELL), t('具体领域和环节：'), ...blank('shortBoardField'), t('（限10字以内）')],
    ]),
    wideRow('是否与重点龙头企业协同创新', [
      choices('collaboration', ['否']),
      [...choices('collaboration', ['是']), t(' 具体与'), ...blank('collaborationPartner'), t('企业')],
    ]),
    wideRow('是否计划上市', [
      choices('listing', ['否']),
      [...choices('listing', ['是']), t('，所处阶段：'), ...choices('listingStage', ['已递交申请书', '已进入上市辅导期'])],
    ]),
  ];
}

/** Section 三: its heading and the years repeat on the next page, so no figure there is left without its year. */
function indicatorRows(): RowSpec[] {
  return [
    sectionRow('三、相关指标', true),
    columnsRow(
      [label('重要指标', 3, 'center', true)],
      YEARS.map((y) => [[t(`${y}年`)]]),
      true,
      true,
    ),
    ...INDICATORS.map(([key, text]) =>
      columnsRow(
        [label(text, 3)],
        YEARS.map((y) => textCell(`${key}_${y}`)),
      ),
    ),
    // These two may continue on the next page: four lists of 300 characters make a row taller than
    // a page, which kept whole ran past the table's foot (and Word would clip it).
    {
      ...wideRow('自建或与高校、科研机构联合建立研发机构情况', [
        countLine('rdNational', '国家级', '个，具体为：'),
        countLine('rdProvincial', '省级', '个，具体为：'),
      ]),
      cantSplit: false,
    },
    {
      ...wideRow('近5年主持或参与制（修）订国家或行业标准情况', [
        countLine('stdLeadNational', '主持制（修）订国家标准', '个，具体为'),
        countLine('stdLeadIndustry', '主持制（修）订行业标准', '个，具体为'),
        countLine('stdJoinNational', '参与制（修）订国家标准', '个，具体为'),
        countLine('stdJoinIndustry', '参与制（修）订行业标准', '个，具体为'),
      ]),
      cantSplit: false,
    },
  ];
}

/** Section 四, its column heads repeated like section 三's. */
function targetSectionRows(): RowSpec[] {
  return [
    sectionRow('四、发展目标', true),
    columnsRow(
      [label('一级指标', 1, 'center', true), label('二级指标', 2, 'center', true)],
      ['实施期初始值', '实施期满一年目标', '实施期满两年目标'].map((h) => [[t(h)]]),
      true,
      true,
    ),
    ...targetRows(),
    columnsRow([label('预计资金投入（万元）', 3)], [[[t('——')]], textCell('target_funding_1'), textCell('target_funding_2')]),
  ];
}

/** Section 五 and the authority's opinion. */
function overviewRows(): RowSpec[] {
  return [
    sectionRow('五、总体情况'),
    {
      // Paragraph loop: each paragraph the user wrote becomes a real, indented paragraph.
      cells: [
        label(['企业简介', '（不超过500字）'], 2),
        {
          content: [para([t('{#intro}')]), para([t('{.}')], { align: 'left', firstLineChars: 200 }), para([t('{/intro}')])],
          vAlign: 'top',
          span: GRID.length - 2,
        },
      ],
      // About 8 cm of writing space; a long 简介 may continue on the next page.
      minHeight: 4536,
      cantSplit: false,
    },
    {
      // Left for the 市（州） authority: no tags.
      cells: [
        label(['市（州）中小企业', '主管部门审核意见'], 2),
        {
          content: [
            para([t('同意推荐。')]),
            para([]),
            para([]),
            // Right tab stops, not trailing spaces (which editors drop): room to sign after the colon.
            para([tab(CELL), t('单位负责人签字（盖章）：')], { tabs: [{ align: 'right', pos: VALUE_TEXT - 6 * 210 }] }),
            para([]),
            para([tab(CELL), t('年     月     日')], { tabs: [{ align: 'right', pos: VALUE_TEXT - 2 * 210 }] }),
          ],
          vAlign: 'center',
          span: GRID.length - 2,
        },
      ],
      minHeight: 2400,
    },
  ];
}

const NOTE: ParagraphOptions = { font: '仿宋', size: 24, lineExact: 400, align: 'left' };
const NOTE_INDENT = 480; // 注： is two 小四 characters

const NOTES = [
  '1.企业名称须与工业和信息化部公布的专精特新“小巨人”企业名单一致，如企业已更名，需提供相应变更材料。',
  '2.企业类型依据《中小企业划型标准》（工信部联企业〔2011〕300号）勾选中型、小型、微型。',
  '3.行业大类按照《国民经济行业分类(GB/T 4754-2017)》的大类行业填写，如“食品制造业”。',
  '4.主导产品类别对照《统计用产品分类目录》，填写产品对应的第四级或第五级产品类别名称，并填写对应的8位或10位数字代码。无法按该目录分类的，可按行业惯例分类。如是新产品请标明。',
  '5.研发经费支出占营业收入比重逐年计算。',
  '6.实施期初始值以2020年为基年。',
];

/** The 申报表: title, table and notes. */
export function applicationForm(): string[] {
  const titleOpts: ParagraphOptions = { ...TITLE_FACE, size: 36, lineExact: 560, align: 'center', after: 240 };
  return [
    paragraph([run('四川省第二批重点支持国家级专精特新', titleOpts), lineBreak(titleOpts), run('“小巨人”企业申报表', titleOpts)], titleOpts),
    // Four tables on one grid, one per part whose heads must repeat: an editor repeats only a
    // table's first rows, and 三's and 四's heads sit in the middle of the form. Each joint is a
    // 1-point paragraph (two tables with nothing between them become one again in Word).
    ...[profileRows(), indicatorRows(), targetSectionRows(), overviewRows()].flatMap((rows, i) => [
      ...(i > 0 ? [textParagraph('', { size: 2, lineExact: 2 })] : []),
      table({ grid: GRID, cellMargin: CELL_MARGIN, rows }),
    ]),
    // Notes hang after 注： so items 2–6 line up under item 1.
    ...NOTES.map((n, i) =>
      i === 0
        ? textParagraph(`注：${n}`, { ...NOTE, before: 120, leftIndent: NOTE_INDENT, hanging: NOTE_INDENT })
        : textParagraph(n, { ...NOTE, leftIndent: NOTE_INDENT }),
    ),
  ];
}
