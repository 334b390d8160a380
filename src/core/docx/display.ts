/**
 * How values read in the printed documents: dates in Chinese, boxes ticked
 * with ☑/□, nothing ever shown as "undefined".
 */
import { xmlSafe } from '../text/xml-safe.ts';

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

/** Plain text for a cell: empty for missing values so the line stays blank for handwriting. */
export function displayText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return xmlSafe(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  return '';
}
