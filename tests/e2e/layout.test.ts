/**
 * Layouts in real headless Chromium: at a phone's 375 px, at 640 px (a 1280 px window at 200% zoom)
 * and at 1440 px, no page scrolls sideways: only wide tables do, inside their own scrolling box.
 * Checked on every page and on every step of both applicants' annexes with the example loaded.
 * Then the print stylesheet: a step prints its fields and values without the page's controls.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshPage, useSite } from '../helpers/site.ts';
import { forEachStep, loadExample, openTab, previewAnnex2, waitForEditor, waitUntil } from '../helpers/steps.ts';

/** 375: a phone; 640: a 1280 px window at 200% zoom; 1440: a desktop. */
const WIDTHS = [375, 640, 1440] as const;

const site = useSite();
let context: BrowserContext;
let page: Page;

beforeEach(async () => {
  await context?.close();
  ({ context, page } = await freshPage(site.browser, { viewport: { width: 1280, height: 800 } }));
});

// Plain JavaScript run in the page (see tests/helpers/axe.ts): tables not inside a box that scrolls sideways.
const UNBOXED_TABLES = `[...document.querySelectorAll('table')]
  .filter((t) => t.getClientRects().length > 0)
  .filter((t) => {
    for (let e = t.parentElement; e; e = e.parentElement) if (['auto', 'scroll'].includes(getComputedStyle(e).overflowX)) return false;
    return true;
  })
  .map((t) => t.className || t.querySelector('caption')?.textContent?.slice(0, 20) || 'table')`;

/** What is wrong with the layout at each width, as readable lines; the viewport ends at 1280 again. */
async function layoutProblems(where: string): Promise<string[]> {
  const problems: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > width) {
      const widest = await page.evaluate((w) => {
        const over = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > w + 1);
        // The outermost elements that stick out, so the message names the cause rather than its children.
        return over.filter((e) => !over.includes(e.parentElement!)).slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`);
      }, width);
      problems.push(`[${where} @ ${width}px] 页面可横向滚动：scrollWidth ${scrollWidth}；超出的元素：${widest.join('，')}`);
    }
    const unboxed = (await page.evaluate(UNBOXED_TABLES)) as string[];
    if (unboxed.length) problems.push(`[${where} @ ${width}px] 表格不在可横向滚动的容器内：${unboxed.join('，')}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  return problems;
}

describe.each(['/', '/dossiers/', '/city/'])('page %s', (path) => {
  it('fits 375, 640 and 1440 px without scrolling sideways', async () => {
    await page.goto(`${site.server.url}${path}`);
    await page.locator('h1').waitFor();
    if (path === '/city/') {
      await waitUntil(() => page.getByRole('button', { name: '选择文件' }).isEnabled(), '汇总页未就绪');
      await page.locator('input[type=file]').setInputFiles(['public/examples/enterprise.json', 'public/examples/platform.json', 'public/examples/platform-general.json']);
      await waitUntil(async () => (await page.getByTestId('review-row').count()) === 3, '示例文件未收集');
    }
    expect((await layoutProblems(path)).join('\n')).toBe('');
  });
});

describe('/city/ with a long unbroken name', () => {
  // A name with a long Latin run in the 重复 line and the question about it widened a phone's page to 567 px.
  it('wraps it in the file lines and the question, without scrolling sideways', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zjtx-layout-'));
    const file = JSON.parse(await readFile('public/examples/enterprise.json', 'utf8')) as { data: { company: { name: string; legalRep: string } } };
    file.data.company.name = `四川${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.repeat(3)}有限公司`;
    await writeFile(join(dir, 'first.json'), JSON.stringify(file));
    file.data.company.legalRep = '另一位';
    await writeFile(join(dir, 'second.json'), JSON.stringify(file));
    await page.goto(`${site.server.url}/city/`);
    await waitUntil(() => page.getByRole('button', { name: '选择文件' }).isEnabled(), '汇总页未就绪');
    await page.locator('input[type=file]').setInputFiles([join(dir, 'first.json'), join(dir, 'second.json')]);
    await waitUntil(async () => (await page.locator('.conflict').count()) === 1, '没有问保留哪一份');
    expect((await layoutProblems('/city/ 长名称')).join('\n')).toBe('');
  });
});

describe.each(['enterprise', 'platform'])('/%s/ with the example', (kind) => {
  it('fits 375, 640 and 1440 px on every annex and step', async () => {
    await page.goto(`${site.server.url}/${kind}/`);
    await waitForEditor(page);
    await loadExample(page);
    const problems: string[] = [];
    await forEachStep(page, async ({ label }) => {
      problems.push(...(await layoutProblems(`${kind} ${label}`)));
    });
    expect(problems.join('\n')).toBe('');
  });
});

describe('the preview on a phone', () => {
  // An A4 page is twice a phone's width: it was cut off on the right, and the bar's note was squeezed
  // into a column a few characters wide beside the buttons.
  it('scales the pages to the screen and gives the note its own line', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    const { dialog } = await previewAnnex2(page, site.server.url);
    const fit = await page.getByTestId('preview-pages').evaluate((region) => ({
      sideways: region.scrollWidth - region.clientWidth,
      pageRight: Math.max(...[...region.querySelectorAll('section.docx')].map((s) => s.getBoundingClientRect().right)),
    }));
    expect(fit.sideways).toBeLessThanOrEqual(1);
    expect(fit.pageRight).toBeLessThanOrEqual(375);
    const note = await dialog.getByRole('status').evaluate((e) => e.getBoundingClientRect().width);
    expect(note).toBeGreaterThan(250);
  });
});

describe('printing a step', () => {
  it('prints 附件2 step 1 with its values and none of the page controls', async () => {
    await page.goto(`${site.server.url}/enterprise/`);
    await loadExample(page);
    await openTab(page, '附件2');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.toolbar', '.download-bar', '.site-header', '.step-buttons']) expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    for (const nav of await page.locator('nav').all()) expect(await nav.isVisible()).toBe(false);
    expect(await page.getByRole('button').filter({ visible: true }).count()).toBe(0);
    const name = page.getByLabel('企业名称', { exact: true });
    expect(await name.isVisible()).toBe(true);
    expect(await name.inputValue()).toBe('四川蜀芯精密传动科技有限公司');
    // Fields print with a border, and a field is not split across two sheets.
    expect(await name.evaluate((e) => getComputedStyle(e).borderTopStyle)).toBe('solid');
    expect(await name.evaluate((e) => getComputedStyle(e.closest('.field')!).breakInside)).toBe('avoid');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
  });

  it('prints a long answer whole', async () => {
    await page.goto(`${site.server.url}/enterprise/`);
    await loadExample(page);
    await openTab(page, '附件2');
    await page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: /企业简介/ }).click();
    const intro = page.getByLabel('企业简介（不超过500字，另附页无效）', { exact: true });
    // More lines than the box shows on screen.
    await intro.fill(Array.from({ length: 30 }, (_, i) => `第${i + 1}段：主导产品为工业机器人用精密减速器。`).join('\n'));
    const overflows = () => intro.evaluate((e) => e.scrollHeight > e.clientHeight + 2);
    expect(await overflows()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    // The box is as tall as its text: nothing is hidden behind a scrollbar on paper.
    expect(await overflows()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });
});
