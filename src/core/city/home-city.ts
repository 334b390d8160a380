/**
 * Which 市（州） an applicant says it is in, so the desk can point out one that belongs to another
 * city's collection: an enterprise names its 所在市（州） from the list; a platform writes its
 * 所在地 as text ("绵阳市涪城区"), read by the city's name, or else by a district that only one
 * city has. What cannot be told is not flagged: this is a hint to check, never a refusal.
 */
import { getPath } from '../dossier/paths.ts';
import { SICHUAN } from '../reference/sichuan.ts';
import type { DeskEntry } from './desk.ts';

/** A district name → its city, for the names only one city has (内江 and 乐山 both have 市中区). */
const CITY_OF_DISTRICT: ReadonlyMap<string, string> = (() => {
  const seen = new Map<string, string | null>();
  for (const city of SICHUAN) for (const d of city.districts) seen.set(d, seen.has(d) ? null : city.name);
  return new Map([...seen].filter((e): e is [string, string] => e[1] !== null));
})();

/** The 市（州） the applicant's answers place it in, if they say. */
export function entryCity(entry: Pick<DeskEntry, 'kind' | 'data'>): string | undefined {
  if (entry.kind === 'enterprise') {
    const city = getPath(entry.data, 'company.city');
    return SICHUAN.find((c) => c.name === city)?.name;
  }
  const location = getPath(entry.data, 'platform.location');
  if (typeof location !== 'string') return undefined;
  const text = location.replace(/\s+/g, '').replace(/^四川省?/, '');
  const named = SICHUAN.find((c) => text.startsWith(c.name) || text.startsWith(c.name.replace(/(市|藏族羌族自治州|藏族自治州|彝族自治州)$/, '')));
  if (named) return named.name;
  for (const [district, city] of CITY_OF_DISTRICT) if (text.startsWith(district)) return city;
  return undefined;
}

/** What to tell the authority when the applicant is in another 市（州） than the desk's; nothing otherwise. */
export function elsewhere(entry: Pick<DeskEntry, 'kind' | 'data'>, deskCity: string): string | undefined {
  const city = entryCity(entry);
  if (!deskCity || !city || city === deskCity) return undefined;
  return `所在${entry.kind === 'enterprise' ? '市（州）' : '地'}为${city}，不是${deskCity}：请核实是否应由本市（州）报送。`;
}
