/**
 * A zip of several applicants' files on the 市（州） desk, in real headless Chromium: the picker
 * offers zips, and every applicant in one is collected and named, with the entry it could not read.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipFiles } from '../../src/core/docx/zip.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { answerFileOf, docxOf } from '../helpers/city.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';

let server: StaticServer;
let browser: Browser;
let page: Page;
let multi: string;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  multi = join(await mkdtemp(join(tmpdir(), 'zjtx-city-zip-')), 'multi.zip');
  const broken = { name: 'broken.json', bytes: new TextEncoder().encode('{') };
  await writeFile(multi, zipFiles([answerFileOf('enterprise'), docxOf('platform'), answerFileOf('platform-general'), broken]));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const rows = () => page.getByTestId('review-row');

describe('a zip on the 市（州） desk', () => {
  it('is offered by the file picker', async () => {
    await page.goto(`${server.url}/city/`);
    await expect.poll(() => page.getByRole('button', { name: '选择文件' }).isEnabled()).toBe(true);
    expect((await page.locator('input[type=file]').getAttribute('accept'))?.split(',')).toContain('.zip');
    expect(await page.locator('.toolbar .help').textContent()).toContain('压缩包');
  });

  it('collects every applicant in it, each named, and says which entry it could not read', async () => {
    await page.locator('input[type=file]').setInputFiles([multi]);
    await expect.poll(() => rows().count()).toBe(3);
    const lines = await page.getByRole('list', { name: '文件处理结果' }).textContent();
    expect(lines).toContain('✓ 已收集：四川蜀芯精密传动科技有限公司（multi.zip 中的 答案文件-enterprise.json）');
    expect(lines).toContain(`✓ 已收集：成都蜀创中小企业服务中心有限公司（multi.zip 中的 ${docxOf('platform').name}）`);
    expect(lines).toContain('✓ 已收集：四川川企通中小企业服务有限公司（multi.zip 中的 答案文件-platform-general.json）');
    expect(lines).toMatch(/✗ multi\.zip 中的 broken\.json：这个文件不是答案文件/);
    expect(await page.locator('.notice').first().textContent()).toContain('新增 3 家申报单位');
  });
});
