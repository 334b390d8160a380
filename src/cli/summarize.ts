/**
 * `summarize FILE... --out DIR [--city 市（州）] [--force]`: the 市（州） page's collection and
 * download, for an authority that prefers the command line. The same core decides what is
 * collected, what is still missing and what is written, so both give the same files.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { MAX_ANSWER_FILE_BYTES, parseAnswerFile } from '../core/answer-file.ts';
import { collect, type CollectLine, type IncomingFile, withinZip } from '../core/city/collect.ts';
import { answerCounts, ruleLine, unmetCounts, unmetRules } from '../core/city/concerns.ts';
import { conflictQuestion } from '../core/city/entries.ts';
import { type CityDesk, DESK_FORMAT, emptyDesk, MAX_DESK_FILE_BYTES, parseDesk } from '../core/city/desk.ts';
import { summaryFiles } from '../core/city/package.ts';
import { elsewhere } from '../core/city/home-city.ts';
import { reviewEntry } from '../core/city/review.ts';
import { SUMMARIES, validateDesk } from '../core/city/summaries.ts';
import { MAX_DOCX_BYTES } from '../core/docx/embed.ts';
import { FileError, ProgramError } from '../core/errors.ts';
import { SICHUAN } from '../core/reference/sichuan.ts';
import { isPlainObject, parseUntrustedJson } from '../core/util/objects.ts';
import { asFileError, type Out } from './files.ts';

export interface SummarizeArgs {
  files: string[];
  outDir: string;
  city?: string;
  force: boolean;
}

/** The command's arguments, or null when they do not make a command (the caller prints usage). */
export function summarizeArgs(argv: readonly string[]): SummarizeArgs | null {
  const files: string[] = [];
  let outDir: string | undefined;
  let city: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out' || arg === '--city') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) return null;
      if (arg === '--out') outDir = value;
      else city = value;
    } else if (arg === '--force') {
      force = true;
    } else if (arg.startsWith('--')) {
      // A mistyped --force must not quietly mean "refuse".
      return null;
    } else {
      files.push(arg);
    }
  }
  return files.length && outDir ? { files, outDir, city, force } : null;
}

type Received = { desk: CityDesk } | { file: IncomingFile } | { refused: string };

const isDocxName = (path: string) => /\.(docx|zip)$/i.test(path);
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;

function tooLarge(path: string, size: number): string {
  if (isDocxName(path)) return `文件过大（${(size / 1024 / 1024).toFixed(1)} MB），本站生成的 Word 文档不会超过${MAX_DOCX_BYTES / 1024 / 1024} MB。`;
  try {
    parseAnswerFile('', size);
  } catch (error) {
    if (error instanceof FileError) return error.message;
  }
  return `文件过大（${(size / 1024 / 1024).toFixed(1)} MB）。`;
}

/** The desk inside a file, if the file is one; undefined for anything else, which collect judges. */
function asDesk(bytes: Uint8Array, path: string): CityDesk | undefined {
  if (isZip(bytes)) return undefined;
  let parsed: unknown;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    parsed = parseUntrustedJson(text);
  } catch {
    return undefined;
  }
  if (!isPlainObject(parsed) || parsed.format !== DESK_FORMAT) return undefined;
  try {
    return parseDesk(text, bytes.length);
  } catch (error) {
    // Summaries without the desk's entries and entered values would look complete and be wrong.
    if (error instanceof FileError) throw new FileError(error.id, `汇总文件“${path}”无法使用：${error.message}`);
    throw error;
  }
}

async function receive(path: string): Promise<Received> {
  try {
    // The size first: a huge file is refused without reading it.
    const { size } = await stat(path);
    const limit = isDocxName(path) ? MAX_DOCX_BYTES : Math.max(MAX_DESK_FILE_BYTES, MAX_ANSWER_FILE_BYTES);
    if (size > limit) return { refused: tooLarge(path, size) };
    const bytes = new Uint8Array(await readFile(path));
    const desk = asDesk(bytes, path);
    return desk ? { desk } : { file: { name: basename(path), bytes } };
  } catch (error) {
    const fileError = asFileError(error, '文件');
    if (fileError instanceof FileError && !(error instanceof FileError)) return { refused: fileError.message };
    throw fileError;
  }
}

function lineFor(line: CollectLine, zipPath: string): string {
  const path = line.entry === undefined ? zipPath : withinZip(zipPath, line.entry);
  if (line.status === 'added') return `✓ 收集：${line.name}（${path}）`;
  if (line.status === 'duplicate') return `! 重复：${line.name}（${path}）与已收集的材料是同一申报单位，保留先收到的文件`;
  if (line.status === 'same') return `= 已收过：${line.name}（${path}）与已收集的材料内容完全相同，不重复收集`;
  return `✗ ${path}：${line.message}`;
}

/** Prints what the authority still has to enter; returns true when nothing is missing. */
function reportDesk(desk: CityDesk, io: Out): boolean {
  const problems = validateDesk(desk);
  if (!problems.length) {
    io.out(`✓ ${desk.city}：${desk.entries.length} 份申报材料，市（州）填写项已填齐`);
    return true;
  }
  io.out(`✗ 还有 ${problems.length} 处需要市（州）填写：`);
  for (const p of problems) {
    const at = /^entries\.(\d+)\./.exec(p.path);
    const entry = at ? desk.entries[Number(at[1])] : undefined;
    const who = entry ? `【${reviewEntry(entry).name}】` : '';
    io.out(`  - ${who}${p.label}（${p.path}）：${p.message}`);
  }
  return false;
}

async function readTemplates(root: string): Promise<Record<string, Uint8Array>> {
  const templates: Record<string, Uint8Array> = {};
  for (const s of SUMMARIES) {
    if (s.format !== 'docx') continue;
    templates[s.template] = new Uint8Array(
      await readFile(join(root, 'templates', s.template)).catch(() => {
        throw new ProgramError('P_TEMPLATE', `找不到${s.number}的模板 templates/${s.template}。`);
      }),
    );
  }
  return templates;
}

/**
 * Collects the files onto the desk and writes the summaries. Returns true when nothing is
 * missing; throws FileError when there is nothing usable to summarize, ProgramError for a
 * broken template.
 */
export async function summarize(args: SummarizeArgs, io: Out & { err: (line: string) => void }, now = new Date()): Promise<boolean> {
  if (args.city !== undefined && !SICHUAN.some((c) => c.name === args.city)) {
    throw new FileError('F_BAD_DATA', `--city 的值“${args.city}”不是四川省的市（州）。应为以下21个市（州）之一：${SICHUAN.map((c) => c.name).join('、')}。`);
  }
  const received = await Promise.all(args.files.map(async (path) => ({ path, got: await receive(path) })));
  const desks = received.flatMap(({ path, got }) => ('desk' in got ? [{ path, desk: got.desk }] : []));
  if (desks.length > 1) {
    throw new FileError('F_BAD_DATA', `一次只能使用一个汇总文件，现有${desks.length}个：${desks.map((d) => d.path).join('、')}。`);
  }
  let desk = desks[0]?.desk ?? emptyDesk();
  if (desks[0]) io.out(`汇总文件：${desks[0].path}（已有 ${desk.entries.length} 份申报材料）`);
  if (args.city !== undefined) desk = { ...desk, city: args.city };
  // A question left open on the website: with no one to ask here, the file collected first is used.
  for (const c of desk.conflicts ?? []) io.out(`! 尚未确认：${conflictQuestion(desk, c)}本次按原有的一份生成；可在网站的“市（州）中小企业主管部门”页面（/city/）选择。`);

  for (const { path, got } of received) {
    if ('refused' in got) io.out(`✗ ${path}：${got.refused}`);
    if (!('file' in got)) continue;
    // One file at a time, so each line is printed beside the path the user typed. A duplicate
    // stays out: with no one to ask, the file received first is kept.
    const result = collect(desk, [got.file], now);
    desk = result.desk;
    for (const line of result.lines) io.out(lineFor(line, path));
  }
  if (!desk.entries.length) throw new FileError('F_NOT_ANSWER_FILE', '没有可汇总的申报材料：没有收集到任何答案文件或本站生成的 Word 文档。');
  for (const entry of desk.entries) {
    const review = reviewEntry(entry);
    const away = elsewhere(entry, desk.city);
    if (away) io.out(`! ${review.name}：${away}`);
    // A condition not met is the authority's to weigh: the applicant is still listed, and the
    // console says so with the answers that decided it, as 报送清单 does.
    const unmet = unmetRules(review);
    if (unmet.length) {
      io.out(`! ${review.name}：申报条件自查${unmetCounts(review)}，仍列入汇总表：`);
      for (const r of unmet) io.out(`  - ${ruleLine(r)}`);
    }
    // The applicant's own answers are theirs to correct: told, not blocking, as the desk page shows them.
    if (review.missing.length || review.errors.length) {
      const counts = answerCounts(review);
      io.out(`! ${review.name}：${counts}，请申报单位改正后重新提交：`);
      for (const e of [...review.errors, ...review.missing].slice(0, 5)) io.out(`  - ${e.label}：${e.message}`);
      if (review.errors.length + review.missing.length > 5) io.out(`  - ……共${review.errors.length + review.missing.length}处，见报送清单`);
    }
  }

  const complete = reportDesk(desk, io);
  if (!complete && !args.force) {
    io.err('以上内容由市（州）填写：可在网站的“市（州）中小企业主管部门”页面（/city/）填写，或在汇总文件（.json）中填写后重试；加 --force 则照样生成，未填的项留空。未生成任何文件。');
    return false;
  }
  // Every file is made before any is written, so a broken template leaves the folder as it was.
  const files = summaryFiles(desk, await readTemplates(io.root), now);
  await mkdir(args.outDir, { recursive: true }).catch((error: unknown) => {
    throw asFileError(error, `输出目录“${args.outDir}”`);
  });
  for (const f of files) {
    const target = join(args.outDir, f.name);
    await writeFile(target, f.bytes).catch((error: unknown) => {
      throw asFileError(error, `输出文件“${target}”`);
    });
    io.out(`已生成 ${target}`);
  }
  return complete;
}
