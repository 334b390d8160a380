/**
 * Everything the authority sends, in one zip: 附件5, 6 and 7, the desk file to reopen the
 * collection later, and a submission checklist built from section 四（二） of the notice.
 */
import { applyingAnnexes, pendingAnnexes } from '../annexes/applying.ts';
import { getApplicant } from '../annexes/registry.ts';
import { zipFiles } from '../docx/zip.ts';
import { safeFileNamePart } from '../file-name.ts';
import { allRulesPass } from '../rules.ts';
import { RULE_MARK, ruleLine, unmetCounts, unmetRules } from './concerns.ts';
import { type CityDesk, serializeDesk } from './desk.ts';
import { elsewhere } from './home-city.ts';
import { reviewEntry } from './review.ts';
import { renderSummary } from './render-summary.ts';
import { SUMMARIES, summaryFileName } from './summaries.ts';

export const deskFileName = (desk: CityDesk): string => `汇总文件-${safeFileNamePart(desk.city) || '未选市州'}.json`;

const missingNames = (labels: string[]): string => labels.slice(0, 5).map((l) => `“${l}”`).join('、') + (labels.length > 5 ? '等' : '');

/** 报送清单: what to send, how many copies and by when, with every applicant and its review state. */
export function submissionChecklist(desk: CityDesk): string {
  const city = desk.city || 'XX市（州）';
  const name = (id: string) => summaryFileName(SUMMARIES.find((s) => s.id === id)!, desk);
  const applicants = desk.entries.map((entry, i) => {
    const review = reviewEntry(entry);
    // The annexes this applicant's answers call for: a platform sends 4-4 or 4-5 by its 申报类别, not both.
    const applicant = getApplicant(entry.kind);
    const pending = pendingAnnexes(applicant, entry.data).length ? '（工作方案待选定申报类别）' : '';
    const annexes = applyingAnnexes(applicant, entry.data).map((a) => a.number).join('、') + pending;
    const state = [
      allRulesPass(review.rules) ? '申报条件自查全部符合' : `申报条件自查：${unmetCounts(review)}`,
      // Named, the first few: the checklist goes back to the applicant with what to add.
      review.missing.length ? `${review.missing.length}项必填内容未填（${missingNames(review.missing.map((e) => e.label))}）` : '必填内容已填齐',
      // A wrong 信用代码 or a text over its limit goes into the summaries as written: said here, as on the desk.
      ...(review.errors.length ? [`${review.errors.length}项填写有误（如“${review.errors[0]!.label}”：${review.errors[0]!.message.replace(/。$/, '')}）`] : []),
      ...[elsewhere(entry, desk.city)].filter((w): w is string => !!w).map((w) => w.replace(/。$/, '')),
    ].join('；');
    // Each condition not met on a line of its own, with the answers that decided it: a count alone
    // let an ineligible applicant be sent on unnoticed.
    const unmet = unmetRules(review).map((r) => `      ${RULE_MARK[r.status]} ${ruleLine(r)}。`);
    return [`  □ ${i + 1}. ${review.name}（${review.kindLabel}）：${annexes}。${state}。`, ...unmet];
  });
  return [
    `${city}第二批“专精特新”重点企业和公共服务示范平台申报材料报送清单`,
    '',
    '依据通知四（二）市（州）初审汇总：市（州）中小企业主管部门会同财政部门，对申报材料进行初步审核，编写正式推荐报告并附实施方案，于7月12日前连同企业（平台）申报材料报送经济和信息化厅、财政厅。',
    '',
    '一、正式推荐报告一式2份，附实施方案（实施方案模板参照财建〔2021〕2号），并含：',
    `  □ ${name('annex5')}`,
    `  □ ${name('annex6')}`,
    `二、企业情况汇总表：□ ${name('annex7')}（附件7，电子版表格）`,
    '三、企业（平台）申报材料一式3份：',
    ...(applicants.length ? applicants.flat() : ['  （尚未收集申报材料）']),
    '四、企业单独装订附件2、附件3及要求的佐证材料，一式2份。',
    '五、光盘一张：以上材料的 Word、PDF 电子版。',
    '',
    '不按要求装订的材料不予受理。',
    '',
  ].join('\r\n');
}

/** The zip's files besides the summaries: the checklist and the collection itself. */
export function summaryExtras(desk: CityDesk, now = new Date()): { name: string; bytes: Uint8Array }[] {
  const encoder = new TextEncoder();
  return [
    // A BOM so Windows Notepad reads the checklist as UTF-8.
    { name: '报送清单.txt', bytes: encoder.encode(`\uFEFF${submissionChecklist(desk)}`) },
    { name: deskFileName(desk), bytes: encoder.encode(serializeDesk(desk, now)) },
  ];
}

/** The zip's files; docx summaries take their template bytes from `templates` by file name. */
export function summaryFiles(desk: CityDesk, templates: Readonly<Record<string, Uint8Array>>, now = new Date()): { name: string; bytes: Uint8Array }[] {
  return [...SUMMARIES.map((s) => renderSummary(s, desk, s.format === 'docx' ? templates[s.template] : undefined, now)), ...summaryExtras(desk, now)];
}

export const summaryZipName = (desk: CityDesk): string => `${safeFileNamePart(desk.city) || 'XX市（州）'}-汇总材料.zip`;

export const summaryZip = (desk: CityDesk, templates: Readonly<Record<string, Uint8Array>>, now = new Date()): Uint8Array => zipFiles(summaryFiles(desk, templates, now));
