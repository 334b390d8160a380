/** `summarize` given a zip of several applicants' files: each collected and named, as on the 市（州） page. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.ts';
import { zipFiles } from '../../src/core/docx/zip.ts';
import { answerFileOf, docxOf } from '../helpers/city.ts';

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), root: resolve('.') });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli summarize with a zip', () => {
  it('collects every applicant in it, names each by the zip and its entry, and says which entry it could not read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zjtx-sum-zip-'));
    const zip = join(dir, 'multi.zip');
    const files = [answerFileOf('enterprise'), docxOf('platform'), answerFileOf('platform-general'), { name: '坏/broken.json', bytes: new TextEncoder().encode('{') }];
    await writeFile(zip, zipFiles(files));
    const r = await cli(['summarize', zip, '--city', '成都市', '--out', join(dir, 'out'), '--force']);
    expect(r.out).toContain(`✓ 收集：四川蜀芯精密传动科技有限公司（${zip} 中的 答案文件-enterprise.json）`);
    expect(r.out).toContain(`✓ 收集：成都蜀创中小企业服务中心有限公司（${zip} 中的 ${files[1]!.name}）`);
    expect(r.out).toContain(`✓ 收集：四川川企通中小企业服务有限公司（${zip} 中的 答案文件-platform-general.json）`);
    expect(r.out).toMatch(new RegExp(`✗ ${zip.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} 中的 坏/broken\\.json：这个文件不是答案文件`));
    expect(r.out.match(/^✓ 收集：/gm)).toHaveLength(3);
    expect(r.out).toContain('已生成');
  });
});
