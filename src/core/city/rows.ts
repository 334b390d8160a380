/**
 * One summary row per applicant, every value read from the applicant's own answers (附件7 注1:
 * 本表数据应与附件1、附件2、附件3中数据一致) or from the authority's own entries.
 */
import { displayText, productCategoryText } from '../docx/display.ts';
import { getPath } from '../dossier/paths.ts';
import { deriveYear, YEARS } from '../enterprise/derived.ts';
import { industryByCode } from '../reference/industries.ts';
import { approvalNumber } from '../platform/recognition.ts';
import { type DeskEntry, entryName } from './desk.ts';

const text = (entry: DeskEntry, path: string): string => displayText(getPath(entry.data, path));

/** 所属行业 as 附件5 and 附件7 ask: the two-digit GB/T 4754-2017 code and its name. */
export function industryText(code: unknown): string {
  if (typeof code !== 'string') return '';
  const industry = industryByCode(code);
  return industry ? `${industry.code} ${industry.name}` : displayText(code);
}

const CATEGORY_SHORT: Record<string, string> = {
  '重点支持国家级专精特新“小巨人”企业公共服务示范平台': '重点支持国家级专精特新“小巨人”企业服务平台',
  '统筹支持“专精特新”中小企业公共服务示范平台': '统筹支持“专精特新”中小企业服务平台',
};

export type Annex5Row = {
  index: string;
  name: string;
  batch: string;
  industry: string;
  note: string;
};

export const annex5Row = (entry: DeskEntry, i: number): Annex5Row => ({
  index: String(i + 1),
  name: entryName(entry),
  batch: displayText(entry.own.batch),
  industry: industryText(getPath(entry.data, 'company.industry')),
  note: displayText(entry.own.note),
});

export type Annex6Row = {
  index: string;
  name: string;
  services: string;
  approval: string;
  category: string;
};

export function annex6Row(entry: DeskEntry, i: number): Annex6Row {
  const category = text(entry, 'category');
  return {
    index: String(i + 1),
    name: entryName(entry),
    services: displayText(entry.own.services),
    approval: approvalNumber(text(entry, 'platform.recognition')),
    // 附件6 备注2 names the categories in their short form.
    category: CATEGORY_SHORT[category] ?? category,
  };
}

export type Cell = string | number | null;

const yesNo = (v: unknown) => (v === '是' || v === '否' ? v : '');
const when = (gate: unknown, v: string) => (gate === '是' ? v : '');

/** 附件7's 基本情况 columns, in the seed's order. */
export function annex7Basic(entry: DeskEntry): Cell[] {
  const d = entry.data;
  const gap = getPath(d, 'orientation.gap.kind');
  const filled = gap === '填补国内空白' || gap === '填补国际空白';
  return [
    entryName(entry),
    displayText(entry.own.batch),
    displayText(entry.own.district),
    text(entry, 'company.creditCode'),
    text(entry, 'company.scale'),
    text(entry, 'company.ownership'),
    industryText(getPath(d, 'company.industry')),
    text(entry, 'company.segment'),
    productCategoryText(getPath(d, 'company.productCategory')),
    text(entry, 'company.productName'),
    yesNo(getPath(d, 'orientation.fourBase.applies')),
    when(getPath(d, 'orientation.fourBase.applies'), text(entry, 'orientation.fourBase.category')),
    yesNo(getPath(d, 'orientation.tenFields.applies')),
    when(getPath(d, 'orientation.tenFields.applies'), text(entry, 'orientation.tenFields.field')),
    yesNo(getPath(d, 'orientation.shortBoard.applies')),
    when(getPath(d, 'orientation.shortBoard.applies'), text(entry, 'orientation.shortBoard.field')),
    gap === '否' ? '否' : filled ? '是' : '',
    filled ? (gap === '填补国内空白' ? '国内' : '国际') : '',
    filled ? text(entry, 'orientation.gap.field') : '',
    yesNo(getPath(d, 'orientation.collaboration.applies')),
    when(getPath(d, 'orientation.collaboration.applies'), partnerAndProject(entry)),
  ];
}

/** 具体企业及创新项目: "企业：项目", or what of the two is given. */
function partnerAndProject(entry: DeskEntry): string {
  return [text(entry, 'orientation.collaboration.partner'), text(entry, 'orientation.collaboration.project')].filter(Boolean).join('：');
}

const figure = (entry: DeskEntry, year: string, key: string): number | null => {
  const v = getPath(entry.data, `indicators.${year}.${key}`);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

/** 附件7's 生产经营情况: 2018–2020 营业收入, 主营业务收入, its growth and its share, as numbers. */
export function annex7Figures(entry: DeskEntry): Cell[] {
  const derived = YEARS.map((y) => deriveYear(entry.data, y));
  return [
    ...YEARS.map((y) => figure(entry, y, 'revenue')),
    ...YEARS.map((y) => figure(entry, y, 'mainRevenue')),
    ...derived.map((d) => d.mainGrowth.value),
    ...derived.map((d) => d.mainShare.value),
  ];
}
