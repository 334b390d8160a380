import { describe, expect, it } from 'vitest';
import sichuanSchema from '../../schemas/reference/sichuan.schema.json';
import { SICHUAN, districtsOf } from '../../src/core/reference/sichuan.ts';

const all = SICHUAN.flatMap((c) => c.districts);
const kindOf = (name: string): '区' | '市' | '县' => name.slice(-1) as '区' | '市' | '县';
const countKinds = (names: readonly string[]) => ({
  区: names.filter((n) => kindOf(n) === '区').length,
  市: names.filter((n) => kindOf(n) === '市').length,
  县: names.filter((n) => kindOf(n) === '县').length,
});

describe('四川省市（州）', () => {
  it('has the 21 cities in the schema order', () => {
    expect(SICHUAN).toHaveLength(21);
    expect(SICHUAN.map((c) => c.name)).toEqual(sichuanSchema.$defs.city.enum);
  });

  it('has unique city names', () => {
    expect(new Set(SICHUAN.map((c) => c.name)).size).toBe(SICHUAN.length);
  });
});

describe('四川省县级行政区划（2021 年末）', () => {
  it('has 183 county-level divisions: 55 区, 19 县级市, 109 县', () => {
    expect(all).toHaveLength(183);
    expect(countKinds(all)).toEqual({ 区: 55, 市: 19, 县: 109 });
  });

  it('has the 4 自治县', () => {
    expect(all.filter((n) => n.endsWith('自治县')).sort()).toEqual(
      ['北川羌族自治县', '马边彝族自治县', '峨边彝族自治县', '木里藏族自治县'].sort(),
    );
  });

  it.each(SICHUAN.map((c) => [c.name, c.districts] as const))('%s: no duplicates, valid suffixes', (_, districts) => {
    expect(districts.length).toBeGreaterThan(0);
    expect(new Set(districts).size).toBe(districts.length);
    for (const d of districts) expect(d).toMatch(/[区市县]$/);
  });

  it.each([
    ['成都市', 20, { 区: 12, 市: 5, 县: 3 }],
    ['自贡市', 6, { 区: 4, 市: 0, 县: 2 }],
    ['攀枝花市', 5, { 区: 3, 市: 0, 县: 2 }],
    ['德阳市', 6, { 区: 2, 市: 3, 县: 1 }],
    ['宜宾市', 10, { 区: 3, 市: 0, 县: 7 }],
    ['资阳市', 3, { 区: 1, 市: 0, 县: 2 }],
    ['阿坝藏族羌族自治州', 13, { 区: 0, 市: 1, 县: 12 }],
    ['甘孜藏族自治州', 18, { 区: 0, 市: 1, 县: 17 }],
    ['凉山彝族自治州', 17, { 区: 0, 市: 2, 县: 15 }],
  ] as const)('%s has %i divisions', (city, total, kinds) => {
    const districts = districtsOf(city);
    expect(districts).toHaveLength(total);
    expect(countKinds(districts)).toEqual(kinds);
  });

  it.each([
    ['凉山彝族自治州', '会理市'],
    ['凉山彝族自治州', '西昌市'],
    ['遂宁市', '射洪市'],
    ['宜宾市', '叙州区'],
    ['成都市', '新津区'],
    ['成都市', '郫都区'],
    ['成都市', '双流区'],
    ['成都市', '简阳市'],
    ['德阳市', '罗江区'],
    ['内江市', '隆昌市'],
    ['广安市', '前锋区'],
    ['巴中市', '恩阳区'],
    ['达州市', '达川区'],
    ['眉山市', '彭山区'],
    ['雅安市', '名山区'],
    ['阿坝藏族羌族自治州', '马尔康市'],
    ['甘孜藏族自治州', '康定市'],
  ])('%s includes %s', (city, district) => {
    expect(districtsOf(city)).toContain(district);
  });

  it.each(['新津县', '会理县', '宜宾县', '郫县', '双流县', '射洪县', '隆昌县', '达县', '马尔康县', '康定县', '西昌县', '高新区', '天府新区', '东部新区'])(
    '%s does not appear',
    (name) => {
      expect(all).not.toContain(name);
    },
  );

  it('keeps the statistical code order within a city', () => {
    expect(districtsOf('凉山彝族自治州').slice(0, 3)).toEqual(['西昌市', '会理市', '木里藏族自治县']);
    expect(districtsOf('成都市').slice(-5)).toEqual(['都江堰市', '彭州市', '邛崃市', '崇州市', '简阳市']);
  });

  it('returns an empty list for an unknown city', () => {
    expect(districtsOf('不存在')).toEqual([]);
  });
});
