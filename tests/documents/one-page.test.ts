/**
 * 附件2 is one page in print: "企业简介（不超过500字，另附页无效）". Printed by real LibreOffice,
 * each case that once ran onto a second page stays on one, with its 简介 whole and the table's
 * last row on page 1.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAnnex } from '../../src/core/annexes/registry.ts';
import { renderDocx } from '../../src/core/docx/render.ts';
import { templateData } from '../../src/core/docx/template-data.ts';
import { ONE_PAGE_CASES } from '../helpers/annex2-cases.ts';
import { libreOfficePages, pageText, type PdfWord } from '../helpers/libreoffice-pdf.ts';

const annex2 = getAnnex('annex2');
const PAGES = new Map<string, PdfWord[][]>();
const fileOf = (i: number) => `annex2-${i}.docx`;
const CASES = [...ONE_PAGE_CASES.map(([what, dossier]) => [what, dossier] as const), ['a blank form', {}] as const];

beforeAll(async () => {
  const template = readFileSync(`templates/${annex2.template}`);
  const files = CASES.map(([, dossier], i) => ({ name: fileOf(i), bytes: renderDocx(template, templateData(annex2, dossier), annex2.template) }));
  for (const [k, v] of await libreOfficePages(files)) PAGES.set(k, v);
}, 180_000);

describe.each(CASES.map(([what, dossier], i) => [what, dossier, i] as const))('附件2, %s', (_what, dossier, i) => {
  it('prints on one page, 简介 and all', () => {
    const pages = PAGES.get(fileOf(i))!;
    expect(pages).toHaveLength(1);
    const text = pageText(pages[0]!);
    expect(text).toContain('企业简介');
    // Words come in the PDF's own order and lines split them: the page holds at least as many of
    // each character as the 简介 has, so none of it is missing.
    const intro = typeof dossier.intro === 'string' ? dossier.intro.replace(/\s/g, '') : '';
    const count = (s: string) => Array.from(s).reduce((m, c) => m.set(c, (m.get(c) ?? 0) + 1), new Map<string, number>());
    const onPage = count(text);
    for (const [c, n] of count(intro)) expect(onPage.get(c) ?? 0, c).toBeGreaterThanOrEqual(n);
  });
});
