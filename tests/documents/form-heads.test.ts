/**
 * 附件1's 申报表 as LibreOffice prints it: where 三、相关指标 or 四、发展目标 runs onto a new
 * page, its heading and column heads are printed again above the rows there. They were once in
 * the middle of one table, which an editor cannot repeat, and page 2 began with figures under no year.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAnnex } from '../../src/core/annexes/registry.ts';
import { renderDocx } from '../../src/core/docx/render.ts';
import { templateData } from '../../src/core/docx/template-data.ts';
import { libreOfficePages, pageText } from '../helpers/libreoffice-pdf.ts';
import { example } from '../helpers/example.ts';

let pages: string[] = [];
beforeAll(async () => {
  const annex = getAnnex('annex1');
  const bytes = renderDocx(readFileSync(`templates/${annex.template}`), templateData(annex, example()), annex.template);
  pages = (await libreOfficePages([{ name: 'annex1.docx', bytes }])).get('annex1.docx')!.map(pageText);
}, 180_000);

describe.each([
  { section: '三、相关指标', rows: ['营业收入（万元）', '利润增长率（%）', '实缴税金（万元）', '研发经费占营业收入比重（%）'], heads: ['三、相关指标', '重要指标', '2018年', '2019年', '2020年'] },
  {
    section: '四、发展目标',
    rows: ['专业化程度', '创新能力', '成长性', '预计资金投入（万元）'],
    // The two later heads wrap in their cells, and the words of a cell may come apart in reading order.
    heads: ['四、发展目标', '一级指标', '二级指标', '实施期初始值', '实施期满一年', '实施期满两年'],
  },
])('附件1 $section across pages', ({ rows, heads }) => {
  const holding = () => pages.map((text, page) => ({ text, page })).filter(({ text }) => rows.some((r) => text.includes(r)));

  it('runs onto a second page in the example (otherwise this test would prove nothing)', () => {
    expect(holding().length, 'the example no longer splits this section: give it data that does').toBeGreaterThanOrEqual(2);
  });

  it('prints its heading and column heads on every page that holds its rows', () => {
    for (const { text, page } of holding()) for (const head of heads) expect(text, `page ${page + 1}: ${head}`).toContain(head);
  });
});
