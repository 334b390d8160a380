/**
 * How values read in the printed documents: dates in Chinese, boxes ticked
 * with ☑/□, nothing ever shown as "undefined".
 */
import { xmlSafe } from '../text/xml-safe.ts';
import { numberText } from '../formats/numbers.ts';

export { numberText };

export const CHECKED = '☑';
export const UNCHECKED = '□';

export const checkMark = (on: boolean): string => (on ? CHECKED : UNCHECKED);

/** `2021-07-01` → `2021年7月1日`; anything else is shown as typed. */
export function chineseDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return xmlSafe(value);
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/**
 * Direction controls (U+202A–U+202E, U+2066–U+2069) never belong in these forms and reorder what
 * prints: U+202E before 陈立新 printed "新立陈". A tab printed as a wide gap. Both are dropped or
 * made a space on paper; the dossier keeps what was typed.
 */
const printable = (text: string): string => text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '').replace(/\t/g, ' ');

/** Plain text for a cell: empty for missing values so the line stays blank for handwriting. */
export function displayText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'string') return printable(xmlSafe(value));
  if (typeof value === 'boolean') return value ? '是' : '否';
  return '';
}

/** 主导产品类别 as 注4 asks: "名称（8位或10位代码）", or the name marked as 按行业惯例分类 or 新产品. */
export function productCategoryText(value: unknown): string {
  if (value === null || typeof value !== 'object') return '';
  const { name, basis, code } = value as Record<string, unknown>;
  const label = displayText(name);
  if (!label) return '';
  if (basis === '统计用产品分类目录') return typeof code === 'string' && code ? `${label}（${xmlSafe(code)}）` : label;
  if (basis === '按行业惯例分类' || basis === '新产品') return `${label}（${basis}）`;
  return label;
}
