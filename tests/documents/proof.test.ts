/** `npm run cli -- proof`: every example annex as .docx, PDF and page images, with sensible page counts. */
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../src/cli/run-cli.ts';
import { requireTool } from '../helpers/require-tool.ts';

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

describe('proof', () => {
  it('renders every example annex to PDF and one image per page', async () => {
    requireTool('soffice', 'apt-get install libreoffice-writer-nogui');
    requireTool('pdftoppm', 'apt-get install poppler-utils');
    const out = await mkdtemp(join(tmpdir(), 'zjtx-proof-'));
    const lines: string[] = [];
    const code = await runCli(['proof', '--out', out], { out: (l) => lines.push(l), err: (l) => lines.push(l), root: resolve('.') });
    expect(code, lines.join('\n')).toBe(EXIT.ok);
    const pdfs = lines.filter((l) => l.startsWith('已生成 ') && l.endsWith('.pdf')).map((l) => l.slice(4));
    expect(pdfs).toHaveLength(15);
    const summary = lines.at(-1)!;
    const images = Number(/、(\d+) 张页面图片/.exec(summary)?.[1]);
    let counted = 0;
    for (const pdf of pdfs) {
      expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
      const number = /^(附件\d+(?:-\d+)?)-/.exec(basename(pdf))![1]!;
      const stem = basename(pdf, '.pdf');
      const pages = readdirSync(dirname(pdf)).filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.png')).length;
      const [min, max] = PAGES[number]!;
      expect(pages, `${basename(pdf)}：${pages}页`).toBeGreaterThanOrEqual(min);
      expect(pages, `${basename(pdf)}：${pages}页`).toBeLessThanOrEqual(max);
      counted += pages;
    }
    expect(images).toBe(counted);
  });
});
