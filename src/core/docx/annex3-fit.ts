/**
 * 附件3 is one page: its table fills it under the 企业名称 line. A name that takes a third line of
 * 小四 (about 70 characters; the limit is 100) pushed the table's last row onto a second page. The
 * line is set instead in the largest of three sizes that keeps it to two lines; the template holds
 * one paragraph loop per size, and the mapped data fills only the chosen one.
 */
import type { TemplateData } from './template-data.ts';
import { paragraphLines } from '../text/line-count.ts';

/** The text width of 附件3's page in twips (A4 less its 28 and 26 mm margins). */
const TEXT_TWIPS = 8844;

/** The name line's sizes, largest first, in half-points: 小四, 小五, 六号. */
export const ANNEX3_NAME_SIZES = [
  { tag: 'nameLine', halfPoints: 24 },
  { tag: 'nameLineSmall', halfPoints: 18 },
  { tag: 'nameLineTiny', halfPoints: 15 },
] as const;

export const ANNEX3_NAME_LABEL = '企业名称：';

/** Keeps the name in the loop of the largest size that holds 企业名称：name in two lines. */
export function fitAnnex3Name(data: TemplateData): TemplateData {
  const mapped = data[ANNEX3_NAME_SIZES[0].tag];
  const name = Array.isArray(mapped) ? (mapped as string[]).join('') : '';
  const fits = ANNEX3_NAME_SIZES.find(({ halfPoints }) => paragraphLines(ANNEX3_NAME_LABEL + name, TEXT_TWIPS / (halfPoints * 10)) <= 2) ?? ANNEX3_NAME_SIZES[ANNEX3_NAME_SIZES.length - 1]!;
  return { ...data, ...Object.fromEntries(ANNEX3_NAME_SIZES.map(({ tag }) => [tag, tag === fits.tag ? [name] : []])) };
}
