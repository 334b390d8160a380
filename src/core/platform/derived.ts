/**
 * Shares 附件4-1 prints but the platform does not type, each formula stated
 * here and shown to the user.
 */
import { readNumber } from '../dossier/read.ts';
import { fixed2 } from '../util/round.ts';

export const PLATFORM_FORMULAS = {
  serviceShare: '服务收入占比 = 服务收入 ÷ 营业收入 × 100%',
  staffQualifiedShare: '大专及以上学历和中级及以上技术职称的专业人员占总人数比例 = 该类人员 ÷ 中小企业专业服务人员 × 100%',
  equipmentShare: '仪器、设备占总资产比例 = 仪器、设备购买价格 ÷ 2020年资产总额 × 100%',
} as const;


/**
 * A percentage with two decimals, as 附件1's shares print: 76.50 beside 76.32 in one column, not
 * 76.5. Undefined when an input is missing or the base is 0.
 */
function share(part: number | undefined, whole: number | undefined): string | undefined {
  if (part === undefined || whole === undefined || whole === 0) return undefined;
  return fixed2((part / whole) * 100);
}

export function platformDerived(dossier: unknown): { derived: Record<string, unknown> } {
  return {
    derived: {
      serviceShare: Object.fromEntries(
        ['2019', '2020'].map((y) => [y, share(readNumber(dossier, `operation.years.${y}.serviceRevenue`), readNumber(dossier, `operation.years.${y}.revenue`))]),
      ),
      staffQualifiedShare: share(readNumber(dossier, 'capacity.staffQualified'), readNumber(dossier, 'capacity.staffTotal')),
      equipmentShare: share(readNumber(dossier, 'capacity.equipmentValue'), readNumber(dossier, 'operation.years.2020.assets')),
    },
  };
}
