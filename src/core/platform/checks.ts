/** Rules across fields of 附件4-1 that JSON Schema cannot state, reported at their field. */
import { getPath } from '../dossier/paths.ts';
import { readNumber } from '../dossier/read.ts';
import type { FieldError } from '../errors.ts';
import { districtOutside } from '../reference/district-check.ts';
import { roundHalfAway } from '../util/round.ts';

const round2 = (x: number) => roundHalfAway(x, 2);

export function platformChecks(dossier: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const total = readNumber(dossier, 'capacity.floorTotal');
  const owned = readNumber(dossier, 'capacity.floorOwned');
  const rented = readNumber(dossier, 'capacity.floorRented');
  if (total !== undefined && owned !== undefined && rented !== undefined && round2(owned + rented) !== round2(total)) {
    errors.push({
      id: 'E_RANGE',
      path: 'capacity.floorTotal',
      label: '服务场地面积（平方米）',
      message: `自有面积${owned}与租用面积${rented}之和为${round2(owned + rented)}平方米，应等于服务场地面积${total}平方米。`,
    });
  }
  const investors = getPath(dossier, 'operation.investors');
  if (Array.isArray(investors)) {
    const sum = round2(investors.reduce((s: number, i: unknown) => s + (readNumber(i, 'share') ?? 0), 0));
    if (sum > 100) {
      errors.push({ id: 'E_RANGE', path: 'operation.investors', label: '主要投资方或出资人', message: `各投资方的投资（出资）比例合计为${sum}%，不能超过100%。` });
    }
  }
  const staffTotal = readNumber(dossier, 'capacity.staffTotal');
  const qualified = readNumber(dossier, 'capacity.staffQualified');
  if (staffTotal !== undefined && qualified !== undefined && qualified > staffTotal) {
    errors.push({
      id: 'E_RANGE',
      path: 'capacity.staffQualified',
      label: '大专及以上学历和中级及以上技术职称的专业人员（人）',
      message: `该类人员${qualified}人，不能多于中小企业专业服务人员总数${staffTotal}人。`,
    });
  }
  // 4-1 prints the equipment's price as a share of 总资产 (2020): it cannot be more than all of it.
  const equipment = readNumber(dossier, 'capacity.equipmentValue');
  const assets = readNumber(dossier, 'operation.years.2020.assets');
  if (equipment !== undefined && assets !== undefined && equipment > assets) {
    errors.push({
      id: 'E_RANGE',
      path: 'capacity.equipmentValue',
      label: '仪器、设备购买价格（万元）',
      message: `仪器、设备购买价格${equipment}万元，不能大于2020年资产总额${assets}万元。`,
    });
  }
  // 备注2: 企业所在地 is "**市（州）**区（市县）": the 区（市县） must belong to the chosen 市（州）.
  const served = getPath(dossier, 'served');
  if (Array.isArray(served)) {
    served.forEach((row: unknown, i) => {
      const city = getPath(row, 'city');
      const district = getPath(row, 'district');
      if (typeof city !== 'string' || typeof district !== 'string' || !district.trim()) return;
      const outside = districtOutside(city, district);
      if (outside) {
        errors.push({
          id: 'E_CHOICE',
          path: `served.${i}.district`,
          label: '企业所在地：区（市县）',
          message: `第${i + 1}行：“${district.trim().slice(0, 20)}”不是${city}的区（市、县），请按“**市（州）**区（市县）”填写，如${outside.example}。`,
        });
      }
    });
  }
  return errors;
}
