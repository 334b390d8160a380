/**
 * 附件4-2 as LibreOffice prints it: company names on one line of their column, and rows with a
 * long 概述 that continue onto the next page instead of each moving there whole.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAnnex } from '../../src/core/annexes/registry.ts';
import { renderDocx } from '../../src/core/docx/render.ts';
import { templateData } from '../../src/core/docx/template-data.ts';
import { libreOfficePages, type PdfPage } from '../helpers/libreoffice-pdf.ts';
import { platformExample } from '../helpers/platform-example.ts';
import { SUMMARIES } from '../../src/core/city/summaries.ts';
import { renderSummary } from '../../src/core/city/render-summary.ts';
import { exampleDesk, summaryTemplates } from '../helpers/city.ts';

const annex = getAnnex('annex4-2');
const render = (data: unknown) => renderDocx(readFileSync(`templates/${annex.template}`), templateData(annex, data), annex.template);

const example = platformExample();
const served = example.served as Record<string, unknown>[];
// Twelve enterprises, each with a 概述 at its 300-character limit.
const long = { ...example, served: Array.from({ length: 12 }, (_, i) => ({ ...served[i % served.length], summary: `（技术创新）${'服务内容与成效'.repeat(42)}`.slice(0, 300) })) };

/** 附件6 of the example desk with every platform's 服务内容 at `n` characters (300 at most). */
function annex6Long(n = 300): Uint8Array {
  const desk = exampleDesk();
  for (const e of desk.entries) if (e.kind === 'platform') e.own = { ...e.own, services: `技术创新、数字化改造、融资对接、${'管理咨询与人才培训服务'.repeat(30)}`.slice(0, n) };
  return renderSummary(SUMMARIES.find((s) => s.id === 'annex6')!, desk, summaryTemplates()['annex6.docx']).bytes;
}

let pages = new Map<string, PdfPage[]>();
beforeAll(async () => {
  pages = await libreOfficePages([
    { name: 'example.docx', bytes: render(example) },
    { name: 'long.docx', bytes: render(long) },
    { name: 'annex6.docx', bytes: annex6Long() },
    // Its table ends near page 1's foot: the notes' last line once printed alone on page 2.
    { name: 'annex6-200.docx', bytes: annex6Long(200) },
  ]);
}, 180_000);

describe('附件4-2 on paper', () => {
  it('prints each served company’s name on one line of its column (14 characters fit)', () => {
    const words = pages.get('example.docx')!.flat().map((w) => w.text);
    for (const row of served) expect(words.some((w) => w.includes(row.name as string)), row.name as string).toBe(true);
  });

  it('lets a tall row continue on the next page: 12 rows of 300-character 概述 take 10 pages, not 12', () => {
    const printed = pages.get('long.docx')!;
    expect(printed.length).toBeLessThanOrEqual(10);
    // Every row is printed, numbered.
    const text = printed.flat().map((w) => w.text).join(' ');
    for (let i = 1; i <= 12; i++) expect(text).toMatch(new RegExp(`(^|\\s)${i}(\\s|$)`));
  });
});

describe('附件6 on paper', () => {
  // Kept whole, a row with a 300-character 服务内容 moved to page 2 and left page 1 with the title alone.
  it('starts its table on page 1 under the title, a long 服务内容 continuing on the next page', () => {
    const first = pages.get('annex6.docx')![0]!.map((w) => w.text).join('');
    expect(first).toContain('序号');
    expect(first).toContain('成都蜀创中小企业服务中心');
  });

  it('keeps its notes together, none of their lines alone on a page', () => {
    const printed = pages.get('annex6-200.docx')!.map((p) => p.map((w) => w.text).join(''));
    const withNotes = printed.filter((t) => t.includes('备注') || t.includes('类别不得同时申报'));
    expect(withNotes).toHaveLength(1);
  });
});
