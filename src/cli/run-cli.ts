/**
 * The command-line tool, on the same core as the site:
 *   validate FILE              exit 0 valid, 1 invalid data, 2 unusable file
 *   render FILE --out DIR      writes every annex of the file's kind; refuses invalid data unless --force
 *   check FILE                 eligibility self-check: exit 0 all rules pass, 1 one fails or cannot be answered, 2 unusable file
 * Exit 3 means the program or a template is broken, never the user's data.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join, resolve } from 'node:path';
import { annexesFor, getApplicant } from '../core/annexes/registry.ts';
import { parseAnswerFile, MAX_ANSWER_FILE_BYTES, type AnswerFile } from '../core/answer-file.ts';
import { FileError, ProgramError } from '../core/errors.ts';
import { validateAnnex } from '../core/validate/validate.ts';
import { renderAnnexDocument } from '../core/docx/annex-document.ts';
import { annexFileName } from '../core/file-name.ts';
import { fieldLabel } from '../core/annexes/field-label.ts';
import { allRulesPass, type RuleStatus } from '../core/rules.ts';

export const EXIT = { ok: 0, invalid: 1, unusable: 2, broken: 3 } as const;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Where `templates/` lives. */
  root: string;
}

const USAGE = `用法：
  npm run cli -- validate 答案文件.json
  npm run cli -- render 答案文件.json --out 输出目录 [--force] [--pdf]
  npm run cli -- check 答案文件.json

validate  检查答案文件，逐条列出问题。退出码：0 全部正确，1 有需要修改的内容，2 文件无法读取或不是答案文件。
render    生成该申报主体的全部附件（.docx）。内容有误时不生成（退出码 1），加 --force 则照样生成，未填的项留空。
          加 --pdf 同时用 LibreOffice 生成每个附件的 PDF（通知要求提供 Word 和 PDF 电子版）。
check     申报条件自查（企业或平台），逐条列出结果和依据。退出码：0 全部符合，1 有不符合或无法判断的条件，2 文件无法使用。`;

const STATUS_MARK: Record<RuleStatus, string> = { pass: '✓ 符合', fail: '✗ 不符合', unknown: '？ 待填写', info: 'i 参考' };

function check(file: AnswerFile, io: CliIo): boolean {
  const results = getApplicant(file.kind).check(file.data);
  for (const r of results) {
    io.out(`${STATUS_MARK[r.status]}  ${r.title}`);
    for (const d of r.details) io.out(`    ${d}`);
    if (r.fields.length && r.status !== 'pass' && r.status !== 'info') {
      io.out(`    相关填写项：${r.fields.map((f) => `${fieldLabel(file.kind, f)}（${f}）`).join('、')}`);
    }
  }
  return allRulesPass(results);
}

async function readAnswerFile(path: string): Promise<AnswerFile> {
  try {
    // The size first: a huge file is refused without reading it.
    const { size } = await stat(path);
    if (size > MAX_ANSWER_FILE_BYTES) return parseAnswerFile('', size);
    const bytes = await readFile(path);
    return parseAnswerFile(bytes.toString('utf8'), bytes.length);
  } catch (error) {
    throw asFileError(error, `文件“${path}”`);
  }
}

/** File-system failures are the user's environment, not their data: exit 2 with a Chinese reason. */
function asFileError(error: unknown, what: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (error instanceof FileError || typeof code !== 'string') return error;
  const reason: Record<string, string> = { ENOENT: '不存在', EACCES: '没有权限', EISDIR: '是一个文件夹', ENOTDIR: '路径中有一段不是文件夹', ENOSPC: '磁盘已满', EROFS: '是只读的' };
  return new FileError('F_NOT_ANSWER_FILE', code === 'ENOENT' && what.startsWith('文件') ? `找不到${what}。` : `无法使用${what}：${reason[code] ?? code}。`);
}

/** Prints every problem of every annex; returns true when all are valid. */
function report(file: AnswerFile, io: CliIo): boolean {
  let valid = true;
  for (const annex of annexesFor(file.kind, file.data)) {
    const result = validateAnnex(annex, file.data);
    if (result.valid) {
      io.out(`✓ ${annex.number} ${annex.title}：填写完整`);
      continue;
    }
    valid = false;
    io.out(`✗ ${annex.number} ${annex.title}：${result.errors.length} 处需要修改`);
    for (const e of result.errors) io.out(`  - ${e.label}（${e.path}）：${e.message}`);
  }
  return valid;
}

/** Converts the written documents with LibreOffice, in one start of it (a cold start costs seconds). */
async function toPdf(paths: string[], outDir: string, io: CliIo): Promise<void> {
  const soffice = await findSoffice();
  if (!soffice) {
    throw new FileError('F_NOT_ANSWER_FILE', '未找到 LibreOffice（soffice），无法生成 PDF；Word 文档已生成。请先安装：apt-get install libreoffice-writer-nogui（或从 LibreOffice 官网安装）。');
  }
  // A private profile, so a LibreOffice the user has open does not swallow the conversion.
  const profile = await mkdtemp(join(tmpdir(), 'zjtx-soffice-'));
  try {
    await promisify(execFile)(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...paths], { timeout: 300_000 });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  for (const p of paths) io.out(`已生成 ${p.replace(/\.docx$/, '.pdf')}`);
}

async function findSoffice(): Promise<string | null> {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const candidate = join(dir, 'soffice');
    if (await stat(candidate).then(() => true, () => false)) return candidate;
  }
  return null;
}

async function render(file: AnswerFile, outDir: string, io: CliIo, pdf = false): Promise<void> {
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
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const outIndex = rest.indexOf('--out');
  const outDir = outIndex >= 0 ? rest[outIndex + 1] : undefined;
  const positional = rest.filter((a, i) => !a.startsWith('--') && !(outIndex >= 0 && i === outIndex + 1));
  const path = positional[0];
  const badOut = command === 'render' && (!outDir || outDir.startsWith('--'));
  if (!['validate', 'render', 'check'].includes(command ?? '') || !path || badOut) {
    io.err(USAGE);
    return EXIT.unusable;
  }
  try {
    const file = await readAnswerFile(path);
    io.out(`${getApplicant(file.kind).label}：${path}`);
    if (command === 'check') {
      return check(file, io) ? EXIT.ok : EXIT.invalid;
    }
    const valid = report(file, io);
    if (command === 'validate') return valid ? EXIT.ok : EXIT.invalid;
    if (!valid && !flags.has('--force')) {
      io.err('内容有误，未生成文档。修改后重试，或加 --force 照样生成（未填的项留空）。');
      return EXIT.invalid;
    }
    await render(file, resolve(outDir!), io, flags.has('--pdf'));
    return valid ? EXIT.ok : EXIT.invalid;
  } catch (error) {
    if (error instanceof FileError) {
      io.err(`错误：${error.message}`);
      return EXIT.unusable;
    }
    if (error instanceof ProgramError) {
      io.err(`程序或模板出错：${error.message}`);
      return EXIT.broken;
    }
    throw error;
  }
}
