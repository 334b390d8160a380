/**
 * 附件7 with many enterprises, printed by LibreOffice: each band of rows prints its three column
 * pages one after another (across, then down), every page numbered "第 n 页，共 N 页". Printed down
 * first, 500 enterprises put one's figures 64 pages after its name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CityDesk } from '../../src/core/city/desk.ts';
import { renderSummary } from '../../src/core/city/render-summary.ts';
import { SUMMARIES } from '../../src/core/city/summaries.ts';
import { exampleDesk } from '../helpers/city.ts';
import { libreOfficePages, type PdfPage, pageText } from '../helpers/libreoffice-pdf.ts';

const COUNT = 60;
const nameOf = (i: number) => `四川测试${String(i).padStart(3, '0')}号精密制造有限公司`;

/** The example enterprise 60 times over, each under a name of its own. */
function manyEnterprises(): CityDesk {
  const desk = exampleDesk();
  const enterprise = desk.entries.find((e) => e.kind === 'enterprise')!;
  const entries = Array.from({ length: COUNT }, (_, i) => {
    const data = structuredClone(enterprise.data) as { company: Record<string, unknown> };
    data.company.name = nameOf(i + 1);
    return { ...enterprise, data };
  });
  return { ...desk, entries };
}

let pages: PdfPage[] = [];
beforeAll(async () => {
  const annex7 = renderSummary(SUMMARIES.find((s) => s.format === 'xlsx')!, manyEnterprises());
  pages = (await libreOfficePages([annex7])).get(annex7.name)!;
}, 240_000);

/** The enterprises a page prints, by the number in their names. */
const rowsOf = (page: PdfPage) => [...pageText(page).matchAll(/四川测试(\d{3})号/g)].map((m) => Number(m[1]));

describe(`附件7 of ${COUNT} enterprises printed by LibreOffice Calc`, () => {
  it('takes more than one band of rows, three pages each', () => {
    expect(pages.length % 3).toBe(0);
    expect(pages.length).toBeGreaterThanOrEqual(6);
  });

  it('prints each band of rows on three pages in a row: page 2 holds page 1’s enterprises, not the next ones', () => {
    const first = rowsOf(pages[0]!);
    expect(first[0]).toBe(1);
    for (let band = 0; band < pages.length / 3; band++) {
      const rows = rowsOf(pages[band * 3]!);
      expect(rows.length).toBeGreaterThan(0);
      expect(rowsOf(pages[band * 3 + 1]!)).toEqual(rows);
      expect(rowsOf(pages[band * 3 + 2]!)).toEqual(rows);
    }
    // The bands follow on: every enterprise is printed, in order, in one band.
    const all = Array.from({ length: pages.length / 3 }, (_, band) => rowsOf(pages[band * 3]!)).flat();
    expect(all).toEqual(Array.from({ length: COUNT }, (_, i) => i + 1));
  });

  it('holds the basic facts, the 是否属于 groups and the figures on a band’s pages in that order', () => {
    expect(pageText(pages[0]!)).toContain('统一社会信用代码');
    expect(pageText(pages[1]!)).toContain('与重点龙头企业协同创新');
    expect(pageText(pages[2]!)).toContain('主营业务收入占营业收入比重');
  });

  it('numbers every page in its footer', () => {
    pages.forEach((page, i) => expect(pageText(page)).toContain(`第${i + 1}页，共${pages.length}页`));
  });
});
