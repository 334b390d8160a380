/**
 * One summary as file bytes. Apart from summaries.ts because it brings the document and workbook
 * writers (docxtemplater, pizzip): the desk page loads them on the first download.
 */
import { renderDocxZip, stampDates, writeDocx } from '../docx/render.ts';
import { ProgramError } from '../errors.ts';
import { buildWorkbook } from '../xlsx/workbook.ts';
import { annex7Sheet } from './annex7.ts';
import type { CityDesk } from './desk.ts';
import { cityName, summaryFileName, type SummaryDefinition } from './summaries.ts';

/** One summary as file bytes; docx summaries need their template's bytes. Dated `now` in its properties. */
export function renderSummary(summary: SummaryDefinition, desk: CityDesk, template?: Uint8Array, now = new Date()): { name: string; bytes: Uint8Array } {
  const name = summaryFileName(summary, desk);
  if (summary.format === 'xlsx') return { name, bytes: buildWorkbook([annex7Sheet(desk)], { title: `${cityName(desk)}${summary.title}` }) };
  if (!template) throw new ProgramError('P_TEMPLATE', `${summary.number}缺少模板文件“${summary.template}”。`);
  const zip = renderDocxZip(template, summary.data(desk), summary.template);
  stampDates(zip, now);
  return { name, bytes: writeDocx(zip) };
}
