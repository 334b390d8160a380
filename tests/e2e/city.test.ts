/**
 * The 市（州） desk in real headless Chromium: collect answer files and a generated Word file,
 * settle a duplicate, review, reorder, read an applicant's answers, enter the authority's own
 * values, download the summaries, and find the collection again after a reload.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { docxOf } from '../helpers/city.ts';
import { tabTo } from '../helpers/keyboard.ts';
import { paragraphs } from '../helpers/docx.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
let files: Record<'docx' | 'junk', string>;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => void d.accept());
  const dir = await mkdtemp(join(tmpdir(), 'zjtx-city-'));
  // A later version of the example enterprise's answers, as a Word document: a duplicate to settle.
  const docx = docxOf('enterprise', true);
  files = { docx: join(dir, docx.name), junk: join(dir, '会议纪要.docx') };
  await writeFile(files.docx, docx.bytes);
  await writeFile(files.junk, 'not a word file');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const rows = () => page.getByTestId('review-row');
const rowNames = async () => (await rows().locator('th').allTextContents()).map((t) => t.replace(/\s+/g, ''));

/** Records every state the download's progress line shows from now on, in order; call the result to read them. */
async function recordProgress(): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    new MutationObserver(() => {
      const line = document.querySelector('[data-testid="download-progress"]');
      const bar = line?.querySelector('progress');
      const state = line ? `${line.textContent?.trim()} ${bar?.getAttribute('value') ?? '-'}/${bar?.getAttribute('max') ?? '-'}` : '';
      if (state && seen.at(-1) !== state) seen.push(state);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
}

describe('the 市（州） desk', () => {
  it('is linked from the landing page', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: '开始汇总：市（州）中小企业主管部门' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('汇总申报材料');
    // The picker is enabled once the island has read the stored collection.
    await expect.poll(() => page.getByRole('button', { name: '选择文件' }).isEnabled()).toBe(true);
  });

  it('collects files, says what happened to each, and lets the authority settle a duplicate', async () => {
    await page.locator('input[type=file]').setInputFiles(['public/examples/enterprise.json', 'public/examples/platform.json', 'public/examples/platform-general.json', files.docx, files.junk]);
    await expect.poll(() => rows().count()).toBe(3);
    const lines = page.getByRole('list', { name: '文件处理结果' });
    expect(await lines.textContent()).toContain('✓ 已收集：四川蜀芯精密传动科技有限公司（enterprise.json）');
    expect(await lines.textContent()).toContain('! 重复：四川蜀芯精密传动科技有限公司（附件1-四川蜀芯精密传动科技有限公司-申请书.docx）');
    expect(await lines.textContent()).toMatch(/✗ 会议纪要\.docx：[\u4e00-\u9fa5]/);
    await page.getByRole('button', { name: '改用新收到的' }).click();
    await expect.poll(() => rows().first().textContent()).toContain('附件1-四川蜀芯精密传动科技有限公司-申请书.docx');
    expect(await rows().count()).toBe(3);
  });

  it('reviews each applicant and keeps the order the authority sets', async () => {
    expect(await rows().nth(1).textContent()).toContain('重点支持国家级专精特新“小巨人”企业公共服务示范平台');
    expect(await rows().nth(0).textContent()).toContain('全部符合');
    await page.getByRole('button', { name: '下移成都蜀创中小企业服务中心有限公司' }).click();
    await expect.poll(rowNames).toEqual([
      expect.stringContaining('四川蜀芯精密传动科技有限公司'),
      expect.stringContaining('四川川企通中小企业服务有限公司'),
      expect.stringContaining('成都蜀创中小企业服务中心有限公司'),
    ]);
  });

  it('shows an applicant\'s answers read-only', async () => {
    await page.getByRole('button', { name: '查看四川蜀芯精密传动科技有限公司的填报内容' }).click();
    const viewer = page.getByRole('region', { name: '四川蜀芯精密传动科技有限公司的填报内容' });
    const name = viewer.getByLabel('企业名称', { exact: true });
    await expect.poll(() => name.inputValue()).toBe('四川蜀芯精密传动科技有限公司');
    expect(await name.isEditable()).toBe(false);
    // It opens below the list: in sight, with focus on its heading.
    const heading = viewer.getByRole('heading', { level: 3 });
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
    expect(await heading.evaluate((h) => { const r = h.getBoundingClientRect(); return r.top > -2 && r.bottom <= innerHeight; })).toBe(true);
    // The answers are read-only, not disabled: Tab reaches them, and their text can be selected, not changed.
    expect(await viewer.locator(':is(input[type="text"], input[type="date"], textarea):disabled').count()).toBe(0);
    const reached = await tabTo(page, '企业名称');
    expect(reached.tag).toBe('input');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('改');
    expect(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement;
        return { value: el.value, readOnly: el.readOnly, selected: el.selectionEnd! - el.selectionStart!, inViewer: !!el.closest('.viewer') };
      }),
    ).toEqual({ value: '四川蜀芯精密传动科技有限公司', readOnly: true, selected: '四川蜀芯精密传动科技有限公司'.length, inViewer: true });
    await viewer.getByRole('button', { name: '关闭' }).click();
    // Focus goes back to the 查看 that opened it.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('查看四川蜀芯精密传动科技有限公司的填报内容');
  });

  it('asks for what only the authority knows, at its field, before downloading', async () => {
    await page.getByRole('button', { name: '全部下载（zip）' }).click();
    await expect.poll(() => page.locator('[data-path="desk-entries-0-own-note"] .error').textContent()).toContain('请填写该企业属于制造强国');
    expect(await page.locator('[data-path="city"] .error').textContent()).toBe('请选择市（州）。');
    expect(await page.getByRole('button', { name: '仍然下载（未填的项留空，有误的项照所填内容）' }).count()).toBe(1);
  });

  it('downloads 附件5, 6 and 7 with nothing retyped', async () => {
    await page.getByLabel('市（州）', { exact: true }).selectOption('成都市');
    // The 统筹 example platform is in 绵阳: its row says so, for the authority to check; only its row.
    await expect.poll(() => page.locator('.review-table .elsewhere').allTextContents()).toEqual(['! 所在地为绵阳市，不是成都市：请核实是否应由本市（州）报送。']);
    expect(await rows().filter({ has: page.locator('.elsewhere') }).locator('th').textContent()).toContain('四川川企通中小企业服务有限公司');
    await page.getByLabel('企业所在区（县）').fill('高新区');
    await page.getByLabel(/^该企业属于制造强国/).fill('主导产品RV减速器属于机器人关键部件，打破国外垄断。');
    await page.getByLabel('企业所在区（县）').blur();
    await expect.poll(() => page.locator('.has-error').count()).toBe(0);
    const progress = await recordProgress();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '全部下载（zip）' }).click()]);
    expect(download.suggestedFilename()).toBe('成都市-汇总材料.zip');
    expect((await progress()).filter((p) => !p.startsWith('正在生成… '))).toEqual([
      '正在生成附件5（第 1 个，共 3 个）… 0/4',
      '正在生成附件6（第 2 个，共 3 个）… 1/4',
      '正在生成附件7（第 3 个，共 3 个）… 2/4',
      '正在打包… 3/4',
    ]);
    await expect.poll(() => page.getByTestId('download-progress').count()).toBe(0);
    const zip = new PizZip(await readFile((await download.path())!));
    expect(Object.keys(zip.files).sort()).toEqual(
      ['附件5-成都市-重点小巨人企业名单汇总表.docx', '附件6-成都市-公共服务示范平台名单汇总表.docx', '附件7-成都市-企业情况汇总表.xlsx', '报送清单.txt', '汇总文件-成都市.json'].sort(),
    );
    const annex5 = paragraphs(zip.file('附件5-成都市-重点小巨人企业名单汇总表.docx')!.asUint8Array());
    expect(annex5).toContain('成都市第二批重点“小巨人”企业名单汇总表');
    expect(annex5).toContain('34 通用设备制造业');
    expect(annex5).toContain('主导产品RV减速器属于机器人关键部件，打破国外垄断。');
    const annex6 = paragraphs(zip.file('附件6-成都市-公共服务示范平台名单汇总表.docx')!.asUint8Array());
    expect(annex6.indexOf('四川川企通中小企业服务有限公司')).toBeLessThan(annex6.indexOf('成都蜀创中小企业服务中心有限公司'));
    const sheet = new PizZip(zip.file('附件7-成都市-企业情况汇总表.xlsx')!.asUint8Array()).file('xl/worksheets/sheet1.xml')!.asText();
    expect(sheet).toMatch(/<v>36500<\/v>/);
  });

  it('downloads 附件7 alone, with a progress bar and what it is making while it works', async () => {
    const progress = await recordProgress();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载附件7（Excel）' }).click()]);
    expect(download.suggestedFilename()).toBe('附件7-成都市-企业情况汇总表.xlsx');
    // One file: no count to show, so the bar is indeterminate (no value).
    expect(await progress()).toContain('正在生成附件7（3 家）… -/1');
  });

  it('finds the collection again after a reload', async () => {
    await page.waitForTimeout(800);
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: '选择文件' }).isEnabled()).toBe(true);
    await expect.poll(() => rows().count()).toBe(3);
    expect(await page.getByLabel('企业所在区（县）').inputValue()).toBe('高新区');
    expect(await page.getByLabel('市（州）', { exact: true }).inputValue()).toBe('成都市');
  });

  it('made no request outside the site', () => {
    expect(requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  });
});
