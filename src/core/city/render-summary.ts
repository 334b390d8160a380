/**
 * One summary as file bytes. Apart from summaries.ts because it brings the document and workbook
 * writers (docxtemplater, pizzip): the desk page loads them on the first download.
 */
import { renderDocx } from '../docx/render.ts';
import { ProgramError } from '../errors.ts';
import { buildWorkbook } from '../xlsx/workbook.ts';
import { annex7Sheet } from './annex7.ts';
import type { CityDesk } from './desk.ts';
import { cityName, summaryFileName, type SummaryDefinition } from './summaries.ts';

/** One summary as file bytes; docx summaries need their template's bytes. */
export function renderSummary(summary: SummaryDefinition, desk: CityDesk, template?: Uint8Array): { name: string; bytes: Uint8Array } {
  const name = summaryFileName(summary, desk);
  if (summary.format === 'xlsx') return { name, bytes: buildWorkbook([annex7Sheet(desk)], { title: `${cityName(desk)}${summary.title}` }) };
  if (!template) throw new ProgramError('P_TEMPLATE', `${summary.number}缺少模板文件“${summary.template}”。`);
  return { name, bytes: renderDocx(template, summary.data(desk), summary.template) };
}
