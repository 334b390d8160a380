/**
 * 发展目标's 实施期初始值 against the figures it restates (注6: 实施期初始值以2020年为基年). Left
 * blank, a computed 初始值 is taken from 2020 (target-fields.ts); typed, it must agree with it, or
 * one document shows 60.00 in 三、相关指标 and 75 beside it in 四、发展目标.
 */
import { getPath } from '../dossier/paths.ts';
import type { FieldError } from '../errors.ts';
import { type DerivedKey, deriveYear, listingNow } from './derived.ts';

const COMPUTED: readonly [key: DerivedKey & ('mainShare' | 'rdShare' | 'mainGrowth'), label: string][] = [
  ['mainShare', '主营业务收入占营业收入比重'],
  ['rdShare', '研发经费支出占营业收入比重'],
  ['mainGrowth', '主营业务收入增长率'],
];

export function targetChecks(dossier: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const year2020 = deriveYear(dossier, '2020');
  for (const [key, label] of COMPUTED) {
    const typed = getPath(dossier, `targets.${key}.initial`);
    const computed = year2020[key].value;
    // Compared as printed: both sides have two decimals on paper.
    if (typeof typed !== 'number' || computed === null || Math.abs(typed - computed) < 0.005) continue;
    errors.push({
      id: 'E_RANGE',
      path: `targets.${key}.initial`,
      label: `${label}（%）：实施期初始值`,
      message: `实施期初始值以2020年为基年，应为2020年的${label}${computed.toFixed(2)}，现填${typed}。清空此项即自动取2020年的值。`,
    });
  }
  const typed = getPath(dossier, 'targets.listing.initial');
  const now = listingNow(dossier);
  if (typeof typed === 'string' && now !== undefined && typed !== now) {
    errors.push({
      id: 'E_RANGE',
      path: 'targets.listing.initial',
      label: '上市计划：实施期初始值',
      message: `实施期初始值应与“二、企业状况”中是否计划上市的回答一致，即“${now}”，现选“${typed}”。清空此项即自动取该回答。`,
    });
  }
  return errors;
}
