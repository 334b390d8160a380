/**
 * What stands against recommending a collected applicant, said in words wherever the authority
 * looks: the review table, 报送清单, the command line and the notice after a download. The
 * summaries list every collected applicant as the authority ordered them, eligible or not (it is
 * the authority's decision, and a download is never blocked), so none of these may only count: a
 * "1项不符合" or a mark with its reason in a tooltip let an 已上市 enterprise go into 附件5 unseen.
 */
import type { RuleResult, RuleStatus } from '../rules.ts';
import type { CityDesk } from './desk.ts';
import { type EntryReview, reviewEntry } from './review.ts';
import { SUMMARIES } from './summaries.ts';

export const RULE_MARK: Record<RuleStatus, string> = { pass: '✓', fail: '✗', unknown: '?', info: 'i' };
export const RULE_WORD: Record<RuleStatus, string> = { pass: '符合', fail: '不符合', unknown: '待确认', info: '提示' };

/** The conditions not met: failed, or not answerable from what the applicant wrote. */
export const unmetRules = (review: Pick<EntryReview, 'rules'>): RuleResult[] => review.rules.filter((r) => r.status === 'fail' || r.status === 'unknown');

/** Why a rule came out so, from the answers behind it: "批次：第二批；已申报成功第一批重点“小巨人”：否；已上市：是". */
export const ruleReason = (rule: RuleResult): string => rule.details.map((d) => d.replace(/[。；]$/, '')).join('；');

/** A rule's result and its reason in one line, as the forms' 检查与下载 page says it: "申报对象：不符合。批次：…". */
export const ruleLine = (rule: RuleResult): string => `${rule.title}：${RULE_WORD[rule.status]}${rule.details.length ? `。${ruleReason(rule)}` : ''}`;

/** "1项不符合、1项待确认", leaving out a count of none. */
export function unmetCounts(review: Pick<EntryReview, 'rules'>): string {
  const count = (status: RuleStatus) => review.rules.filter((r) => r.status === status).length;
  return [count('fail') ? `${count('fail')}项不符合` : '', count('unknown') ? `${count('unknown')}项待确认` : ''].filter(Boolean).join('、');
}

/** "1项必填内容未填、1项填写有误", leaving out a count of none; empty when nothing is wrong. */
export function answerCounts(review: Pick<EntryReview, 'missing' | 'errors'>): string {
  return [review.missing.length ? `${review.missing.length}项必填内容未填` : '', review.errors.length ? `${review.errors.length}项填写有误` : ''].filter(Boolean).join('、');
}

export interface InclusionWarning {
  heading: string;
  applicants: { name: string; lines: string[] }[];
}

/**
 * After a download: the applicants the downloaded summaries list that do not meet a condition, whose
 * conditions cannot be told yet, or whose own answers are missing or wrong. `target` is a summary's
 * id, or 'all' for the whole package; `reviews` are the desk's, when already made.
 */
export function inclusionWarnings(desk: CityDesk, target: string, reviews?: readonly EntryReview[]): InclusionWarning[] {
  const summary = SUMMARIES.find((s) => s.id === target);
  if (!summary && target !== 'all') return [];
  const listed = desk.entries.flatMap((entry, i) => (!summary || entry.kind === summary.lists ? [reviews?.[i] ?? reviewEntry(entry)] : []));
  const group = (heading: string, lines: (review: EntryReview) => string[]): InclusionWarning[] => {
    const applicants = listed.map((r) => ({ name: r.name, lines: lines(r) })).filter((a) => a.lines.length);
    return applicants.length ? [{ heading, applicants }] : [];
  };
  const withStatus = (status: RuleStatus) => (r: EntryReview) => r.rules.filter((rule) => rule.status === status).map(ruleLine);
  return [
    ...group('以下申报主体不符合申报条件，仍列入了汇总表：', withStatus('fail')),
    ...group('以下申报主体的申报条件尚待确认，仍列入了汇总表：', withStatus('unknown')),
    ...group('以下申报主体的材料有未填或填写有误的内容，已照所填内容列入汇总表，请申报单位改正后重新提交：', (r) => {
      const counts = answerCounts(r);
      const first = [...r.errors, ...r.missing][0];
      return counts ? [`${counts}（如“${first!.label}”：${first!.message.replace(/。$/, '')}）`] : [];
    }),
  ];
}
