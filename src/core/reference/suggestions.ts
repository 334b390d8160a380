/**
 * Suggestions for a text field, named in its schema (`"suggest": "districtsOf:city"`):
 * the 区（市县） of the 市（州） chosen in the same row. The value stays free text,
 * checked against the same list, so a new division never blocks anyone.
 */
import { districtsOf } from './sichuan.ts';

export function suggestionsFor(spec: unknown, row: Readonly<Record<string, unknown>>): readonly string[] {
  if (typeof spec !== 'string') return [];
  const [kind, field = ''] = spec.split(':');
  if (kind === 'districtsOf') {
    const city = row[field];
    return typeof city === 'string' ? districtsOf(city) : [];
  }
  return [];
}
