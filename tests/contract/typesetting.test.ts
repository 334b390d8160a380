/**
 * The typesetting every template must keep, as GB/T 9704 sets official documents: A4 with the
 * standard's margins, CJK fonts named explicitly and declared, titles in 小标宋, page numbers on
 * the annexes that run to several pages, and list tables whose header repeats on each page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANNEXES } from '../../src/core/annexes/registry.ts';
import { SUMMARIES } from '../../src/core/city/summaries.ts';
import { docxParts } from '../helpers/docx.ts';
import { TITLE_FONT } from '../../scripts/templates/style.ts';

const mm = (v: number) => Math.round((v * 1440) / 25.4);
// Annexes long enough to need page numbers; the one-page forms and covers carry none, as on paper.
const NUMBERED = new Set(['annex1', 'annex4-1', 'annex4-2', 'annex4-3', 'annex4-4', 'annex4-5', 'annex5', 'annex6']);
// The 申请书 whose first page is a cover ending in 四川省经济和信息化厅制.
const COVERS = new Set(['annex1', 'annex4']);
// Annexes whose table is a list of entries: its header row repeats on every page.
const LISTS = new Set(['annex3', 'annex4-1', 'annex4-2', 'annex4-3', 'annex5', 'annex6']);

const attr = (xml: string, name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(xml)?.[1]);

// Every Word template: the applicants' annexes and the 市（州） summaries.
const TEMPLATES = [...ANNEXES, ...SUMMARIES.flatMap((s) => (s.format === 'docx' ? [s] : []))].map((t) => ({ id: t.id, number: t.number, template: t.template }));

describe.each(TEMPLATES.map((a) => [a.number, a] as const))('%s template', (_n, annex) => {
  const parts = docxParts(new Uint8Array(readFileSync(`templates/${annex.template}`)));
  const doc = parts.get('word/document.xml')!;
  const fonts = parts.get('word/fontTable.xml')!;
  // Paragraph formats live in named styles (scripts/docx/paragraph-styles.ts): fonts are named there too.
  const styles = parts.get('word/styles.xml')!;

  it('is set on A4 with the standard margins, turned with the page when landscape', () => {
    for (const size of doc.match(/<w:pgSz[^>]*>/g)!) {
      const landscape = size.includes('w:orient="landscape"');
      expect([attr(size, 'w'), attr(size, 'h')]).toEqual(landscape ? [16838, 11906] : [11906, 16838]);
    }
    for (const margins of doc.match(/<w:pgMar[^>]*>/g)!) {
      const [top, bottom, left, right] = ['top', 'bottom', 'left', 'right'].map((k) => attr(margins, k));
      const portrait = [top, bottom, left, right];
      const turned = [left, right, top, bottom];
      const expected = [mm(37), mm(35), mm(28), mm(26)];
      const near = (got: (number | undefined)[]) => got.every((v, i) => Math.abs(v! - expected[i]!) <= 2);
      expect(near(portrait) || near(turned), margins).toBe(true);
    }
  });

  it('names an East-Asian font on every run that sets fonts, and declares every font it names', () => {
    const named = new Set<string>();
    for (const r of [...(doc.match(/<w:rFonts[^>]*>/g) ?? []), ...(styles.match(/<w:rFonts[^>]*>/g) ?? [])]) {
      expect(r, 'w:eastAsia').toMatch(/w:eastAsia="[^"]+"/);
      for (const m of r.matchAll(/w:(?:ascii|hAnsi|eastAsia|cs)="([^"]+)"/g)) named.add(m[1]!);
    }
    const declared = new Set([...fonts.matchAll(/<w:font w:name="([^"]+)"/g)].map((m) => m[1]!));
    expect([...named].filter((f) => !declared.has(f))).toEqual([]);
  });

  it('formats its paragraphs through named styles that styles.xml defines', () => {
    // A clerk restyles the form in one place, and each download parses less XML.
    const defined = new Map([...styles.matchAll(/<w:style w:type="paragraph"[^>]*w:styleId="([^"]+)"><w:name w:val="([^"]+)"\/>/g)].map((m) => [m[1]!, m[2]!]));
    const used = new Set([...doc.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(0);
    for (const id of used) expect(defined.get(id), id).toMatch(/[\u4e00-\u9fff]/);
    // Outside a section break, no paragraph repeats its format in place of the style.
    const direct = (doc.match(/<w:pPr>(?!<w:pStyle)[\s\S]*?<\/w:pPr>/g) ?? []).filter((p) => !p.includes('<w:sectPr'));
    expect(direct).toEqual([]);
  });

  it('sets its title in 小标宋, with 黑体 as the declared stand-in', () => {
    expect(doc + styles).toContain(`w:eastAsia="${TITLE_FONT}"`);
    expect(fonts).toMatch(new RegExp(`<w:font w:name="${TITLE_FONT}"><w:altName w:val="黑体"/>`));
  });

  it(NUMBERED.has(annex.id) ? 'numbers its pages in the footer' : 'has no page numbers, being one page or a cover', () => {
    const footers = [...parts.keys()].filter((k) => /^word\/footer[-\w]*\.xml$/.test(k)).map((k) => parts.get(k)!);
    const numbered = footers.filter((f) => / PAGE /.test(f));
    if (!NUMBERED.has(annex.id)) return expect(numbered).toEqual([]);
    expect(doc).toContain('<w:footerReference w:type="default"');
    expect(numbered).toHaveLength(1);
  });

  it(COVERS.has(annex.id) ? "prints the cover's foot line in the cover's own footer" : 'has no cover footer', () => {
    const cover = parts.get('word/footer-cover.xml');
    if (!COVERS.has(annex.id)) return expect(cover).toBeUndefined();
    // In the text, a long name wrapping onto more lines pushed it onto a page of its own.
    expect(cover).toContain('四川省经济和信息化厅制');
    expect(doc).not.toContain('四川省经济和信息化厅制');
    // The first section is the cover: it refers to that footer, and no later section does.
    const rel = /Id="([^"]+)"[^>]*Target="footer-cover\.xml"/.exec(parts.get('word/_rels/document.xml.rels')!)?.[1];
    const sections = doc.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)!;
    expect(sections[0]).toContain(`r:id="${rel}"`);
    for (const later of sections.slice(1)) expect(later).not.toContain(`r:id="${rel}"`);
  });

  it('keeps each table row whole on one page, except a row of long text; list tables repeat their header row', () => {
    // A row holding 500 characters of 企业简介, or 附件1's lists of 研发机构 and 标准 (300 characters
    // each), may run over a page: kept whole it would leave a page half empty, or not fit on one at all.
    const rows = doc.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    const splittable = rows.filter((row) => !row.includes('<w:cantSplit/>'));
    for (const row of splittable) expect(row, 'a row that may split holds a paragraph loop or lists of names').toMatch(/\{#\w+\}|\{\w+Names\}/);
    expect(splittable.length).toBeLessThanOrEqual(3);
    if (LISTS.has(annex.id)) expect(doc).toContain('<w:tblHeader/>');
  });
});
