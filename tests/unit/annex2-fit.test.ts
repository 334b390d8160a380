import { describe, expect, it } from 'vitest';
import { getAnnex } from '../../src/core/annexes/registry.ts';
import { INTRO_SIZES, introSize } from '../../src/core/docx/annex2-fit.ts';
import { templateData } from '../../src/core/docx/template-data.ts';
import { paragraphLines, textLines } from '../../src/core/text/line-count.ts';
import { introOf, ONE_PAGE_CASES, withFields } from '../helpers/annex2-cases.ts';
import { example, exampleWith } from '../helpers/example.ts';
import { validateAnnex } from '../../src/core/validate/validate.ts';

const annex2 = getAnnex('annex2');
/** The mapped data before fitting: every size's loop holds the 简介. */
const mapped = (dossier: unknown) => templateData({ ...annex2, fitToPage: undefined }, dossier);
const filled = (data: ReturnType<typeof templateData>) => INTRO_SIZES.filter(({ tag }) => (data[tag] as string[]).length > 0).map(({ tag }) => tag);

describe('line counts', () => {
  it.each([
    ['one line of CJK', '字'.repeat(11), 12, 0, 1],
    ['a character over the line, less half an em held back', '字'.repeat(12), 12, 0, 2],
    ['a first-line indent', '字'.repeat(9), 12, 2, 1],
    ['a first-line indent that carries a character over', '字'.repeat(10), 12, 2, 2],
    ['Latin counted at 0.6 em', 'A'.repeat(19), 12, 0, 1],
    ['an empty paragraph still takes a line', '', 12, 0, 1],
  ])('%s', (_what, text, ems, indent, lines) => expect(paragraphLines(text, ems, indent)).toBe(lines));

  it('adds the paragraphs up, and an empty cell holds one line', () => {
    expect(textLines(['字'.repeat(20), '字'], 12)).toBe(3);
    expect(textLines([], 12)).toBe(1);
  });
});

describe('附件2 sets its 企业简介 to keep the form on one page', () => {
  it.each(ONE_PAGE_CASES)('%s: set in %s', (_what, dossier, size) => {
    expect(introSize(mapped(dossier)).tag).toBe(size);
    // Only the chosen size's loop is filled, with every paragraph.
    const data = templateData(annex2, dossier);
    expect(filled(data)).toEqual([size]);
    expect(data[size]).toEqual(mapped(dossier).intro);
  });

  it('uses the smallest size when nothing fits, with every field at its longest', () => {
    const worst = exampleWith('intro', introOf(12));
    for (const [path, n] of [['name', 100], ['segment', 100], ['productName', 100]] as const) (worst.company as Record<string, unknown>)[path] = '字'.repeat(n);
    expect(introSize(mapped(worst)).tag).toBe('introTight');
  });

  it.each([
    [30, []],
    [31, ['附件2须在一页之内（另附页无效）。企业简介共31段，每段另起一行，用最小的字号也需约31行，本页只容得下约30行。请合并较短的段落，或删减简介。']],
  ])('reports at the field a 简介 of %i short paragraphs only when no size keeps the page', (n, messages) => {
    const dossier = exampleWith('intro', introOf(n, 16 * n));
    expect(validateAnnex(annex2, dossier).errors.filter((e) => e.path === 'intro').map((e) => e.message)).toEqual(messages);
  });

  it('counts the rows above: 30 paragraphs overflow under three long names', () => {
    const dossier = exampleWith('intro', introOf(30, 480));
    (dossier.company as Record<string, unknown>).name = '字'.repeat(60);
    expect(validateAnnex(annex2, dossier).errors.map((e) => e.path)).toContain('intro');
  });

  // With every row above at its longest, one short paragraph does not fit: merging cannot help,
  // so the message names the rows that take the page.
  it('names the long rows above when they leave the 简介 no room', () => {
    const dossier = exampleWith('intro', '简介');
    for (const key of ['name', 'segment', 'productName']) (dossier.company as Record<string, unknown>)[key] = '字'.repeat(100);
    (dossier.company as Record<string, { name: string }>).productCategory!.name = '字'.repeat(100);
    const [message] = validateAnnex(annex2, dossier).errors.filter((e) => e.path === 'intro').map((e) => e.message);
    expect(message).toMatch(/^附件2须在一页之内（另附页无效）。上面的企业名称、具体细分领域名称、主导产品类别、主导产品名称较长，占去了本页的位置；企业简介共1段/);
    expect(message).toContain('请缩短企业名称、具体细分领域名称、主导产品类别、主导产品名称，或删减简介。');
    expect(message).not.toContain('合并');
  });

  // Such data once printed its last 简介 line alone on page 2, and passed: the 具体领域 row was not counted.
  it('reports long rows above and 10-character 具体领域 that leave three paragraphs no room', () => {
    const company = { ...(example().company as object), name: '四'.repeat(30), segment: '段'.repeat(59), productName: '品'.repeat(59), productCategory: { name: '类'.repeat(59), basis: '统计用产品分类目录', code: '3404020001' } };
    const [message] = validateAnnex(annex2, { ...withFields(introOf(3)), company }).errors.filter((e) => e.path === 'intro').map((e) => e.message);
    expect(message).toContain('上面的企业名称、具体细分领域名称、主导产品类别、主导产品名称、具体领域较长');
  });

  it('counts a 10-character 具体领域 as a line more in its row than the example’s', () => {
    const dossier = withFields(introOf(30, 480));
    expect(validateAnnex(annex2, dossier).errors.filter((e) => e.path === 'intro').map((e) => e.message)[0]).toContain('上面的具体领域较长');
    expect(validateAnnex(annex2, exampleWith('intro', introOf(30, 480))).errors.filter((e) => e.path === 'intro')).toEqual([]);
  });

  it('gives a form without a 简介 blank lines to write in, fewer under long rows', () => {
    const blank = templateData(annex2, {});
    expect(blank.intro).toEqual(Array.from({ length: 15 }, () => ''));
    expect(filled(blank)).toEqual(['intro']);
    const crowded = templateData(annex2, { company: { name: '字'.repeat(100), segment: '字'.repeat(60) } });
    expect((crowded.intro as string[]).length).toBeLessThan(15);
    expect((crowded.intro as string[]).length).toBeGreaterThan(0);
  });
});
