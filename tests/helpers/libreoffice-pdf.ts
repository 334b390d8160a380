/**
 * Documents as LibreOffice prints them: converted to PDF in one LibreOffice start, then read back
 * with poppler as pages of words, each with where it starts on the page.
 */
import { libreOfficeConvert, run } from './libreoffice.ts';
import { requireTool } from './require-tool.ts';

export interface PdfWord {
  text: string;
  /** Left and top edges in points from the page's top-left corner. */
  x: number;
  y: number;
  /** The word's height in points: its printed size. */
  height: number;
}

/** A printed page's words, and its size in points. */
export type PdfPage = PdfWord[] & { width: number; height: number };

/** name → its pages, each the words on it in reading order. */
export async function libreOfficePages(files: { name: string; bytes: Uint8Array }[]): Promise<Map<string, PdfPage[]>> {
  const pdftotext = requireTool('pdftotext', 'apt-get install poppler-utils');
  const pdfs = await libreOfficeConvert(files, 'pdf', 'pdf');
  const pages = new Map<string, PdfPage[]>();
  for (const f of files) {
    const pdf = pdfs.get(f.name)!;
    let html: string;
    try {
      html = (await run(pdftotext, ['-bbox', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
    } catch {
      throw new Error(`LibreOffice 未能把“${f.name}”转成 PDF。`);
    }
    pages.set(
      f.name,
      [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, width, height, body]) =>
        Object.assign(
          [...body!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
            text: decode(m[4]!),
            x: Number(m[1]),
            y: Number(m[2]),
            height: Number(m[3]) - Number(m[2]),
          })),
          { width: Number(width), height: Number(height) },
        ),
      ),
    );
  }
  return pages;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The page's text, words joined without spaces (CJK words are split at will by the PDF's layout). */
export const pageText = (page: PdfWord[]): string => page.map((w) => w.text).join('');
