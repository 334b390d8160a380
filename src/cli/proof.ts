/**
 * `proof --out DIR`: every annex of every example, as .docx, PDF and one PNG
 * per page, so a reviewer can lay them beside the seed's annexes page by page.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { FileError } from '../core/errors.ts';
import { findTool, readAnswerFile, render, run, type Out } from './files.ts';

/** The shipped examples, one folder each in the proof. */
export const PROOF_EXAMPLES = ['enterprise', 'platform', 'platform-general'] as const;

export async function proof(outDir: string, io: Out): Promise<{ pdfs: string[]; pngs: string[] }> {
  const pdftoppm = await findTool('pdftoppm');
  if (!pdftoppm) throw new FileError('F_NOT_ANSWER_FILE', '未找到 pdftoppm，无法把 PDF 转成图片。请先安装：apt-get install poppler-utils。');
  const pdfs: string[] = [];
  const pngs: string[] = [];
  for (const name of PROOF_EXAMPLES) {
    const dir = join(outDir, name);
    await mkdir(dir, { recursive: true });
    const file = await readAnswerFile(join(io.root, 'public', 'examples', `${name}.json`));
    const written = await render(file, dir, io, true);
    for (const docx of written) {
      const pdf = docx.replace(/\.docx$/, '.pdf');
      pdfs.push(pdf);
      const prefix = join(dir, basename(pdf, '.pdf'));
      // 80 dpi: legible side by side with the seed, small enough to page through.
      await run(pdftoppm, ['-png', '-r', '80', pdf, prefix], { timeout: 120_000 });
    }
    for (const f of (await readdir(dir)).filter((f) => f.endsWith('.png')).sort()) pngs.push(join(dir, f));
  }
  io.out(`已生成 ${pdfs.length} 个 PDF、${pngs.length} 张页面图片：${outDir}`);
  return { pdfs, pngs };
}
