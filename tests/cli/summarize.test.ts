import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../src/cli/run-cli.ts';
import { collect } from '../../src/core/city/collect.ts';
import { parseDesk, serializeDesk } from '../../src/core/city/desk.ts';
import { askConflicts, conflictQuestion } from '../../src/core/city/entries.ts';
import { answerFileOf, docxOf, exampleDesk, variantOf } from '../helpers/city.ts';

async function cli(argv: string[], root = resolve('.')) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), root });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function tempFile(name: string, content: string | Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'zjtx-sum-'));
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** A folder that does not exist yet, so "wrote nothing" means it was never made. */
const outDir = async () => join(await mkdtemp(join(tmpdir(), 'zjtx-sum-out-')), '汇总');

const EXAMPLES = ['enterprise', 'platform', 'platform-general'].map((n) => `public/examples/${n}.json`);
const ENTERPRISE = '四川蜀芯精密传动科技有限公司';
const completeDesk = () => tempFile('汇总文件-成都市.json', serializeDesk(exampleDesk()));
const revisedEnterprise = () => {
  const file = answerFileOf('enterprise', true);
  return tempFile(file.name, file.bytes);
};
const SUMMARY_NAMES = [
  '附件5-成都市-重点小巨人企业名单汇总表.docx',
  '附件6-成都市-公共服务示范平台名单汇总表.docx',
  '附件7-成都市-企业情况汇总表.xlsx',
  '报送清单.txt',
  '汇总文件-成都市.json',
];

const writtenDesk = async (dir: string) => {
  const bytes = await readFile(join(dir, '汇总文件-成都市.json'));
  return parseDesk(bytes.toString('utf8'), bytes.length);
};

describe('cli summarize', () => {
  it('lists what the authority must still enter, by applicant, and writes nothing', async () => {
    const out = await outDir();
    const r = await cli(['summarize', ...EXAMPLES, '--city', '成都市', '--out', out]);
    expect(r.code).toBe(EXIT.invalid);
    expect(r.out).toContain(`✓ 收集：${ENTERPRISE}（public/examples/enterprise.json）`);
    expect(r.out).toContain(`  - 【${ENTERPRISE}】企业所在区（县）（entries.0.own.district）：请填写企业所在区`);
    expect(r.out).toContain(`  - 【${ENTERPRISE}】`);
    expect(r.out).toContain('（entries.0.own.note）');
    expect(r.err).toContain('网站的“市（州）中小企业主管部门”页面（/city/）');
    expect(r.err).toContain('--force');
    expect(existsSync(out)).toBe(false);
  });

  it('points out an applicant whose answers place it in another 市（州）, and only that one', async () => {
    const r = await cli(['summarize', ...EXAMPLES, '--city', '成都市', '--out', await outDir()]);
    // The 统筹 example platform is in 绵阳市涪城区; the enterprise and the other platform are in 成都.
    expect(r.out).toContain('! 四川川企通中小企业服务有限公司：所在地为绵阳市，不是成都市：请核实是否应由本市（州）报送。');
    expect(r.out.split('\n').filter((l) => l.includes('请核实是否应由本市（州）报送'))).toHaveLength(1);
    const mianyang = await cli(['summarize', ...EXAMPLES, '--city', '绵阳市', '--out', await outDir()]);
    expect(mianyang.out.split('\n').filter((l) => l.includes('不是绵阳市'))).toHaveLength(2);
  });

  // The applicant's own mistakes go into 附件5–7 as written: told on the console and in the checklist.
  it('tells of an applicant whose answers are wrong or missing, on the console and in 报送清单', async () => {
    const data = JSON.parse(await readFile(EXAMPLES[0]!, 'utf8')) as { data: { company: Record<string, unknown> } };
    data.data.company.creditCode = '91510100MA6CXY3R1X';
    delete data.data.company.legalRep;
    const path = await tempFile('enterprise.json', JSON.stringify(data));
    const out = await outDir();
    const r = await cli(['summarize', path, '--city', '成都市', '--out', out, '--force']);
    expect(r.out).toContain(`! ${ENTERPRISE}：1项必填内容未填、1项填写有误，请申报单位改正后重新提交：`);
    expect(r.out).toContain('  - 统一社会信用代码：最后一位校验码应为“W”，现为“X”');
    const checklist = (await readFile(join(out, '报送清单.txt'), 'utf8')).split('\r\n').find((l) => l.includes(ENTERPRISE))!;
    expect(checklist).toContain('1项必填内容未填（“法定代表人”）；1项填写有误（如“统一社会信用代码');
    // The examples as they are: nothing of the kind said.
    const clean = await cli(['summarize', ...EXAMPLES, '--city', '成都市', '--out', await outDir(), '--force']);
    expect(clean.out).not.toContain('请申报单位改正后重新提交');
  });

  // An ineligible applicant is still listed in the summaries: the console names the condition and why.
  it.each([
    ['listed', ENTERPRISE, '申报对象：不符合。批次：第二批；已申报成功第一批重点“小巨人”：否；已上市：是'],
    ['city-recognised', '成都蜀创中小企业服务中心有限公司', '1. 示范平台认定：不符合。认定文件及文号：成都市经济和信息化局'],
  ] as const)('names the conditions an applicant fails (%s), and still lists it', async (variant, name, line) => {
    const file = variantOf(variant);
    const out = await outDir();
    const r = await cli(['summarize', await tempFile(file.name, file.bytes), '--city', '成都市', '--out', out, '--force']);
    const printed = r.out.split('\n');
    const at = printed.indexOf(`! ${name}：申报条件自查1项不符合，仍列入汇总表：`);
    expect(at, r.out).toBeGreaterThanOrEqual(0);
    expect(printed[at + 1]).toContain(`  - ${line}`);
    expect((await writtenDesk(out)).entries).toHaveLength(1);
    // The examples as they are: nothing of the kind said.
    const clean = await cli(['summarize', ...EXAMPLES, '--city', '成都市', '--out', await outDir(), '--force']);
    expect(clean.out).not.toContain('申报条件自查');
  });

  it('writes every file with --force, still exiting 1', async () => {
    const out = await outDir();
    const r = await cli(['summarize', ...EXAMPLES, '--city', '成都市', '--out', out, '--force']);
    expect(r.code).toBe(EXIT.invalid);
    expect((await readdir(out)).sort()).toEqual([...SUMMARY_NAMES].sort());
  });

  it('writes the summaries from a desk file with everything entered', async () => {
    const out = await outDir();
    const r = await cli(['summarize', await completeDesk(), '--out', out]);
    expect(r.code, r.err).toBe(EXIT.ok);
    expect((await readdir(out)).sort()).toEqual([...SUMMARY_NAMES].sort());
    for (const name of SUMMARY_NAMES) expect(r.out).toContain(`已生成 ${join(out, name)}`);
    expect((await readFile(join(out, '附件7-成都市-企业情况汇总表.xlsx'))).subarray(0, 2).toString()).toBe('PK');
    expect((await writtenDesk(out)).entries).toHaveLength(exampleDesk().entries.length);
  });

  it('says which duplicate questions a desk file leaves open, and uses the file collected first', async () => {
    const desk = exampleDesk();
    const { desk: asked, conflicts } = collect(desk, [docxOf('enterprise', true)]);
    const saved = askConflicts(asked, conflicts);
    const path = await tempFile('汇总文件-成都市.json', serializeDesk(saved));
    const out = await outDir();
    const r = await cli(['summarize', path, '--out', out]);
    expect(r.code, r.err).toBe(EXIT.ok);
    expect(r.out.split('\n').filter((l) => l.startsWith('! 尚未确认：'))).toEqual([
      `! 尚未确认：${conflictQuestion(saved, conflicts[0]!)}本次按原有的一份生成；可在网站的“市（州）中小企业主管部门”页面（/city/）选择。`,
    ]);
    expect(conflictQuestion(saved, conflicts[0]!)).toMatch(new RegExp(`^“${ENTERPRISE}”已有一份材料（${desk.entries[0]!.fileName}），又收到“${docxOf('enterprise', true).name}”。新收到的文件保存于 .+，比已收的（.+）新。保留哪一份？$`));
    // The question travels on in the desk file written beside the summaries.
    expect((await writtenDesk(out)).conflicts?.map((c) => c.incoming.fileName)).toEqual([docxOf('enterprise', true).name]);
  });

  it('collects a Word document this site generated', async () => {
    const docx = docxOf('platform');
    const path = await tempFile(docx.name, docx.bytes);
    const out = await outDir();
    const r = await cli(['summarize', path, '--city', '成都市', '--out', out, '--force']);
    expect(r.out).toMatch(new RegExp(`✓ 收集：.+（${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}）`));
    const desk = await writtenDesk(out);
    expect(desk.entries.map((e) => [e.kind, e.fileName])).toEqual([['platform', docx.name]]);
  });

  it.each([
    ['already on the desk file', async () => [await completeDesk(), await revisedEnterprise()]],
    ['given twice', async () => [EXAMPLES[0]!, await revisedEnterprise()]],
  ])('keeps the file received first of an applicant %s', async (_what, files) => {
    const out = await outDir();
    const paths = await files();
    const r = await cli(['summarize', ...paths, '--city', '成都市', '--out', out, '--force']);
    expect(r.out).toContain(`! 重复：${ENTERPRISE}（${paths[1]}）与已收集的材料是同一申报单位，保留先收到的文件`);
    const desk = await writtenDesk(out);
    expect(desk.entries.filter((e) => e.kind === 'enterprise')).toHaveLength(1);
  });

  it('says the same answers received twice were already collected, and asks nothing', async () => {
    const out = await outDir();
    const r = await cli(['summarize', EXAMPLES[0]!, EXAMPLES[0]!, '--city', '成都市', '--out', out, '--force']);
    expect(r.out).toContain(`= 已收过：${ENTERPRISE}（${EXAMPLES[0]}）与已收集的材料内容完全相同，不重复收集`);
    expect(r.out).not.toContain('! 重复');
    expect((await writtenDesk(out)).entries).toHaveLength(1);
  });

  it('keeps the authority’s entered values when a duplicate arrives', async () => {
    const out = await outDir();
    const r = await cli(['summarize', await completeDesk(), EXAMPLES[0]!, '--out', out]);
    expect(r.code, r.out).toBe(EXIT.ok);
    expect((await writtenDesk(out)).entries[0]!.own.district).toBe('高新区');
  });

  it.each([
    ['a junk file', () => tempFile('junk.json', 'not json'), '不是'],
    ['a missing file', () => Promise.resolve('/nonexistent/答案.json'), '找不到文件'],
    ['another JSON file', () => tempFile('x.json', '{"a":1}'), '不是本站导出的答案文件'],
    ['a broken Word document', () => tempFile('x.docx', 'PK\u0003\u0004 broken'), '已损坏'],
  ])('refuses %s with a Chinese reason and collects the others', async (_what, make, reason) => {
    const bad = await make();
    const out = await outDir();
    const r = await cli(['summarize', EXAMPLES[1]!, bad, EXAMPLES[2]!, '--city', '成都市', '--out', out]);
    expect(r.out).toMatch(new RegExp(`^✗ ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}：.*${reason}`, 'm'));
    expect(r.out.match(/^✓ 收集：/gm)).toHaveLength(2);
    expect(r.code).toBe(EXIT.ok);
    expect((await writtenDesk(out)).entries).toHaveLength(2);
  });

  it.each([
    ['an unknown 市（州）', async () => ['summarize', ...EXAMPLES, '--city', '纽约', '--out', await outDir()], '21个市（州）之一'],
    ['only refused files', async () => ['summarize', await tempFile('junk.json', 'not json'), '--out', await outDir()], '没有可汇总的申报材料'],
    ['two desk files', async () => ['summarize', await completeDesk(), await completeDesk(), '--out', await outDir()], '只能使用一个汇总文件'],
    [
      'a desk file from a newer version',
      async () => ['summarize', await tempFile('d.json', JSON.stringify({ format: 'zjtx-city', formatVersion: 99, entries: [] })), '--out', await outDir()],
      '更新版本',
    ],
    ['no files', async () => ['summarize', '--out', await outDir()], '用法'],
    ['no output folder', async () => ['summarize', ...EXAMPLES], '用法'],
    ['a flag for the output folder', async () => ['summarize', ...EXAMPLES, '--out', '--force'], '用法'],
    ['no 市（州） after --city', async () => ['summarize', ...EXAMPLES, '--out', await outDir(), '--city'], '用法'],
    ['an unknown flag', async () => ['summarize', ...EXAMPLES, '--out', await outDir(), '--froce'], '用法'],
  ])('exits 2 for %s', async (_what, argv, message) => {
    const r = await cli(await argv());
    expect(r.code).toBe(EXIT.unusable);
    expect(r.err).toContain(message);
  });

  it.each([
    ['missing', null],
    ['broken', 'not a zip'],
  ])('exits 3 when a template is %s, writing nothing', async (_what, annex5) => {
    const root = await mkdtemp(join(tmpdir(), 'zjtx-root-'));
    await mkdir(join(root, 'templates'));
    await copyFile('templates/annex6.docx', join(root, 'templates', 'annex6.docx'));
    if (annex5 !== null) await writeFile(join(root, 'templates', 'annex5.docx'), annex5);
    const out = await outDir();
    const r = await cli(['summarize', await completeDesk(), '--out', out], root);
    expect(r.code).toBe(EXIT.broken);
    expect(r.err).toContain('程序或模板出错');
    expect(existsSync(out)).toBe(false);
  });
});
