/**
 * Long names, printed by real LibreOffice: a 申请书's cover stays one page with its foot line
 * (printed on both sides, a cover of two pages turns every later page), and the 真实性承诺书's
 * signature lines start at one place, however long the name.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAnnex } from '../../src/core/annexes/registry.ts';
import { templateData } from '../../src/core/docx/template-data.ts';
import { renderDocx } from '../../src/core/docx/render.ts';
import { exampleWith } from '../helpers/example.ts';
import { platformWith } from '../helpers/platform-example.ts';
import { libreOfficePages, pageText, type PdfWord } from '../helpers/libreoffice-pdf.ts';

const FOOT = '四川省经济和信息化厅制';
/** A company name of `n` characters (the schema allows up to 100). */
const nameOf = (n: number) => `四川${'蜀芯精密传动智能装备制造'.repeat(10)}`.slice(0, n - 4) + '有限公司';

const render = (id: string, data: unknown) => {
  const annex = getAnnex(id);
  return renderDocx(readFileSync(`templates/${annex.template}`), templateData(annex, data), annex.template);
};

// 14 is the example's own name; 19 and 24 characters ran the cover onto a second page before.
const ENTERPRISE = [14, 18, 19, 24, 40, 60, 68, 70, 85, 100];
// Past four lines of 三号 (70 characters and more) the name is set in 小四: at 70 填报时间 went to a second page.
const PLATFORM = [16, 19, 30, 60, 100];
// 附件4-6's block was right-aligned and tabbed: 19 characters left "公" alone at the margin.
// Its page holds a name of two lines: 36 characters. 16 and 20 left "司" or "公司" alone.
const PLEDGE = [14, 16, 19, 20, 23, 30, 36];
// Past two lines the block cannot stay on page 1; at 80 characters 法定代表人 and the date were
// left alone on page 2, away from the seal.
const LONG_PLEDGE = [60, 80, 100];
// 附件3's table fills its page under the name line: at 70 characters a third line of 小四 pushed
// its last row onto a second page.
const TARGETS = [14, 55, 70, 85, 100];
const PAGES = new Map<string, PdfWord[][]>();

beforeAll(async () => {
  const files = [
    ...ENTERPRISE.map((n) => ({ name: `annex1-${n}.docx`, bytes: render('annex1', exampleWith('company.name', nameOf(n))) })),
    ...PLATFORM.map((n) => ({ name: `annex4-${n}.docx`, bytes: render('annex4', platformWith('platform.name', nameOf(n))) })),
    ...PLEDGE.map((n) => ({ name: `annex4-6-${n}.docx`, bytes: render('annex4-6', platformWith('platform.name', nameOf(n))) })),
    ...LONG_PLEDGE.map((n) => ({ name: `annex4-6-${n}.docx`, bytes: render('annex4-6', platformWith('platform.name', nameOf(n))) })),
    ...TARGETS.map((n) => ({ name: `annex3-${n}.docx`, bytes: render('annex3', exampleWith('company.name', nameOf(n))) })),
  ];
  for (const [k, v] of await libreOfficePages(files)) PAGES.set(k, v);
}, 180_000);

/**
 * A 承诺书's signature block on its page: its first line (`first`), the 法定代表人 and date lines
 * checked to start where it does, and the words of the name that wrapped below the first line.
 */
function signatureBlock(page: PdfWord[], first: string, date: string, dateIndentPt = 0): { block: PdfWord; wrapped: PdfWord[] } {
  const at = (prefix: string) => {
    const word = page.find((w) => w.text.startsWith(prefix));
    if (!word) throw new Error(`承诺书页上没有以“${prefix}”开头的文字：${pageText(page)}`);
    return word;
  };
  const block = at(first);
  expect(Math.abs(at('法定代表人').x - block.x)).toBeLessThan(2);
  expect(Math.abs(at(date).x - dateIndentPt - block.x)).toBeLessThan(2);
  return { block, wrapped: page.filter((w) => w.y > block.y + 1 && w.y < at('法定代表人').y - 1) };
}

describe.each(ENTERPRISE)('附件1 with a name of %i characters', (n) => {
  const pages = () => PAGES.get(`annex1-${n}.docx`)!;

  it('keeps the cover, name and foot line together on page 1, and the document at its usual length', () => {
    const cover = pageText(pages()[0]!);
    expect(cover).toContain('申请书');
    expect(cover).toContain(nameOf(n));
    expect(cover).toContain(FOOT);
    expect(pageText(pages()[1]!)).not.toContain(FOOT);
    expect(pages().length).toBe(PAGES.get('annex1-14.docx')!.length);
  });

  it('starts each line of the 真实性承诺书 signature block at one place', () => {
    const last = pages().at(-1)!;
    const { block, wrapped } = signatureBlock(last, '单位名称', '2021');
    // The whole name is there, and what wraps of it stays within the block, never back at the margin.
    expect(pageText(last)).toContain(nameOf(n));
    for (const w of wrapped) expect(w.x, w.text).toBeGreaterThan(block.x + 20);
  });
});

describe.each(PLATFORM)('附件4 with a name of %i characters', (n) => {
  it('is one page holding the centred title, the name and the foot line', () => {
    const pages = PAGES.get(`annex4-${n}.docx`)!;
    expect(pages).toHaveLength(1);
    const text = pageText(pages[0]!);
    expect(text).toContain(nameOf(n));
    expect(text).toContain(FOOT);
    // The title's two lines are centred as the lines under them are: they start well in from the margin.
    const title = pages[0]!.find((w) => w.text.startsWith('高质量发展'))!;
    const foot = pages[0]!.find((w) => w.text.startsWith(FOOT))!;
    const margin = Math.min(...pages[0]!.map((w) => w.x));
    expect(title.x).toBeGreaterThan(margin + 40);
    expect(foot.x).toBeGreaterThan(margin + 40);
  });
});

describe.each(PLEDGE)('附件4-6 with a name of %i characters', (n) => {
  it('is one page, its signature lines starting at one place and a long name wrapping within the block', () => {
    const pages = PAGES.get(`annex4-6-${n}.docx`)!;
    expect(pages).toHaveLength(1);
    const page = pages[0]!;
    // Four characters of 三号 (16 pt) before 年, to write the year in.
    const { block, wrapped } = signatureBlock(page, '申报单位', '年', 64);
    expect(pageText(page)).toContain(nameOf(n));
    // What wraps of the name starts under the label, never back at the page's margin.
    for (const w of wrapped) expect(w.x, w.text).toBeGreaterThan(block.x - 2);
    if (n > 14) expect(wrapped.length).toBeGreaterThan(0);
    // No line of the name holds only a character or two: the label's line and each line below.
    const onLabelLine = page.filter((w) => Math.abs(w.y - block.y) < 1).map((w) => w.text).join('').replace(/^.*?：/, '');
    const rows = [...new Set(wrapped.map((w) => Math.round(w.y)))].map((y) => wrapped.filter((w) => Math.round(w.y) === y).map((w) => w.text).join(''));
    for (const line of [onLabelLine, ...rows].filter(Boolean)) expect(Array.from(line).length, line).toBeGreaterThan(2);
  });
});

/**
 * A name longer than the cover line's 17 characters once wrapped greedily: "司" alone on a line
 * back at the margin, under the label. Now its lines are of near-equal length, each under the first.
 */
describe.each([
  ...ENTERPRISE.map((n) => ['附件1', `annex1-${n}.docx`, n, '所'] as const),
  ...PLATFORM.map((n) => ['附件4', `annex4-${n}.docx`, n, '所在地'] as const),
])('%s cover: %s', (_annex, file, n, next) => {
  it('sets the name in lines of near-equal length, each starting under the first', () => {
    const cover = PAGES.get(file)!.at(0)!;
    const label = cover.find((w) => /^(企业|平台)名称/.test(w.text))!;
    const below = cover.find((w) => w.text.startsWith(next) && w.y > label.y)!;
    const words = cover.filter((w) => w.y >= label.y - 1 && w.y < below.y - 1);
    // Rows by their tops, a few points apart at most: in 小四 the name's top sits below the 三号 label's.
    const rows: PdfWord[][] = [];
    for (const w of [...words].sort((a, b) => a.y - b.y || a.x - b.x)) {
      const row = rows.at(-1);
      if (row && w.y - row[0]!.y < 6) row.push(w);
      else rows.push([w]);
    }
    for (const row of rows) row.sort((a, b) => a.x - b.x);
    const text = (row: PdfWord[]) => row.map((w) => w.text).join('');
    const lines = rows.map((row, i) => (i === 0 ? text(row).replace(/^.*?：/, '') : text(row)));
    expect(lines.join('')).toBe(nameOf(n));
    // 17 characters of 三号 a line, up to four lines; past them, 22 of 小四.
    expect(lines.length).toBe(Math.ceil(n / 17) <= 4 ? Math.ceil(n / 17) : Math.ceil(n / 22));
    for (const line of lines) expect(Array.from(line).length, line).toBeGreaterThanOrEqual(Math.floor(n / lines.length) - 1);
    // Lines after the first start together, under the name, never back under the label.
    const starts = rows.slice(1).map((row) => row[0]!.x);
    for (const x of starts) {
      expect(x).toBeGreaterThan(label.x + 50);
      expect(Math.abs(x - starts[0]!)).toBeLessThan(2);
    }
  });
});

describe.each(LONG_PLEDGE)('附件4-6 with a name of %i characters', (n) => {
  it('keeps the signature block whole on one page: seal, name, 法定代表人 and date', () => {
    const pages = PAGES.get(`annex4-6-${n}.docx`)!.map(pageText);
    const withBlock = pages.filter((t) => t.includes('申报单位（公章）') || t.includes('法定代表人（签字）') || /年月日$/.test(t));
    expect(withBlock).toHaveLength(1);
    for (const part of ['申报单位（公章）', '法定代表人（签字）', nameOf(n).slice(-6)]) expect(withBlock[0], part).toContain(part);
  });
});

describe.each(TARGETS)('附件3 with a name of %i characters', (n) => {
  it('is one page, the name whole above the table and its last row', () => {
    const pages = PAGES.get(`annex3-${n}.docx`)!;
    expect(pages).toHaveLength(1);
    const text = pageText(pages[0]!);
    expect(text).toContain(nameOf(n));
    expect(text).toContain('上年主营业务收入增长率');
  });
});
