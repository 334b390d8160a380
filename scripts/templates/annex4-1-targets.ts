// 附件4-1 section 四: the two 绩效目标表, each printed only for its 申报类别.
import { paragraph, run, textParagraph } from '../docx/builder.ts';
import { WIDTH } from './style.ts';
import { cell, type EdgeRow, edgeTable, label, merged, ROW, t, TEXT } from './annex4-1-cells.ts';

/** 五号 黑体 like the 一、二、三 rows of the table above; the long heading fits one line. */
const HEADING = { ...TEXT, font: '黑体', latinFont: '黑体', before: 240, after: 120, keepNext: true } as const;

/** A paragraph holding only a conditional tag; the renderer's paragraph loops drop it from the output. */
const conditionTag = (tag: string) => paragraph([run(`{${tag}}`, TEXT)], TEXT);

const KEY_GROUPS: readonly [group: string, rows: [key: string, text: string][]][] = [
  [
    '服务国家级专精特新“小巨人”企业情况',
    [
      ['servedGiants', '服务国家级专精特新“小巨人”企业数（户）'],
      ['pointToPoint', '点对点服务国家级专精特新“小巨人”企业户数（户）'],
      ['events', '开展服务活动场数（场）'],
      ['staff', '匹配服务人员数量（人）'],
      ['cost', '服务国家级专精特新“小巨人”企业成本支出'],
      ['transfers', '服务对接创新成果转化数（研究成果转化为产品的数量）（项）'],
      ['research', '服务对接高等院校、科研院所等合作项目数（项）'],
      ['design', '工业设计赋能产品数（项）'],
      ['financing', '帮助企业对接获得融资额度'],
      ['consulting', '提出管理咨询诊断解决方案数（项）'],
      ['orders', '帮助企业获得订单额度（万元）'],
      ['training', '开展培训场次（场）'],
      ['legal', '帮助企业解决法律问题（项）'],
    ],
  ],
  [
    '平台发展情况',
    [
      ['assets', '总资产'],
      ['revenue', '营业收入'],
      ['serviceRevenue', '服务收入'],
      ['employees', '从业人员数量'],
      ['satisfaction', '服务满意度'],
    ],
  ],
  [
    '被服务的 “小巨人”企业生产经营情况',
    [
      ['revenueGrowth', '营业收入增长率'],
      ['profitGrowth', '利润总额增长率'],
      ['jobsGrowth', '用工人数增长率'],
    ],
  ],
];

/** 重点: group (merged down its rows) | indicator | three targets. */
function keyTable(): string {
  const VALUE = 1250;
  const E = [0, 1500, WIDTH - 3 * VALUE, WIDTH - 2 * VALUE, WIDTH - VALUE, WIDTH] as const;
  const COLUMNS = ['initial', 'year1', 'year2'] as const;
  const header: EdgeRow = {
    cells: [label(0, E[2], '指标名称'), ...[['实施期', '初始值'], ['实施期满', '一年目标'], ['实施期满', '二年目标']].map((h, i) => label(E[i + 2]!, E[i + 3]!, h))],
    minHeight: ROW,
    header: true,
  };
  const rows = KEY_GROUPS.flatMap(([group, items]) =>
    items.map(([key, text], i): EdgeRow => {
      // A group's rows stay on one page with their merged label.
      const keep = i < items.length - 1;
      return {
        cells: [
          i === 0 ? { ...label(0, E[1], group, keep), vMerge: 'restart' } : merged(0, E[1], [], keep),
          cell(E[1], E[2], [t(text)], { keepNext: keep }),
          ...COLUMNS.map((c, j) => cell(E[j + 2]!, E[j + 3]!, [t(`{tk_${key}_${c}}`)], { align: 'center', keepNext: keep })),
        ],
        minHeight: ROW,
      };
    }),
  );
  return edgeTable([header, ...rows]);
}

const GENERAL_SINGLE: readonly [key: string, text: string][] = [
  ['servedGiants', '服务国家级专精特新“小巨人”企业数（户）'],
  ['servedProvincial', '服务省级“专精特新”中小企业数（户）'],
  ['events', '开展服务活动场数（场）'],
  ['staff', '匹配服务人员数量（人）'],
];
const GENERAL_PAIRS: readonly [key: string, text: string][] = [
  ['transfers', '服务对接创新成果转化数（研究成果转化为产品的数量）（项）'],
  ['research', '服务对接高等院校、科研院所等合作项目数（项）'],
  ['design', '工业设计赋能产品数（项）'],
  ['financing', '帮助企业对接获得融资额度（万元）'],
  ['consulting', '提出管理咨询诊断解决方案数（项）'],
  ['orders', '帮助企业获得订单额度（万元）'],
];
const GENERAL_TAIL: readonly [key: string, text: string][] = [
  ['training', '开展培训场次（场）'],
  ['legal', '帮助企业解决法律问题（项）'],
];

/** 统筹: indicator (split by enterprise kind where the seed splits it) | two targets. */
function generalTable(): string {
  // The second column fits 国家级专精特新“小巨人”企业 (13 characters) on one line, a value
  // column 实际成本支出 (6).
  const VALUE = 1450;
  const E = [0, 2800, WIDTH - 2 * VALUE, WIDTH - VALUE, WIDTH] as const;
  const values = (tag: string, keep = false) =>
    (['initial', 'year1'] as const).map((c, j) => cell(E[j + 2]!, E[j + 3]!, [t(`{tg_${tag}_${c}}`)], { align: 'center', keepNext: keep }));
  const single = ([key, text]: readonly [string, string]): EdgeRow => ({ cells: [cell(0, E[2], [t(text)]), ...values(key)], minHeight: ROW });
  const pair = ([key, text]: readonly [string, string]): EdgeRow[] => [
    { cells: [{ ...cell(0, E[1], [t(text)], { keepNext: true }), vMerge: 'restart' }, cell(E[1], E[2], [t('省级“专精特新”中小企业')], { keepNext: true }), ...values(`${key}Provincial`, true)], minHeight: ROW },
    { cells: [merged(0, E[1]), cell(E[1], E[2], [t('国家级专精特新“小巨人”企业')]), ...values(`${key}National`)], minHeight: ROW },
  ];
  return edgeTable([
    { cells: [label(0, E[2], '指标名称'), label(E[2], E[3], ['实施期', '初始值']), label(E[3], E[4], ['实施期满', '一年目标'])], minHeight: ROW, header: true },
    ...GENERAL_SINGLE.map(single),
    ...GENERAL_PAIRS.flatMap(pair),
    ...GENERAL_TAIL.map(single),
    {
      // The seed's wording, typo included: 小巨人和”和.
      cells: [
        { ...cell(0, E[2], [t('服务国家级专精特新“小巨人和”和省级“专精特新”中小企业成本支出')], { keepNext: true }), vMerge: 'restart' },
        label(E[2], E[3], ['2020年当年', '实际成本支出'], true),
        label(E[3], E[4], ['2021年全年', '预期成本支出'], true),
      ],
      minHeight: ROW,
    },
    {
      cells: [
        merged(0, E[2]),
        cell(E[2], E[3], [t('{tg_cost_actual2020}')], { align: 'center' }),
        cell(E[3], E[4], [t('{tg_cost_expected2021}')], { align: 'center' }),
      ],
      minHeight: ROW,
    },
  ]);
}

/**
 * Both variants, each between paragraphs that hold only its condition's tags, so the
 * one for the other category (heading and table) leaves no trace on paper.
 */
export function targetBlocks(): string[] {
  return [
    conditionTag('#isKey'),
    textParagraph('四、绩效目标表（重点支持国家级专精特新“小巨人”企业服务平台申报单位填写）', HEADING),
    keyTable(),
    conditionTag('/isKey'),
    conditionTag('#isGeneral'),
    textParagraph('四、绩效目标表（统筹支持“专精特新”中小企业服务平台申报单位填写）', HEADING),
    generalTable(),
    conditionTag('/isGeneral'),
  ];
}
