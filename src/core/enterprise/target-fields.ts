/**
 * The rows of 发展目标, shared by 附件1 section 四 and 附件3. Both annexes print
 * the same values; only a few rows read differently on paper, which the
 * `variant` switch captures.
 */
import type { FieldMapping } from '../annexes/types.ts';

const COLUMNS = ['initial', 'year1', 'year2'] as const;

/** Rows printed as numbers, with the 2020 figure as the default 初始值 (注6: 2020 is the base year). */
const NUMBER_ROWS: readonly [row: string, fallback?: string][] = [
  ['mainShare', 'derived.2020.mainShare'],
  ['exportShare'],
  ['overseasCerts'],
  ['rdShare', 'derived.2020.rdShare'],
  ['patents'],
  ['rdInstitutions'],
  ['standards'],
  ['rdProjects'],
  ['qualityCerts'],
  ['mainGrowth', 'derived.2020.mainGrowth'],
];

/** Rows of percentages: their targets print with two decimals, as the computed 初始值 beside them (94.00 by 93.97). */
const PERCENT_ROWS = new Set(['mainShare', 'exportShare', 'rdShare', 'mainGrowth']);

const tag = (row: string, i: number) => `target_${row}_${i}`;

export function targetFields(variant: 'annex1' | 'annex3'): FieldMapping[] {
  const fields: FieldMapping[] = [];
  for (const [row, fallback] of NUMBER_ROWS) {
    COLUMNS.forEach((c, i) => {
      const path = `targets.${row}.${c}`;
      const percent = PERCENT_ROWS.has(row) ? { as: 'percent' as const } : {};
      fields.push(c === 'initial' && fallback ? { tag: tag(row, i), path, fallback, ...percent } : { tag: tag(row, i), path, ...percent });
    });
  }
  COLUMNS.forEach((c, i) => {
    // 附件1 leaves 执行标准 as a blank cell (written 是/否); 附件3 prints □是/□否.
    fields.push(
      variant === 'annex1'
        ? { tag: tag('standardLevel', i), path: `targets.standardLevel.${c}` }
        : { check: tag('standardLevel', i), path: `targets.standardLevel.${c}` },
    );
    fields.push({ check: tag('digital', i), path: `targets.digital.${c}` });
    // 附件1 ticks □是/□否; 附件3 asks to write the stage out ("请写明：递交申请书，或已进入辅导期").
    // 上市计划's 初始值 is today's stage, already answered in 二、企业状况: used when left blank.
    const fallback = c === 'initial' ? { fallback: 'derived.listingNow' } : {};
    fields.push(
      variant === 'annex1'
        ? { check: tag('listing', i), path: `targets.listing.${c}`, groups: { 是: ['已递交申请书', '已进入辅导期'], 否: ['否'] }, ...fallback }
        : { tag: tag('listing', i), path: `targets.listing.${c}`, ...fallback },
    );
  });
  if (variant === 'annex1') {
    fields.push({ tag: tag('funding', 1), path: 'targets.funding.year1' }, { tag: tag('funding', 2), path: 'targets.funding.year2' });
  }
  return fields;
}
