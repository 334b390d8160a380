// 附件4-2 服务企业情况一览表 and 附件4-3 服务人员情况一览表.
import { build, fill, listTable, notes } from './list-table.ts';

export const TITLE_42 = '服务企业情况一览表';
export const TITLE_43 = '服务人员情况一览表';

export function buildAnnex42(): Uint8Array {
  // 服务企业名称 fits fourteen characters a line: at eleven, a name of twelve (德阳重装精工机械有限公司)
  // left "司" alone. 服务企业类别 and 企业所在地 fit seven (国家级专精特新, 成都市龙泉驿区); 联系人 a
  // name and an 11-digit mobile number. A row with a 概述 of 300 characters is a third of a page
  // tall: it may continue on the next page.
  const columns = fill(
    [
      { head: ['序号'], tag: 'index', align: 'center' },
      { head: ['服务企业名称'], tag: 'name', align: 'left' },
      { head: ['服务企业类别'], tag: 'category', align: 'center' },
      { head: ['企业所在地'], tag: 'location', align: 'center' },
      { head: ['企业联系人', '（含手机号码）'], tag: 'contact', align: 'center' },
      { head: ['服务情况概述（类别、内容、成效等）'], tag: 'summary', align: 'left' },
    ],
    [700, 3200, 1700, 1700, 1700],
  );
  return build(TITLE_42, '附件4-2', [
    listTable('served', columns, true),
    ...notes('备注：1.“服务企业类别”分为国家级专精特新“小巨人”企业，省级 “专精特新”中小企业。', [
      '2.“企业所在地”按照“**市（州）**区（市县）”填写。',
      '3.“服务情况概述”按照政策、技术创新、上市辅导、创新成果转化与应用、数字化智能化改造、知识产权应用、上云用云及工业设计、融资对接、管理咨询、市场开拓、培训、法律维权等方面简要描述。',
    ]),
  ]);
}

export function buildAnnex43(): Uint8Array {
  // 学历 fits 博士研究生 on one line; 毕业院校 nine characters (成都信息工程大学); 职称 高级工程师.
  // 主管工作 (up to 50 characters) takes what is left, about eleven characters a line: at six, a
  // duty of seven (数字化改造服务) left "务" alone, and 72 staff ran to 15 pages.
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
    [700, 1100, 1050, 1300, 2000, 1300, 1450, 1400],
  );
  return build(TITLE_43, '附件4-3', [listTable('staff', columns), ...notes('备注：“服务中小企业从业年限”填写**年。', [])]);
}
