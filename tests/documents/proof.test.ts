/**
 * `npm run cli -- proof`: every example annex as .docx, PDF and page images. The PDFs have
 * sensible page counts, and the text read back out of each PDF (what a reader sees on the
 * page, after LibreOffice's layout) carries every label of its seed annex in the seed's order
 * and every paragraph the applicant wrote, punctuation included.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../src/cli/run-cli.ts';
import { ANNEXES } from '../../src/core/annexes/registry.ts';
import type { TextField } from '../../src/core/annexes/types.ts';
import { readString } from '../../src/core/dossier/read.ts';
import { requireTool } from '../helpers/require-tool.ts';
import { type Category, labelsOutOfOrder, printedLabels } from '../helpers/seed-annex.ts';
import { normalise } from '../helpers/seed.ts';

// Pages each annex may take with the examples: the forms as printed, the work plans a few pages long.
const PAGES: Record<string, [number, number]> = {
  '附件1': [6, 12],
  '附件2': [1, 1],
  '附件3': [1, 1],
  '附件4': [1, 1],
  '附件4-1': [2, 4],
  '附件4-2': [1, 2],
  '附件4-3': [1, 3],
  '附件4-4': [2, 6],
  '附件4-5': [2, 6],
  '附件4-6': [1, 1],
};
const CATEGORY: Record<string, Category> = { enterprise: 'key', platform: 'key', 'platform-general': 'general' };

let lines: string[] = [];
let code = -1;
let pdfs: string[] = [];

beforeAll(async () => {
  requireTool('soffice', 'apt-get install libreoffice-writer-nogui');
  requireTool('pdftoppm', 'apt-get install poppler-utils');
  requireTool('pdftotext', 'apt-get install poppler-utils');
  const out = await mkdtemp(join(tmpdir(), 'zjtx-proof-'));
  code = await runCli(['proof', '--out', out], { out: (l) => lines.push(l), err: (l) => lines.push(l), root: resolve('.') });
  pdfs = lines.filter((l) => l.startsWith('已生成 ') && l.endsWith('.pdf')).map((l) => l.slice(4));
}, 300_000);

/** The annex a proof PDF shows, and the example it was made from. */
function identify(pdf: string) {
  const number = /^(附件\d+(?:-\d+)?)-/.exec(basename(pdf))![1]!;
  const example = basename(dirname(pdf));
  return { number, example, annex: ANNEXES.find((a) => a.number === number)! };
}

/**
 * Text in content-stream order, the order the page was set in, so a misplaced label shows.
 * The page numbers (— 2 —) are dropped: they fall inside a paragraph that runs over a page.
 */
const pdfText = (pdf: string) =>
  execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => !/^— \d+ —$/.test(line.trim()))
    .join('\n');

describe('proof', () => {
  it('renders every example annex to PDF and one image per page', async () => {
    expect(code, lines.join('\n')).toBe(EXIT.ok);
    expect(pdfs).toHaveLength(15);
    const images = Number(/、(\d+) 张页面图片/.exec(lines.at(-1)!)?.[1]);
    let counted = 0;
    for (const pdf of pdfs) {
      expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
      const { number } = identify(pdf);
      const stem = basename(pdf, '.pdf');
      const pages = readdirSync(dirname(pdf)).filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.png')).length;
      const [min, max] = PAGES[number]!;
      expect(pages, `${basename(pdf)}：${pages}页`).toBeGreaterThanOrEqual(min);
      expect(pages, `${basename(pdf)}：${pages}页`).toBeLessThanOrEqual(max);
      counted += pages;
    }
    expect(images).toBe(counted);
  });

  it('prints every label of the seed annex, in the seed order, on the PDF pages', () => {
    expect(pdfs.length).toBeGreaterThan(0);
    const wrong = pdfs.flatMap((pdf) => {
      const { annex, example } = identify(pdf);
      const labels = printedLabels(annex.id, CATEGORY[example]);
      expect(labels.length, annex.number).toBeGreaterThan(5);
      return labelsOutOfOrder(labels, pdfText(pdf)).map((label) => `${example}/${annex.number}：${label}`);
    });
    expect(wrong).toEqual([]);
  });

  it('prints every paragraph the applicant wrote, with its punctuation, on the PDF pages', () => {
    let checked = 0;
    const lost = pdfs.flatMap((pdf) => {
      const { annex, example } = identify(pdf);
      const data = JSON.parse(readFileSync(`public/examples/${example}.json`, 'utf8')).data;
      const text = normalise(pdfText(pdf));
      return annex.fields
        .filter((f): f is TextField => 'tag' in f && f.as === 'paragraphs')
        .flatMap((f) => (readString(data, f.path) ?? '').split('\n'))
        .map((p) => p.trim())
        .filter(Boolean)
        .filter((p) => (checked++, !text.includes(normalise(p))))
        .map((p) => `${example}/${annex.number}：${p.slice(0, 30)}…`);
    });
    expect(checked).toBeGreaterThan(10);
    expect(lost).toEqual([]);
  });
});
