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

const annex = getAnnex('annex4-2');
const render = (data: unknown) => renderDocx(readFileSync(`templates/${annex.template}`), templateData(annex, data), annex.template);

const example = platformExample();
const served = example.served as Record<string, unknown>[];
// Twelve enterprises, each with a 概述 at its 300-character limit.
const long = { ...example, served: Array.from({ length: 12 }, (_, i) => ({ ...served[i % served.length], summary: `（技术创新）${'服务内容与成效'.repeat(42)}`.slice(0, 300) })) };

let pages = new Map<string, PdfPage[]>();
beforeAll(async () => {
  pages = await libreOfficePages([
    { name: 'example.docx', bytes: render(example) },
    { name: 'long.docx', bytes: render(long) },
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
