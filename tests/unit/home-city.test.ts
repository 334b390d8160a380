/** Which 市（州） an applicant's answers place it in, and the hint when that is not the desk's. */
import { describe, expect, it } from 'vitest';
import { elsewhere, entryCity } from '../../src/core/city/home-city.ts';

const enterprise = (city: unknown) => ({ kind: 'enterprise' as const, data: { company: { city } } });
const platform = (location: unknown) => ({ kind: 'platform' as const, data: { platform: { location } } });

describe('entryCity', () => {
  it.each([
    ['an enterprise by its 所在市（州）', enterprise('绵阳市'), '绵阳市'],
    ['an enterprise with no 所在市（州）', enterprise(undefined), undefined],
    ['an enterprise with a city not in Sichuan', enterprise('重庆市'), undefined],
    ['a platform by the city in its 所在地', platform('绵阳市涪城区'), '绵阳市'],
    ['a platform with the province first', platform('四川省成都市武侯区'), '成都市'],
    ['a platform by the city without 市', platform('成都高新区天府大道'), '成都市'],
    ['a platform in a 自治州 by its short name', platform('凉山州西昌市'), '凉山彝族自治州'],
    ['a platform by a district only one city has', platform('涪城区科创园'), '绵阳市'],
    ['a platform by a district two cities have (市中区)', platform('市中区某街道'), undefined],
    ['a platform whose 所在地 says nothing of a city', platform('高新区'), undefined],
    ['a platform with no 所在地', platform(42), undefined],
  ])('reads %s', (_what, entry, city) => expect(entryCity(entry)).toBe(city));
});

describe('elsewhere', () => {
  it.each([
    [enterprise('绵阳市'), '成都市', '所在市（州）为绵阳市，不是成都市：请核实是否应由本市（州）报送。'],
    [platform('绵阳市涪城区'), '成都市', '所在地为绵阳市，不是成都市：请核实是否应由本市（州）报送。'],
    [enterprise('成都市'), '成都市', undefined],
    [enterprise('绵阳市'), '', undefined],
    [platform('高新区'), '成都市', undefined],
  ])('%j on the desk of “%s”', (entry, city, hint) => expect(elsewhere(entry, city)).toBe(hint));
});
