/**
 * Whether a 区（县） named for an enterprise lies in its 市（州）. Besides the administrative divisions,
 * enterprises give the zone they are in (成都高新区, 天府新区, 经开区): a name of that kind is taken as
 * written, since the list of divisions cannot say which 市（州） a zone belongs to.
 */
import { districtsOf } from './sichuan.ts';

const ZONE = /(高新区|新区|开发区|经开区|园区)$/;

/** The first of the 市（州）'s divisions, for an example, when `district` is not one of them; undefined when it is, or cannot be told. */
export function districtOutside(city: string, district: string): { example: string } | undefined {
  const name = district.trim();
  const known = districtsOf(city);
  if (!known.length || !name || ZONE.test(name) || known.includes(name)) return undefined;
  return { example: known[0]! };
}
