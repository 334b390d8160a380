/**
 * The 市（州） summaries, one entry each: 附件5 and 附件6 as Word documents from templates,
 * 附件7 as a workbook. The desk page, the CLI `summarize` command and the tests all iterate
 * over this list.
 */
import { resolvedSchema } from '../annexes/schemas.ts';
import type { TemplateData } from '../docx/template-data.ts';
import { type FieldError, ProgramError } from '../errors.ts';
import { safeFileNamePart } from '../file-name.ts';
import { validateAgainst } from '../validate/validate.ts';
import { districtOutside } from '../reference/district-check.ts';
import { ANNEX7_TITLE } from './annex7.ts';
import type { CityDesk } from './desk.ts';
import { annex5Row, annex6Row } from './rows.ts';

interface SummaryBase {
  id: string;
  number: string;
  title: string;
  /** In file names: 附件7-成都市-企业情况汇总表.xlsx. */
  shortTitle: string;
  /** Which collected applicants it lists. */
  lists: 'enterprise' | 'platform';
}
export interface DocxSummary extends SummaryBase {
  format: 'docx';
  template: string;
  data: (desk: CityDesk) => TemplateData;
}
export interface XlsxSummary extends SummaryBase {
  format: 'xlsx';
}
export type SummaryDefinition = DocxSummary | XlsxSummary;

const department = (desk: CityDesk) => (desk.department ?? '').trim();
export const cityName = (desk: CityDesk) => desk.city || 'XX市（州）';

export const SUMMARIES: readonly SummaryDefinition[] = [
  {
    id: 'annex5',
    number: '附件5',
    title: '第二批重点“小巨人”企业名单汇总表',
    shortTitle: '重点小巨人企业名单汇总表',
    lists: 'enterprise',
    format: 'docx',
    template: 'annex5.docx',
    data: (desk) => ({ city: cityName(desk), department: department(desk), enterprises: desk.entries.filter((e) => e.kind === 'enterprise').map(annex5Row) }),
  },
  {
    id: 'annex6',
    number: '附件6',
    title: '第二批支持“专精特新”中小企业高质量发展公共服务示范平台名单汇总表',
    shortTitle: '公共服务示范平台名单汇总表',
    lists: 'platform',
    format: 'docx',
    template: 'annex6.docx',
    data: (desk) => ({ city: cityName(desk), department: department(desk), platforms: desk.entries.filter((e) => e.kind === 'platform').map(annex6Row) }),
  },
  { id: 'annex7', number: '附件7', title: ANNEX7_TITLE, shortTitle: '企业情况汇总表', lists: 'enterprise', format: 'xlsx' },
];

export const summaryFileName = (summary: SummaryDefinition, desk: CityDesk): string =>
  `${summary.number}-${safeFileNamePart(desk.city) || 'XX市（州）'}-${summary.shortTitle}.${summary.format}`;

/** What the authority still has to enter, at its field: `city`, `entries.3.own.note`, … */
export function validateDesk(desk: CityDesk): FieldError[] {
  // An emptied box is an unanswered question ("请填写…"), not a wrong answer ("“”不是可选项").
  const blankToMissing = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== ''));
  const answers = { ...blankToMissing({ ...desk }), entries: desk.entries.map((e) => ({ ...e, own: blankToMissing({ ...e.own }) })) };
  return [...validateAgainst(resolvedSchema('city.schema.json'), answers).errors, ...districtErrors(desk)];
}

/** An enterprise's 区（县） outside the desk's 市（州）: 涪城区 for a 成都市 enterprise is a slip, or another city's. */
function districtErrors(desk: CityDesk): FieldError[] {
  const errors: FieldError[] = [];
  desk.entries.forEach((entry, i) => {
    const district = entry.own.district;
    if (entry.kind !== 'enterprise' || typeof district !== 'string' || typeof desk.city !== 'string') return;
    const outside = districtOutside(desk.city, district);
    if (!outside) return;
    errors.push({
      id: 'E_CHOICE',
      path: `entries.${i}.own.district`,
      label: '企业所在区（县）',
      message: `“${district.trim().slice(0, 20)}”不是${desk.city}的区（县、市），请核对，如${outside.example}。`,
    });
  });
  return errors;
}

/**
 * What still blocks one summary: the desk's own fields, and the entries of the applicants it lists.
 * 附件6 waited on the enterprises' 区（县） and 说明, which only 附件5 and 附件7 print.
 */
export function validateSummary(desk: CityDesk, summaryId: string, errors: readonly FieldError[] = validateDesk(desk)): FieldError[] {
  const summary = SUMMARIES.find((s) => s.id === summaryId);
  if (!summary) return [...errors];
  return errors.filter((e) => {
    const at = /^entries\.(\d+)\./.exec(e.path);
    return !at || desk.entries[Number(at[1])]?.kind === summary.lists;
  });
}
