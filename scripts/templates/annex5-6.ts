// 附件5 重点“小巨人”企业名单汇总表 and 附件6 公共服务示范平台名单汇总表: the 市（州） desk's
// lists, one row per applicant in the authority's order.
import { paragraph, run, tab } from '../docx/builder.ts';
import { build, fill, LANDSCAPE_WIDTH, listTable, NOTE, notes } from './list-table.ts';

export const TITLE_5 = '第二批重点“小巨人”企业名单汇总表';
export const TITLE_6 = '第二批支持“专精特新”中小企业高质量发展公共服务示范平台名单汇总表';

/** 市（州）中小企业主管部门：<name>（盖章）, the name left blank for the stamp when not given. */
function authorityLine(): string {
  const text = { ...NOTE, size: 28 };
  return paragraph([run('市（州）中小企业主管部门：', text), run('{department}', text), run('（盖章）', text), tab(text)], {
    ...text,
    after: 156,
    tabs: [{ align: 'right', pos: LANDSCAPE_WIDTH }],
  });
}

export function buildAnnex5(): Uint8Array {
  // 批次 fits 第三批（公示名单） on two lines; 所属行业 a code and a name such as 34 通用设备制造业.
  const columns = fill(
    [
      { head: ['序号'], tag: 'index', align: 'center' },
      // Headers broken where each column's width (15, 8 and 18 characters of 五号) would, at a
      // phrase: the notice's own two lines left "域且" and "字）" alone on lines of their own.
      { head: ['企业名称', '（须与工业和信息化部', '公布的名称一致）'], tag: 'name', align: 'left' },
      { head: ['专精特新', '“小巨人”', '企业批次'], tag: 'batch', align: 'center' },
      { head: ['所属行业', '(2位码及名称）'], tag: 'industry', align: 'left' },
      { head: ['该企业属于制造强国、网络强国', '建设重点领域且主导产品技术含量', '高的说明（不超过100字）'], tag: 'note', align: 'left' },
    ],
    [700, 3300, 1900, 2600],
  );
  return build(
    TITLE_5,
    '附件5',
    [
      authorityLine(),
      listTable('enterprises', columns),
      ...notes('注：按照《国民经济行业分类（GB/T4754-2017）》的大类行业，补充所推荐的重点“小巨人”企业所属行业（2位码及名称）', [
        '行业分类网址：http://www.stats.gov.cn/tjsj/tjbz/201709/t20170929_1539288.html）',
      ]),
    ],
    `{city}${TITLE_5}`,
  );
}

export function buildAnnex6(): Uint8Array {
  const columns = fill(
    [
      { head: ['序号'], tag: 'index', align: 'center' },
      { head: ['国家（或省级）中小企业', '公共服务示范平台名称'], tag: 'name', align: 'left' },
      { head: ['提供服务内容'], tag: 'services', align: 'left' },
      // The column holds 14 characters: the notice's first line broke inside 信息化厅.
      { head: ['工业和信息化部', '（或经济和信息化厅）', '认定文号'], tag: 'approval', align: 'left' },
      { head: ['申报类别'], tag: 'category', align: 'left' },
    ],
    [700, 3000, 3600, 3000],
  );
  return build(
    TITLE_6,
    '附件6',
    [
      authorityLine(),
      // A row may continue on the next page: a 300-character 服务内容 kept whole left page 1 with the title alone.
      listTable('platforms', columns, true),
      ...notes('备注：1.示范平台具有独立法人资格，名称须与公布名称一致。', [
        '2.申报类别为重点支持国家级专精特新“小巨人”企业服务平台或统筹支持“专精特新”中小企业服务平台，两种类别不得同时申报。',
      ]),
    ],
    // Broken between its phrases: left to fill, the line broke inside 示范. Before 高质量发展 both
    // lines fit for every 市（州）, 阿坝藏族羌族自治州 too (24 and 18 characters of 二号 on a landscape line of 28).
    `{city}${TITLE_6.replace('高质量发展', '\n高质量发展')}`,
  );
}
