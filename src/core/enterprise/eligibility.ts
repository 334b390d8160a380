/**
 * The 申报对象 and 申报条件（一）1–5 of the notice, as checks the enterprise
 * runs on its own dossier. A rule passes, fails, or cannot be answered yet;
 * each result carries the numbers behind it and the fields to fix. A failing
 * rule is a warning: it never blocks a download.
 *
 * Reading of rule 3 (研发投入): the notice asks for "截至上年末的近2年研发经费支出
 * 占营业收入比重4%以上" and note 5 says the share is "逐年计算". We therefore
 * compute the share for 2019 and for 2020 separately and require each year to
 * reach 4%, and show both figures.
 */
import { readNumber, readString } from '../dossier/read.ts';
import { deriveYear, reaches, type Derived } from './derived.ts';

import type { RuleResult, RuleStatus } from '../rules.ts';

export { allRulesPass, type RuleResult, type RuleStatus } from '../rules.ts';

const pct = (x: number) => `${x.toFixed(2)}%`;

/** A share as shown: two decimals, unless rounding would lift it onto the threshold it misses. */
function shown(d: Derived & { value: number }, threshold?: number): string {
  if (threshold !== undefined && !reaches(d, threshold) && d.value >= threshold) {
    return `${Math.floor(d.exact * 10000) / 10000}%（四舍五入为${pct(d.value)}，实际未达到${threshold}%）`;
  }
  return pct(d.value);
}

const describe = (label: string, d: Derived, threshold?: number) =>
  d.value === null ? `${label}：无法计算（${d.reason}）` : `${label}：${shown(d, threshold)}`;

function targetRule(d: unknown): RuleResult {
  const batch = readString(d, 'status.batch');
  const keyFirst = readString(d, 'status.keyFirstBatch');
  const listed = readString(d, 'status.listed');
  const fields = ['status.batch', 'status.keyFirstBatch', 'status.listed'];
  const details = [`批次：${batch ?? '未填'}`, `已申报成功第一批重点“小巨人”：${keyFirst ?? '未填'}`, `已上市：${listed ?? '未填'}`];
  const failed = batch === '不是国家级专精特新“小巨人”企业' || keyFirst === '是' || listed === '是';
  const unknown = !batch || !keyFirst || !listed;
  return {
    id: 'target',
    title: '申报对象',
    requirement: '第一批、第二批专精特新“小巨人”企业或进入第三批公示名单的企业；不含已申报成功第一批重点“小巨人”的企业，不含已在境内外公开发行股票的企业。',
    status: failed ? 'fail' : unknown ? 'unknown' : 'pass',
    details,
    fields,
  };
}

function orientationRule(d: unknown): RuleResult {
  const answers: [string, string, boolean | undefined][] = [
    ['工业“四基”重点领域', 'orientation.fourBase.applies', yes(readString(d, 'orientation.fourBase.applies'))],
    ['制造强国十大产业领域', 'orientation.tenFields.applies', yes(readString(d, 'orientation.tenFields.applies'))],
    ['关键领域“补短板”', 'orientation.shortBoard.applies', yes(readString(d, 'orientation.shortBoard.applies'))],
    ['关键领域“锻长板”或关键核心技术攻关', 'orientation.otherKey.applies', yes(readString(d, 'orientation.otherKey.applies'))],
    ['填补国内或国际空白', 'orientation.gap.kind', gapYes(readString(d, 'orientation.gap.kind'))],
    ['与重点龙头企业协同创新', 'orientation.collaboration.applies', yes(readString(d, 'orientation.collaboration.applies'))],
  ];
  const met = answers.filter(([, , v]) => v === true);
  const open = answers.filter(([, , v]) => v === undefined);
  return {
    id: 'orientation',
    title: '1. 产业导向',
    requirement: '属于工业“四基”重点领域或制造强国十大重点产业领域；或主导产品属于关键领域“补短板”“锻长板”、关键核心技术攻关、填补国际国内空白；或与重点行业龙头企业协同创新。',
    status: met.length ? 'pass' : open.length ? 'unknown' : 'fail',
    details: answers.map(([label, , v]) => `${label}：${v === undefined ? '未填' : v ? '是' : '否'}`),
    fields: met.length ? [] : answers.map(([, p]) => p),
  };
}

function yes(v: string | undefined): boolean | undefined {
  return v === undefined ? undefined : v === '是';
}
function gapYes(v: string | undefined): boolean | undefined {
  return v === undefined ? undefined : v !== '否';
}

/** A year's 营业收入 entered as 0: no share of it can reach a threshold, so the rule fails rather than waits. */
const noRevenue = (d: unknown, year: string) => readNumber(d, `indicators.${year}.revenue`) === 0;

function specialisationRule(d: unknown): RuleResult {
  const share = deriveYear(d, '2020').mainShare;
  const fields = ['indicators.2020.mainRevenue', 'indicators.2020.revenue'];
  const detail =
    share.value === null
      ? describe('2020年主营业务收入占营业收入比重', share)
      : `2020年：主营业务收入 ${readNumber(d, 'indicators.2020.mainRevenue')} ÷ 营业收入 ${readNumber(d, 'indicators.2020.revenue')} = ${shown(share, 70)}（要求不低于70%）`;
  return {
    id: 'specialisation',
    title: '2. 专业化程度',
    requirement: '主营业务收入占营业收入比重70%以上。',
    status: share.value === null ? (noRevenue(d, '2020') ? 'fail' : 'unknown') : reaches(share, 70) ? 'pass' : 'fail',
    details: [detail],
    fields: share.value !== null && reaches(share, 70) ? [] : fields,
  };
}

function innovationRule(d: unknown): RuleResult {
  const years = ['2019', '2020'] as const;
  const shares = years.map((y) => deriveYear(d, y).rdShare);
  const patents = readNumber(d, 'targets.patents.initial');
  // Each of the three options from 三、相关指标's counts or 四、发展目标's 初始值, whichever is
  // given: an option is unanswered, not failed, while neither is (a blank is not a 0).
  const counted = (paths: string[], target: string) => {
    const counts = paths.map((p) => readNumber(d, p));
    const initial = readNumber(d, target);
    const answered = counts.every((c) => c !== undefined) || initial !== undefined;
    return { answered, count: Math.max(counts.reduce<number>((n, c) => n + (c ?? 0), 0), initial ?? 0) };
  };
  const institutions = counted(['innovation.rdNational.count', 'innovation.rdProvincial.count'], 'targets.rdInstitutions.initial');
  const standards = counted(
    ['stdLeadNational', 'stdLeadIndustry', 'stdJoinNational', 'stdJoinIndustry'].map((k) => `innovation.${k}.count`),
    'targets.standards.initial',
  );
  const options = [
    [`有效发明专利：${patents ?? '未填'}项（要求2项以上）`, patents !== undefined && patents >= 2, patents !== undefined],
    [`研发机构：${institutions.answered || institutions.count > 0 ? `${institutions.count}个` : '未填'}`, institutions.count > 0, institutions.answered],
    [`主持或参与制（修）订标准：${standards.answered || standards.count > 0 ? `${standards.count}个` : '未填'}`, standards.count > 0, standards.answered],
  ] as const;
  const rdStatus: RuleStatus =
    shares.some((s) => s.value !== null && !reaches(s, 4)) || years.some((y) => noRevenue(d, y)) ? 'fail' : shares.some((s) => s.value === null) ? 'unknown' : 'pass';
  const optionStatus: RuleStatus = options.some(([, ok]) => ok) ? 'pass' : options.every(([, , answered]) => answered) ? 'fail' : 'unknown';
  const status: RuleStatus = rdStatus === 'fail' || optionStatus === 'fail' ? 'fail' : rdStatus === 'pass' && optionStatus === 'pass' ? 'pass' : 'unknown';
  return {
    id: 'innovation',
    title: '3. 创新能力',
    requirement: '截至上年末的近2年研发经费支出占营业收入比重4%以上（逐年计算）；且拥有有效发明专利2项以上、自建或与高校和科研机构联合建立研发机构、主持或参与制（修）订国际国家或行业标准1个以上，三项满足其一。',
    status,
    details: [
      ...years.map((y, i) => describe(`${y}年研发经费占营业收入比重（要求不低于4%）`, shares[i]!, 4)),
      ...options.map(([text, ok, answered]) => `${ok ? '✓' : answered ? '✗' : '？'} ${text}`),
    ],
    fields:
      status === 'pass'
        ? []
        : [
            ...(rdStatus === 'pass' ? [] : ['indicators.2019.rd', 'indicators.2019.revenue', 'indicators.2020.rd', 'indicators.2020.revenue']),
            ...(optionStatus === 'pass'
              ? []
              : ['targets.patents.initial', 'innovation.rdNational.count', 'innovation.rdProvincial.count', 'targets.rdInstitutions.initial', 'innovation.stdLeadNational.count', 'innovation.stdLeadIndustry.count', 'innovation.stdJoinNational.count', 'innovation.stdJoinIndustry.count', 'targets.standards.initial']),
          ],
  };
}

function managementRule(d: unknown): RuleResult {
  const certs = readNumber(d, 'targets.qualityCerts.initial');
  return {
    id: 'management',
    title: '4. 经营管理',
    requirement: '取得相关质量管理体系认证（如ISO9000质量管理体系、ISO14000环境管理体系认证等）。',
    status: certs === undefined ? 'unknown' : certs >= 1 ? 'pass' : 'fail',
    details: [`取得质量管理体系认证：${certs ?? '未填'}项（发展目标“实施期初始值”）`],
    fields: certs !== undefined && certs >= 1 ? [] : ['targets.qualityCerts.initial'],
  };
}

function growthRule(d: unknown): RuleResult {
  const growth = deriveYear(d, '2020').mainGrowth;
  const plans = readString(d, 'orientation.listing.plans');
  const stage = readString(d, 'orientation.listing.stage');
  return {
    id: 'growth',
    title: '5. 成长性（仅供参考）',
    requirement: '上年主营业务收入增长（不作为第二批申报条件）；或有上市计划（已递交申请书或已进入辅导期）。',
    status: 'info',
    details: [describe('2020年主营业务收入增长率', growth), `上市计划：${plans === '是' ? `是（${stage ?? '阶段未填'}）` : (plans ?? '未填')}`],
    fields: [],
  };
}

export function checkEligibility(dossier: unknown): RuleResult[] {
  return [targetRule(dossier), orientationRule(dossier), specialisationRule(dossier), innovationRule(dossier), managementRule(dossier), growthRule(dossier)];
}
