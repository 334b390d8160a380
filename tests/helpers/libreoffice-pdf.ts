/**
 * Documents as LibreOffice prints them: converted to PDF in one LibreOffice start, then read back
 * with poppler as pages of words, each with where it starts on the page.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { requireTool } from './require-tool.ts';

const run = promisify(execFile);

export interface PdfWord {
  text: string;
  /** Left and top edges in points from the page's top-left corner. */
  x: number;
  y: number;
}

/** name → its pages, each the words on it in reading order. */
export async function libreOfficePages(files: { name: string; bytes: Uint8Array }[]): Promise<Map<string, PdfWord[][]>> {
  const soffice = requireTool('soffice', 'apt-get install libreoffice-writer-nogui');
  const pdftotext = requireTool('pdftotext', 'apt-get install poppler-utils');
  const dir = await mkdtemp(join(tmpdir(), 'zjtx-lo-pdf-'));
  const inputs: string[] = [];
  for (const f of files) {
    const path = join(dir, f.name);
    await writeFile(path, f.bytes);
    inputs.push(path);
  }
  // A private profile: parallel runs must not share LibreOffice's lock and settings.
  await run(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'out'), ...inputs], {
    timeout: 120_000,
  });
  const pages = new Map<string, PdfWord[][]>();
  for (const f of files) {
    const pdf = join(dir, 'out', basename(f.name).replace(/\.docx$/, '.pdf'));
    let html: string;
    try {
      html = (await run(pdftotext, ['-bbox', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
    } catch {
      throw new Error(`LibreOffice 未能把“${f.name}”转成 PDF。`);
    }
    pages.set(
      f.name,
      [...html.matchAll(/<page[^>]*>([\s\S]*?)<\/page>/g)].map(([, body]) =>
        [...body!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
          text: decode(m[3]!),
          x: Number(m[1]),
          y: Number(m[2]),
        })),
      ),
    );
  }
  return pages;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The page's text, words joined without spaces (CJK words are split at will by the PDF's layout). */
export const pageText = (page: PdfWord[]): string => page.map((w) => w.text).join('');
