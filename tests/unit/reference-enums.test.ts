/** The seed's fixed lists, as the dossier schema offers them. */
import { describe, expect, it } from 'vitest';
import { ENTERPRISE } from '../../src/core/annexes/enterprise.ts';
import { resolvedSchema } from '../../src/core/annexes/schemas.ts';
import { schemaAtPath } from '../../src/core/schema/at-path.ts';

const dossier = resolvedSchema(ENTERPRISE.dossierSchemaId);
const options = (path: string) => schemaAtPath(dossier, path)?.enum;

describe.each([
  [
    'the ten 制造强国 fields',
    'orientation.tenFields.field',
    ['新一代信息技术产业', '高档数控机床和机器人', '航空航天装备', '海洋工程装备及高技术船舶', '先进轨道交通装备', '节能与新能源汽车', '电力装备', '农机装备', '新材料', '生物医药及高性能医疗器械'],
  ],
  ['the four 工业“四基” categories', 'orientation.fourBase.category', ['核心基础零部件（元器件）', '关键基础材料', '先进基础工艺', '产业技术基础']],
  ['企业规模', 'company.scale', ['中型', '小型', '微型']],
  ['企业类型', 'company.ownership', ['国有', '合资', '民营', '其他']],
  ['填补空白', 'orientation.gap.kind', ['否', '填补国内空白', '填补国际空白']],
  ['上市阶段', 'orientation.listing.stage', ['已递交申请书', '已进入上市辅导期']],
])('%s', (_name, path, expected) => {
  it('offers exactly the seed’s options, in its order', () => expect(options(path)).toEqual(expected));
});

describe('所在市（州）', () => {
  it('offers the 21 市（州）: 18 市 and 3 自治州', () => {
    const cities = options('company.city') as string[];
    expect(cities).toHaveLength(21);
    expect(cities.filter((c) => c.endsWith('市'))).toHaveLength(18);
    expect(cities.slice(-3)).toEqual(['阿坝藏族羌族自治州', '甘孜藏族自治州', '凉山彝族自治州']);
  });
});
