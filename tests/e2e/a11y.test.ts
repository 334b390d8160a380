/**
 * Accessibility in real headless Chromium: axe-core (WCAG 2.1 A and AA) on every page, on every
 * step of every annex with the example loaded and again with an empty dossier whose every error is
 * on screen, on the 市（州） desk empty, with files and with its errors, and on the preview dialog.
 * Each step also proves that every control has a name and every invalid field points at its message.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, labelProblems } from '../helpers/axe.ts';
import { freshPage, useSite } from '../helpers/site.ts';
import { forEachStep, loadExample, openTab, previewAnnex2, REVIEW_TAB, waitForEditor, waitUntil } from '../helpers/steps.ts';

const site = useSite();
let context: BrowserContext;
let page: Page;

beforeEach(async () => {
  await context?.close();
  // The pages' Content-Security-Policy allows only the site's own scripts; axe is injected as an
  // inline script, so this test context (and only this one) bypasses the CSP to run it.
  ({ context, page } = await freshPage(site.browser, { bypassCSP: true }));
});

/** Problems found on the page as it is now, as readable lines; empty when there are none. */
async function audit(where: string): Promise<string[]> {
  const found: string[] = [];
  const violations = await axeViolations(page);
  if (violations.length) found.push(describeViolations(where, violations));
  const { unnamed, untied } = await labelProblems(page);
  if (unnamed.length) found.push(`[${where}] 没有可读名称的控件：${unnamed.join(', ')}`);
  if (untied.length) found.push(`[${where}] aria-invalid 但 aria-describedby 未指向有文字的提示：${untied.join(', ')}`);
  return found;
}

const invalidCount = () => page.locator('[aria-invalid="true"]').count();

describe.each(['/', '/dossiers/'])('page %s', (path) => {
  it('has no WCAG 2.1 A/AA violations', async () => {
    await page.goto(`${site.server.url}${path}`);
    await page.locator('h1').waitFor();
    if (path === '/dossiers/') await waitUntil(() => page.locator('.loading').count().then((n) => n === 0), '档案列表未读取');
    expect((await audit(path)).join('\n')).toBe('');
  });
});

describe.each(['enterprise', 'platform'])('/%s/', (kind) => {
  it('has no violations on any annex or step with the example loaded', async () => {
    await page.goto(`${site.server.url}/${kind}/`);
    await waitForEditor(page);
    const found = await audit(`${kind} 打开时`);
    await loadExample(page);
    let visited = 0;
    await forEachStep(page, async ({ label }) => {
      visited++;
      found.push(...(await audit(`${kind} 示例 ${label}`)));
    });
    expect(visited).toBeGreaterThan(5);
    expect(found.join('\n')).toBe('');
  });

  it('has no violations on any annex or step of an empty dossier with every error shown', async () => {
    await page.goto(`${site.server.url}/${kind}/`);
    await waitForEditor(page);
    // A fresh, empty dossier (新建档案 opens it in place), then 检查与下载, which shows every error.
    const before = page.url();
    await page.getByRole('button', { name: '新建档案' }).click();
    await page.waitForURL((u) => u.href !== before && u.searchParams.has('d'));
    await waitForEditor(page);
    await openTab(page, REVIEW_TAB);
    const found = await audit(`${kind} 空档案 ${REVIEW_TAB}`);
    let invalid = 0;
    await forEachStep(
      page,
      async ({ label }) => {
        invalid += await invalidCount();
        found.push(...(await audit(`${kind} 空档案 ${label}`)));
      },
      { review: false },
    );
    // The error state is real: the messages are on screen, tied to their fields.
    expect(invalid).toBeGreaterThan(20);
    expect(found.join('\n')).toBe('');
  });
});

describe('the preview dialog', () => {
  it('has no violations once the document is drawn', async () => {
    await previewAnnex2(page, site.server.url);
    expect((await audit('预览附件2')).join('\n')).toBe('');
  });
});

describe('the preview dialog and the keyboard', () => {
  // Tab once walked out of the dialog to the links under the overlay, and closing it left focus on
  // the page's body.
  it('keeps Tab within the dialog and returns focus to 预览 on closing', async () => {
    const { opener, dialog } = await previewAnnex2(page, site.server.url, async (button) => {
      await button.focus();
      await page.keyboard.press('Enter');
    });
    const inDialog = () => page.evaluate(() => !!document.activeElement?.closest('[role=dialog]'));
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await inDialog(), `Tab ${i + 1}`).toBe(true);
    }
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await inDialog(), `Shift+Tab ${i + 1}`).toBe(true);
    }
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await dialog.count()) === 0, '预览未关闭');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('预览附件2');
  });
});

describe('the 市（州） desk', () => {
  it('has no violations empty, with the three examples, and with its errors shown', async () => {
    await page.goto(`${site.server.url}/city/`);
    await waitUntil(() => page.getByRole('button', { name: '选择文件' }).isEnabled(), '汇总页未就绪');
    const found = await audit('汇总 空');
    await page.locator('input[type=file]').setInputFiles(['public/examples/enterprise.json', 'public/examples/platform.json', 'public/examples/platform-general.json']);
    await waitUntil(async () => (await page.getByTestId('review-row').count()) === 3, '示例文件未收集');
    found.push(...(await audit('汇总 三份材料')));
    // 市（州） and the authority's own values are missing: asking for the zip shows every error.
    await page.getByRole('button', { name: '全部下载（zip）' }).click();
    await waitUntil(async () => (await invalidCount()) > 0, '未显示错误');
    found.push(...(await audit('汇总 缺项')));
    expect(found.join('\n')).toBe('');
  });
});
