import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../src/cli/run-cli.ts';
import { makeAnswerFile, serializeAnswerFile } from '../../src/core/answer-file.ts';
import { assertWellFormed, paragraphs } from '../helpers/docx.ts';
import { requireTool } from '../helpers/require-tool.ts';
import { EXAMPLE_PATH, exampleWith } from '../helpers/example.ts';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), root: resolve('.') });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function tempFile(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'zjtx-cli-'));
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

const invalidFile = () =>
  tempFile('invalid.json', serializeAnswerFile(makeAnswerFile('enterprise', exampleWith('company.creditCode', '91510100MA6CXY3R1X'))));

describe('cli validate', () => {
  // Notepad saves a file again as GBK or UTF-16: the site reads those, and so does the command line.
  it.each(['tests/fixtures/answers/enterprise-gbk.json', 'tests/fixtures/answers/enterprise-utf16.json'])('reads %s as the site does', async (path) => {
    const r = await cli('validate', path);
    expect(r.err).not.toMatch(/JSON|�/);
    expect(r.out).not.toContain('�');
    expect(r.code).toBe(EXIT.ok);
  });

  it('exits 0 for the example', async () => {
    const r = await cli('validate', EXAMPLE_PATH);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('✓ 附件2');
  });

  it('exits 1 and prints each problem with label and path', async () => {
    const r = await cli('validate', await invalidFile());
    expect(r.code).toBe(EXIT.invalid);
    expect(r.out).toContain('统一社会信用代码（company.creditCode）：最后一位校验码应为“W”，现为“X”');
  });

  it.each([
    ['a missing file', () => Promise.resolve('/nonexistent/答案.json'), '找不到文件'],
    ['a non-JSON file', () => tempFile('x.json', 'PK\u0003\u0004 binary'), '不是有效的 JSON'],
    ['another JSON file', () => tempFile('x.json', '{"a":1}'), '不是本站导出的答案文件'],
  ])('exits 2 for %s', async (_what, make, message) => {
    const r = await cli('validate', await make());
    expect(r.code).toBe(EXIT.unusable);
    expect(r.err).toContain(message);
  });

  it('exits 2 with usage for a wrong command', async () => {
    const r = await cli('frobnicate');
    expect(r.code).toBe(EXIT.unusable);
    expect(r.err).toContain('用法');
  });
});

describe('cli check', () => {
  it('exits 0 when every rule passes, printing each with its numbers', async () => {
    const r = await cli('check', EXAMPLE_PATH);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('✓ 符合  2. 专业化程度');
    expect(r.out).toContain('2020年：主营业务收入 34300 ÷ 营业收入 36500 = 93.97%（要求不低于70%）');
    expect(r.out).toContain('i 参考  5. 成长性（仅供参考）');
  });

  it('exits 1 when a rule fails, naming the fields', async () => {
    const path = await tempFile('low.json', serializeAnswerFile(makeAnswerFile('enterprise', exampleWith('indicators.2020.mainRevenue', 20000))));
    const r = await cli('check', path);
    expect(r.code).toBe(EXIT.invalid);
    expect(r.out).toContain('✗ 不符合  2. 专业化程度');
    expect(r.out).toContain('相关填写项：2020年主营业务收入（万元）（indicators.2020.mainRevenue）、2020年营业收入（万元）（indicators.2020.revenue）');
  });

  it('exits 1 when a rule cannot be answered yet', async () => {
    const path = await tempFile('empty.json', serializeAnswerFile(makeAnswerFile('enterprise', {})));
    const r = await cli('check', path);
    expect(r.code).toBe(EXIT.invalid);
    expect(r.out).toContain('？ 待填写  2. 专业化程度');
  });

  it('exits 2 for an unusable file', async () => expect((await cli('check', await tempFile('x.json', '[]'))).code).toBe(EXIT.unusable));

  it('checks platform answer files too', async () => {
    const ok = await cli('check', 'public/examples/platform.json');
    expect(ok.code).toBe(EXIT.ok);
    expect(ok.out).toContain('✓ 符合  4. 专业服务人员');
    const few = JSON.parse(await readFile('public/examples/platform.json', 'utf8'));
    few.data.staff = few.data.staff.slice(0, 5);
    const r = await cli('check', await tempFile('few.json', JSON.stringify(few)));
    expect(r.code).toBe(EXIT.invalid);
    expect(r.out).toContain('附件4-3服务人员一览表：5人（原则上不少于20人）');
  });
});

describe('cli render', () => {
  it('writes the platform annexes of the chosen category only', async () => {
    const out = await mkdtemp(join(tmpdir(), 'zjtx-out-'));
    const r = await cli('render', 'public/examples/platform-general.json', '--out', out);
    expect(r.code).toBe(EXIT.ok);
    const names = await readdir(out);
    expect(names).toHaveLength(6);
    expect(names.some((n) => n.startsWith('附件4-5-'))).toBe(true);
    expect(names.some((n) => n.startsWith('附件4-4-'))).toBe(false);
  });

  it('writes every annex of the kind with its official name', async () => {
    const out = await mkdtemp(join(tmpdir(), 'zjtx-out-'));
    const r = await cli('render', EXAMPLE_PATH, '--out', out);
    expect(r.code).toBe(EXIT.ok);
    expect((await readdir(out)).sort()).toEqual(
      ['附件1-四川蜀芯精密传动科技有限公司-申请书.docx', '附件2-四川蜀芯精密传动科技有限公司-基本情况表.docx', '附件3-四川蜀芯精密传动科技有限公司-目标表.docx'].sort(),
    );
    const text = paragraphs(new Uint8Array(await readFile(join(out, '附件2-四川蜀芯精密传动科技有限公司-基本情况表.docx'))));
    expect(text).toContain('91510100MA6CXY3R1W');
  });

  it('writes a PDF of each annex with --pdf, through LibreOffice', async () => {
    requireTool('soffice', 'apt-get install libreoffice-writer-nogui');
    const out = await mkdtemp(join(tmpdir(), 'zjtx-pdf-'));
    const r = await cli('render', EXAMPLE_PATH, '--out', out, '--pdf');
    expect(r.code).toBe(EXIT.ok);
    const pdfs = (await readdir(out)).filter((n) => n.endsWith('.pdf')).sort();
    expect(pdfs).toEqual(['附件1-四川蜀芯精密传动科技有限公司-申请书.pdf', '附件2-四川蜀芯精密传动科技有限公司-基本情况表.pdf', '附件3-四川蜀芯精密传动科技有限公司-目标表.pdf']);
    for (const p of pdfs) expect((await readFile(join(out, p))).subarray(0, 5).toString()).toBe('%PDF-');
    // 仿宋 body text in a serif face, 黑体 headings in a sans: without scripts/pdf-fonts.conf
    // every Chinese character fell back to the sans.
    const pdffonts = requireTool('pdffonts', 'apt-get install poppler-utils');
    const fonts = execFileSync(pdffonts, [join(out, pdfs[0]!)], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSerifCJK/);
    expect(fonts).toMatch(/NotoSansCJK/);
  });

  it('says plainly when LibreOffice is missing for --pdf, after writing the Word files', async () => {
    const out = await mkdtemp(join(tmpdir(), 'zjtx-pdf-'));
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const r = await cli('render', EXAMPLE_PATH, '--out', out, '--pdf');
      expect(r.code).toBe(EXIT.unusable);
      expect(r.err).toContain('未找到 LibreOffice（soffice），无法生成 PDF；Word 文档已生成');
      expect((await readdir(out)).filter((n) => n.endsWith('.docx'))).toHaveLength(3);
    } finally {
      process.env.PATH = path;
    }
  });

  it('refuses invalid data without --force and writes nothing', async () => {
    const out = await mkdtemp(join(tmpdir(), 'zjtx-out-'));
    const r = await cli('render', await invalidFile(), '--out', out);
    expect(r.code).toBe(EXIT.invalid);
    expect(r.err).toContain('--force');
    expect(await readdir(out)).toEqual([]);
  });

  it('renders invalid data with --force, still reporting it', async () => {
    const out = await mkdtemp(join(tmpdir(), 'zjtx-out-'));
    const r = await cli('render', await invalidFile(), '--out', out, '--force');
    expect(r.code).toBe(EXIT.invalid);
    expect(await readdir(out)).toHaveLength(3);
  });

  it('renders 20,000 characters where 500 are allowed with --force, into documents LibreOffice opens whole', async () => {
    requireTool('soffice', 'apt-get install libreoffice-writer-nogui');
    requireTool('pdftotext', 'apt-get install poppler-utils');
    // Pasted from anywhere: CJK, a rare ideograph, emoji, template-like text, odd spaces, forbidden controls.
    const piece = '四川蜀芯𠀀精密传动😀{#x}<&>\u00a0\u0001';
    const intro = `${piece.repeat(Math.ceil(20_000 / piece.length))}`.slice(0, 20_000);
    const out = await mkdtemp(join(tmpdir(), 'zjtx-long-'));
    const file = await tempFile('long.json', serializeAnswerFile(makeAnswerFile('enterprise', exampleWith('intro', intro))));

    const refused = await cli('render', file, '--out', out);
    expect(refused.code).toBe(EXIT.invalid);
    expect(`${refused.out}\n${refused.err}`).toContain('企业简介不能超过500字');

    const r = await cli('render', file, '--out', out, '--force', '--pdf');
    expect(r.code, r.err).toBe(EXIT.invalid);
    const names = await readdir(out);
    expect(names.filter((n) => n.endsWith('.docx'))).toHaveLength(3);
    for (const n of names.filter((n) => n.endsWith('.docx'))) assertWellFormed(new Uint8Array(await readFile(join(out, n))));
    const annex2 = names.find((n) => n.startsWith('附件2') && n.endsWith('.pdf'))!;
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(out, annex2), '-'], { encoding: 'utf8', maxBuffer: 1 << 26 }).replace(/\s+/g, '');
    // The document holds every character XML can carry; the control character is the only loss.
    const docx = paragraphs(new Uint8Array(await readFile(join(out, annex2.replace(/\.pdf$/, '.docx'))))).join('');
    expect(docx).toContain(intro.slice(0, 19_000).replaceAll('\u0001', ''));
    // And the pages show all of it, none cut off by the cell: every copy's template-like text is there.
    // (Glyphs from fallback fonts, the emoji and 𠀀, do not always read back out of a PDF as typed.)
    expect(text.split('{#x}<&>').length - 1).toBe(intro.split('{#x}<&>').length - 1);
  }, 180_000);

  it('takes no flag for the output folder', async () => {
    const r = await cli('render', EXAMPLE_PATH, '--out', '--force');
    expect(r.code).toBe(EXIT.unusable);
    expect(r.err).toContain('用法');
  });

  it('exits 2 with a Chinese reason when the output folder cannot be made', async () => {
    const r = await cli('render', EXAMPLE_PATH, '--out', 'README.md/输出');
    expect(r.code).toBe(EXIT.unusable);
    expect(r.err).toContain('无法使用输出目录“');
    expect(r.err).toContain('路径中有一段不是文件夹');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const path = await tempFile('big.json', ' '.repeat(6 * 1024 * 1024));
    const r = await cli('validate', path);
    expect(r.code).toBe(EXIT.unusable);
    expect(r.err).toContain('文件过大');
  });

  it('runs as the README documents it: npm run cli', async () => {
    const r = await promisify(execFile)('npm', ['run', '-s', 'cli', '--', 'validate', EXAMPLE_PATH]).catch((e: unknown) => e as { stdout: string; code: number });
    expect('code' in r ? r.code : 0).toBe(0);
    expect(r.stdout).toContain('填写完整');
  });
});
