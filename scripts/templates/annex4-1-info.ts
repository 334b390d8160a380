// 附件4-1 sections 一 to 三: one bordered table.
import { lineBreak } from '../docx/builder.ts';
import { WIDTH } from './style.ts';
import { blank, cell, type EdgeCell, type EdgeRow, edgeTable, label, lines, merged, ROW, sectionRow, t, TEXT } from './annex4-1-cells.ts';

const YEARS = ['2019', '2020'] as const;

// Edges of the 二、运营管理情况 year rows: 年度 then seven figure columns of five 五号 characters.
const FIGURE = 1146;
const Y = [0, 820, ...Array.from({ length: 6 }, (_, i) => 820 + (i + 1) * FIGURE), WIDTH];
/** The label column of sections 二 and 三 (注册资本, 服务设施情况, …), eight characters wide. */
const LABEL = Y[2]!;

/** `label：{tag}` on one line; the cell itself is the writing space. */
const field = (from: number, to: number, text: string, tag: string) => cell(from, to, [t(text), t(`{${tag}}`)]);

function basicRows(): EdgeRow[] {
  // Widths follow the longest expected content: 12-character phone numbers, e-mail addresses.
  return [
    sectionRow('一、申请单位基本情况'),
    {
      cells: [field(0, Y[3]!, '注册日期：', 'registeredOn'), field(Y[3]!, Y[6]!, '单位性质：', 'nature'), field(Y[6]!, WIDTH, '法人代表：', 'legalRep')],
      minHeight: ROW,
    },
    { cells: [field(0, Y[6]!, '注册地址：', 'address'), field(Y[6]!, WIDTH, '邮政编码：', 'postcode')], minHeight: ROW },
    {
      cells: [
        field(0, 1800, '联系人：', 'contact'),
        field(1800, Y[4]!, '联系电话：', 'phone'),
        field(Y[4]!, Y[6]!, '传真：', 'fax'),
        field(Y[6]!, WIDTH, '手机：', 'mobile'),
      ],
      minHeight: ROW,
    },
    { cells: [field(0, Y[5]!, '网址及备案号：', 'website'), field(Y[5]!, WIDTH, '电子邮件：', 'email')], minHeight: ROW },
    {
      cells: [label(0, Y[4]!, '国家级（或省级）中小企业公共服务示范平台认定的文件名称及文号'), cell(Y[4]!, WIDTH, [t('{recognition}')])],
      minHeight: ROW,
    },
  ];
}

function operationRows(): EdgeRow[] {
  const investorCols = [LABEL, Y[5]!, Y[6]!, WIDTH] as const;
  const yearRow = (cells: EdgeCell[]): EdgeRow => ({ cells, minHeight: ROW });
  const figures = (y: string) =>
    (['assets', 'revenue', 'serviceRevenue', 'serviceShare', 'serviceCost', 'profit', 'tax'] as const).map((k, i) =>
      cell(Y[i + 1]!, Y[i + 2]!, [t(`{${k}_${y}}`)], { align: 'center' }),
    );
  return [
    sectionRow('二、运营管理情况（单位：万元）'),
    {
      cells: [
        // Merged down over every investor row, however many the loop prints.
        // Two lines: the figure and 万元 would not fit beside 注册资本 in the label column.
        { ...cell(0, LABEL, [t('注册资本'), lineBreak(TEXT), ...blank('registeredCapital'), t('万元')], { align: 'center' }), vMerge: 'restart' },
        label(investorCols[0], investorCols[1], '其中：主要投资方或出资人名称'),
        label(investorCols[1], investorCols[2], '性质'),
        label(investorCols[2], investorCols[3], '投资（出资）比例 ％'),
      ],
      minHeight: ROW,
    },
    {
      // The whole row repeats per investor: the loop opens and closes in different cells of it, and the
      // merged 注册资本 cell grows down over every copy.
      cells: [
        merged(0, LABEL),
        cell(investorCols[0], investorCols[1], [t('{#investors}'), t('{investorName}')]),
        cell(investorCols[1], investorCols[2], [t('{investorNature}')], { align: 'center' }),
        cell(investorCols[2], investorCols[3], [t('{investorShare}'), t('{/investors}')], { align: 'center' }),
      ],
      minHeight: ROW,
    },
    yearRow([
      label(Y[0]!, Y[1]!, '年度', true),
      ...[['资产总额'], ['营业收入'], ['服务收入'], ['服务收入', '占比'], ['服务成本', '支出'], ['利润总额'], ['上缴税金']].map((h, i) =>
        label(Y[i + 1]!, Y[i + 2]!, h, true),
      ),
    ]),
    ...YEARS.map((y) => yearRow([label(Y[0]!, Y[1]!, y), ...figures(y)])),
  ];
}

function capacityRows(): EdgeRow[] {
  // 服务工作开展情况: 年度 | 内容 | 规模 | 家次 | 满意度. 主要服务内容 holds up to 300 characters and
  // 家次 a number, so 内容 gets eleven 五号 characters a line (at seven, the example's list took five
  // lines) and the 34-character 家次 header takes five lines of eight.
  const S = [LABEL, 2700, 5100, 6100, 7900, WIDTH] as const;
  const serviceCells = (texts: string[][], keepNext: boolean) => texts.map((runs, i) => cell(S[i]!, S[i + 1]!, runs, { align: 'center', keepNext }));
  const P = [LABEL, Y[5]!, WIDTH] as const; // 合作资源: 签订合作协议的单位 | 其他合作单位
  return [
    sectionRow('三、平台服务能力及业绩'),
    {
      cells: [
        // Each line below is broken where a clause ends: filled in, it is too long for its cell,
        // and wrapping where the line filled split a figure's blank or left "人" or "％" alone.
        cell(0, Y[3]!, [t('中小企业专业服务人员：'), lineBreak(TEXT), ...blank('staffTotal'), t('人')]),
        cell(Y[3]!, WIDTH, [
          t('其中：大专及以上学历和中级及以上技术职称的专业人员'),
          lineBreak(TEXT),
          ...blank('staffQualified'),
          t('人，占总人数'),
          ...blank('staffQualifiedShare'),
          t('%'),
        ]),
      ],
      minHeight: ROW,
    },
    {
      cells: [
        { ...label(0, LABEL, '服务设施情况', true), vMerge: 'restart' },
        cell(LABEL, WIDTH, [
          t('仪器、设备数量'),
          ...blank('equipmentCount'),
          t('台（套），购买价格'),
          ...blank('equipmentValue'),
          t('万元，'),
          lineBreak(TEXT),
          t('占总资产'),
          ...blank('equipmentShare'),
          t('％'),
        ], { keepNext: true }),
      ],
      minHeight: ROW,
    },
    {
      cells: [
        merged(0, LABEL),
        cell(LABEL, WIDTH, [
          t('服务场地面积：'),
          ...blank('floorTotal'),
          t('平方米，'),
          lineBreak(TEXT),
          t('其中：自有'),
          ...blank('floorOwned'),
          t('平方米，租用'),
          ...blank('floorRented'),
          t('平方米'),
        ]),
      ],
      minHeight: ROW,
    },
    { cells: [label(0, LABEL, '获得专业服务资质情况'), cell(LABEL, WIDTH, [t('{qualifications}')])], minHeight: ROW },
    {
      cells: [
        { ...label(0, LABEL, '服务工作开展情况', true), vMerge: 'restart' },
        ...serviceCells(
          [['年度'], ['主要服务内容'], ['服务规模', '（家次）'], ['服务国家级专精特新“小巨人”企业，省（市）级“专精特新”中小企业家次'], ['服务', '满意度']].map((h) =>
            lines(h),
          ),
          true,
        ),
      ],
      minHeight: ROW,
    },
    ...YEARS.map(
      (y, i): EdgeRow => ({
        cells: [
          merged(0, LABEL, [], i === 0),
          ...serviceCells([[t(y)], [t(`{svcContent_${y}}`)], [t(`{svcScale_${y}}`)], [t(`{svcKeyServed_${y}}`)], [t(`{svcSatisfaction_${y}}`)]], i === 0),
        ],
        minHeight: ROW,
      }),
    ),
    {
      cells: [
        { ...label(0, LABEL, '合作资源', true), vMerge: 'restart' },
        label(P[0], P[1], '签订合作协议的单位', true),
        label(P[1], P[2], '其他合作单位', true),
      ],
      minHeight: ROW,
    },
    {
      // Repeated per partner, like the investor row.
      cells: [merged(0, LABEL), cell(P[0], P[1], [t('{#partners}'), t('{partnerSigned}')]), cell(P[1], P[2], [t('{partnerOther}'), t('{/partners}')])],
      minHeight: ROW,
    },
    {
      cells: [label(0, Y[5]!, '截至2020年底，签订合作协会的合作资源数量（家）'), cell(Y[5]!, WIDTH, [t('{partnerCount}')], { align: 'center' })],
      minHeight: ROW,
    },
  ];
}

/** Sections 一, 二 and 三 of the 基本情况表. */
export function infoTable(): string {
  return edgeTable([...basicRows(), ...operationRows(), ...capacityRows()]);
}
