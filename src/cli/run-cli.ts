/**
 * The command-line tool, on the same core as the site:
 *   validate FILE              exit 0 valid, 1 invalid data, 2 unusable file
 *   render FILE --out DIR      writes every annex of the file's kind; refuses invalid data unless --force
 *   proof --out DIR            every example's annexes as .docx, PDF and page images, for review beside the seed
 *   check FILE                 eligibility self-check: exit 0 all rules pass, 1 one fails or cannot be answered, 2 unusable file
 *   summarize FILE... --out DIR 市（州） summaries from applicants' files and a desk file; refuses while the authority's values are missing unless --force
 * Exit 3 means the program or a template is broken, never the user's data.
 */
import { resolve } from 'node:path';
import { annexesFor, getApplicant } from '../core/annexes/registry.ts';
import type { AnswerFile } from '../core/answer-file.ts';
import { FileError, ProgramError } from '../core/errors.ts';
import { validateAnnex } from '../core/validate/validate.ts';
import { readAnswerFile, render } from './files.ts';
import { proof } from './proof.ts';
import { summarize, summarizeArgs } from './summarize.ts';
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
  npm run cli -- proof --out 输出目录
  npm run cli -- summarize 文件... --out 输出目录 [--city 成都市] [--force]

validate  检查答案文件，逐条列出问题。退出码：0 全部正确，1 有需要修改的内容，2 文件无法读取或不是答案文件。
render    生成该申报主体的全部附件（.docx）。内容有误时不生成（退出码 1），加 --force 则照样生成，未填的项留空。
          加 --pdf 同时用 LibreOffice 生成每个附件的 PDF（通知要求提供 Word 和 PDF 电子版）。
check     申报条件自查（企业或平台），逐条列出结果和依据。退出码：0 全部符合，1 有不符合或无法判断的条件，2 文件无法使用。
proof     用全部示例生成每个附件的 Word、PDF 和逐页图片（需要 LibreOffice 和 poppler-utils），便于与通知原件逐页对照。
summarize 市（州）汇总：收集答案文件（.json）、本站生成的 Word 文档和至多一个汇总文件，生成附件5、6、7、报送清单和汇总文件。
          --city 指定市（州）。市（州）应填的内容未填齐时不生成（退出码 1），加 --force 则照样生成。
          退出码：0 已生成，1 有未填的内容，2 没有可汇总的材料或参数有误，3 模板出错。`;

const STATUS_MARK: Record<RuleStatus, string> = { pass: '✓ 符合', fail: '✗ 不符合', unknown: '？ 待填写', info: 'i 参考' };

function check(file: AnswerFile, io: CliIo): boolean {
  const applicant = getApplicant(file.kind);
  const results = applicant.check(file.data);
  for (const r of results) {
    io.out(`${STATUS_MARK[r.status]}  ${r.title}`);
    for (const d of r.details) io.out(`    ${d}`);
    if (r.fields.length && r.status !== 'pass' && r.status !== 'info') {
      io.out(`    相关填写项：${r.fields.map((f) => `${fieldLabel(applicant, f)}（${f}）`).join('、')}`);
    }
  }
  return allRulesPass(results);
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

/** Maps the two thrown failures to their exit codes; anything else is a bug and propagates. */
async function guard(io: CliIo, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
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

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'summarize') {
    const args = summarizeArgs(rest);
    if (args) return guard(io, async () => ((await summarize({ ...args, outDir: resolve(args.outDir) }, io)) ? EXIT.ok : EXIT.invalid));
  }
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const outIndex = rest.indexOf('--out');
  const outDir = outIndex >= 0 ? rest[outIndex + 1] : undefined;
  const positional = rest.filter((a, i) => !a.startsWith('--') && !(outIndex >= 0 && i === outIndex + 1));
  const path = positional[0];
  const badOut = (command === 'render' || command === 'proof') && (!outDir || outDir.startsWith('--'));
  if (command === 'proof' && !badOut) {
    return guard(io, async () => {
      await proof(resolve(outDir!), io);
      return EXIT.ok;
    });
  }
  if (!['validate', 'render', 'check'].includes(command ?? '') || !path || badOut) {
    io.err(USAGE);
    return EXIT.unusable;
  }
  return guard(io, async () => {
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
  });
}
