/**
 * 附件4-6's 申报单位（公章）：name line. After its label the line holds 14 characters of 三号; a
 * name of 15–23 characters wrapped there and left one or two of them ("司", "公司") alone on the
 * next line. Such a name starts on the next line instead, which holds 23; a longer one wraps as it
 * comes (its second line then holds at least 10), so the page keeps room for a name of two lines.
 */
import type { TemplateData } from './template-data.ts';
import { emWidth } from '../text/line-count.ts';

/** Ems of 三号 after the label, and on a line of its own (scripts/templates/annex4-plans.ts). */
export const SIGN_NAME_AFTER_LABEL_EMS = 14;
export const SIGN_NAME_LINE_EMS = 23;

export function fitSignName(data: TemplateData): TemplateData {
  const name = typeof data.name === 'string' ? data.name : '';
  const width = emWidth(name);
  return width > SIGN_NAME_AFTER_LABEL_EMS && width <= SIGN_NAME_LINE_EMS ? { ...data, name: `\n${name}` } : data;
}
