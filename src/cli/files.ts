/**
 * Reading answer files and writing documents for the command line: the file-system side of the CLI,
 * kept apart from the commands so `render` and `proof` share it.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { annexesFor } from '../core/annexes/registry.ts';
import { parseAnswerBytes, parseAnswerFile, MAX_ANSWER_FILE_BYTES, type AnswerFile } from '../core/answer-file.ts';
import { renderAnnexDocument } from '../core/docx/annex-document.ts';
import { FileError, ProgramError } from '../core/errors.ts';
import { annexFileName } from '../core/file-name.ts';

export interface Out {
  out: (line: string) => void;
  /** Where `templates/` lives. */
  root: string;
}

export const run = promisify(execFile);

export async function readAnswerFile(path: string): Promise<AnswerFile> {
  try {
    // The size first: a huge file is refused without reading it.
    const { size } = await stat(path);
    if (size > MAX_ANSWER_FILE_BYTES) return parseAnswerFile('', size);
    // Decoded as the site decodes a dropped file: a file saved again in Notepad as GBK or UTF-16 read as
    // UTF-8 became garbled names in the documents, or "不是有效的 JSON".
    return parseAnswerBytes(new Uint8Array(await readFile(path)));
  } catch (error) {
    throw asFileError(error, `文件“${path}”`);
  }
}

/** File-system failures are the user's environment, not their data: exit 2 with a Chinese reason. */
export function asFileError(error: unknown, what: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (error instanceof FileError || typeof code !== 'string') return error;
  const reason: Record<string, string> = { ENOENT: '不存在', EACCES: '没有权限', EISDIR: '是一个文件夹', ENOTDIR: '路径中有一段不是文件夹', ENOSPC: '磁盘已满', EROFS: '是只读的' };
  return new FileError('F_NOT_ANSWER_FILE', code === 'ENOENT' && what.startsWith('文件') ? `找不到${what}。` : `无法使用${what}：${reason[code] ?? code}。`);
}

/** Converts the written documents with LibreOffice, in one start of it (a cold start costs seconds). */
export async function toPdf(paths: string[], outDir: string, io: Out): Promise<void> {
  const soffice = await findTool('soffice');
  if (!soffice) {
    throw new FileError('F_NOT_ANSWER_FILE', '未找到 LibreOffice（soffice），无法生成 PDF；Word 文档已生成。请先安装：apt-get install libreoffice-writer-nogui（或从 LibreOffice 官网安装）。');
  }
  // A private profile, so a LibreOffice the user has open does not swallow the conversion.
  const profile = await mkdtemp(join(tmpdir(), 'zjtx-soffice-'));
  try {
    await run(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...paths], {
      timeout: 300_000,
      env: await pdfFontEnv(io.root),
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  for (const p of paths) io.out(`已生成 ${p.replace(/\.docx$/, '.pdf')}`);
}

/**
 * LibreOffice's environment for a PDF: fontconfig told which installed faces stand in for the
 * documents' 仿宋, 宋体, 方正小标宋简体 and 黑体 (scripts/pdf-fonts.conf), or 仿宋 prints as a sans.
 */
export async function pdfFontEnv(root: string): Promise<NodeJS.ProcessEnv> {
  const conf = join(root, 'scripts', 'pdf-fonts.conf');
  return (await stat(conf).then(() => true, () => false)) ? { ...process.env, FONTCONFIG_FILE: conf } : process.env;
}

/** A program on the PATH, or null. */
export async function findTool(name: string): Promise<string | null> {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const candidate = join(dir, name);
    if (await stat(candidate).then(() => true, () => false)) return candidate;
  }
  return null;
}

/** Writes every annex of the file's kind (and, with `pdf`, their PDFs); returns the .docx paths. */
export async function render(file: AnswerFile, outDir: string, io: Out, pdf = false): Promise<string[]> {
  await mkdir(outDir, { recursive: true }).catch((error: unknown) => {
    throw asFileError(error, `输出目录“${outDir}”`);
  });
  const written: string[] = [];
  for (const annex of annexesFor(file.kind, file.data)) {
    const template = await readFile(join(io.root, 'templates', annex.template)).catch(() => {
      throw new ProgramError('P_TEMPLATE', `找不到${annex.number}的模板 templates/${annex.template}。`);
    });
    const bytes = renderAnnexDocument(annex, template, file.data);
    const target = join(outDir, annexFileName(annex, file.data));
    await writeFile(target, bytes).catch((error: unknown) => {
      throw asFileError(error, `输出文件“${target}”`);
    });
    io.out(`已生成 ${target}`);
    written.push(target);
  }
  if (pdf) await toPdf(written, outDir, io);
  return written;
}

