/**
 * Values the enterprise does not type but the forms print: shares and growth
 * rates, computed year by year from the figures entered (注5: 研发经费支出占营业收入
 * 比重逐年计算). Each formula is stated here and shown to the user verbatim.
 */
import { getPath } from '../dossier/paths.ts';
import { ratioReaches } from '../util/decimal.ts';
import { roundHalfAway } from '../util/round.ts';

export const YEARS = ['2018', '2019', '2020'] as const;
export type Year = (typeof YEARS)[number];

export const FORMULAS = {
  mainShare: '主营业务收入占营业收入比重 = 主营业务收入 ÷ 营业收入 × 100%',
  rdShare: '研发经费占营业收入比重 = 研发经费总额 ÷ 营业收入 × 100%（逐年计算）',
  mainGrowth: '主营业务收入增长率 = （本年主营业务收入 − 上年主营业务收入）÷ 上年主营业务收入 × 100%',
  profitGrowth: '利润增长率 = （本年利润总额 − 上年利润总额）÷ |上年利润总额| × 100%',
} as const;
export type DerivedKey = keyof typeof FORMULAS;

/**
 * `value` is rounded to two decimals for display; rules compare the unrounded share (`reaches`),
 * so that 69.999% does not pass as "70%". A share keeps the two figures it divides.
 */
export type Derived =
  | { value: number; exact: number; parts?: readonly [numerator: number, denominator: number]; reason?: undefined }
  | { value: null; exact?: undefined; parts?: undefined; reason: string };

const result = (x: number, parts?: readonly [number, number]): Derived => ({ value: roundHalfAway(x), exact: x, ...(parts ? { parts } : {}) });

/** Whether a computed figure is at least `threshold` (%): a share exactly, on the decimals typed. */
export function reaches(d: Derived & { value: number }, threshold: number): boolean {
  return d.parts ? ratioReaches(d.parts[0], d.parts[1], threshold) : d.exact >= threshold;
}

function num(dossier: unknown, year: string, key: string): number | undefined {
  const v = getPath(dossier, `indicators.${year}.${key}`);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

const prev = (year: string): string => String(Number(year) - 1);

function ratio(numerator: number | undefined, denominator: number | undefined, what: string, base: string): Derived {
  if (numerator === undefined || denominator === undefined) return { value: null, reason: `缺少${what}` };
  if (denominator === 0) return { value: null, reason: `${base}为0，无法计算` };
  return result((numerator / denominator) * 100, [numerator, denominator]);
}

export function deriveYear(dossier: unknown, year: string): Record<DerivedKey, Derived> {
  const revenue = num(dossier, year, 'revenue');
  const main = num(dossier, year, 'mainRevenue');
  const rd = num(dossier, year, 'rd');
  const mainPrev = num(dossier, prev(year), 'mainRevenue');
  const profit = num(dossier, year, 'profit');
  const profitPrev = num(dossier, prev(year), 'profit');
  const growth = (cur: number | undefined, before: number | undefined, label: string): Derived => {
    if (cur === undefined) return { value: null, reason: `缺少${year}年${label}` };
    if (before === undefined) return { value: null, reason: `缺少${prev(year)}年${label}` };
    if (before === 0) return { value: null, reason: `${prev(year)}年${label}为0，无法计算增长率` };
    return result(((cur - before) / Math.abs(before)) * 100);
  };
  return {
    mainShare: ratio(main, revenue, main === undefined ? `${year}年主营业务收入` : `${year}年营业收入`, `${year}年营业收入`),
    rdShare: ratio(rd, revenue, rd === undefined ? `${year}年研发经费总额` : `${year}年营业收入`, `${year}年营业收入`),
    mainGrowth: growth(main, mainPrev, '主营业务收入'),
    profitGrowth: growth(profit, profitPrev, '利润总额'),
  };
}

const LISTING_NOW: Record<string, string> = { 已递交申请书: '已递交申请书', 已进入上市辅导期: '已进入辅导期' };

/** Today's listing stage from 二、企业状况, in 发展目标's words: the default 初始值 of 上市计划. */
export function listingNow(dossier: unknown): string | undefined {
  const plans = getPath(dossier, 'orientation.listing.plans');
  if (plans === '否') return '否';
  const stage = getPath(dossier, 'orientation.listing.stage');
  return plans === '是' && typeof stage === 'string' ? LISTING_NOW[stage] : undefined;
}

/** Plain values for the templates: `derived.2020.mainShare`, `derived.listingNow`; missing where not computable. */
export function derivedValues(dossier: unknown): { derived: Record<string, unknown> } {
  const derived: Record<string, unknown> = { listingNow: listingNow(dossier) };
  for (const year of YEARS) {
    const d = deriveYear(dossier, year);
    // Printed with two decimals, as the page shows them: 6.60, not 6.6 beside 6.27 and 6.48.
    derived[year] = Object.fromEntries(Object.entries(d).map(([k, v]) => [k, v.value === null ? undefined : v.value.toFixed(2)]));
  }
  return { derived };
}
