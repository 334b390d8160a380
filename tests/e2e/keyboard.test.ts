/**
 * The enterprise journey with the keyboard alone, in real headless Chromium: no clicks, only Tab,
 * Shift+Tab, Enter and typing. Load the example, get a field wrong and see the message tied to it,
 * put it right, and download the annex; every stop on the way shows where the focus is.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { focused, tabTo, type Focused } from '../helpers/keyboard.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';
import { waitForEditor, waitUntil } from '../helpers/steps.ts';

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  const context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const expectVisibleFocus = (f: Focused) => expect(f.outline || f.shadow, `“${f.name}”获得焦点时没有可见的焦点标记`).toBe(true);

/** The field with focus, as the page describes it to assistive technology. */
const focusedField = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement;
    const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return {
      value: el.value,
      invalid: el.getAttribute('aria-invalid'),
      descriptions: ids.map((id) => {
        const d = document.getElementById(id);
        return { id, text: d?.textContent?.trim() ?? null, live: !!d && (d.getAttribute('role') === 'alert' || d.getAttribute('role') === 'status' || d.hasAttribute('aria-live')) };
      }),
    };
  });

describe('the enterprise journey by keyboard alone', () => {
  it('loads the example, corrects a wrong field and downloads 附件1', async () => {
    await page.goto(`${server.url}/enterprise/`);
    await waitForEditor(page);

    expectVisibleFocus(await tabTo(page, '载入示例'));
    await page.keyboard.press('Enter');
    await waitUntil(async () => (await page.getByRole('status').filter({ hasText: '已载入示例' }).count()) > 0, '示例未载入');

    // 附件1, step 1 is open: Tab on to 统一社会信用代码 and get its check digit wrong.
    const code = await tabTo(page, '统一社会信用代码');
    expectVisibleFocus(code);
    expect(code.tag).toBe('input');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('91510100MA6CXY3R1X');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page))?.name).toBe('统一社会信用代码');
    const wrong = await focusedField();
    expect(wrong.invalid).toBe('true');
    const message = wrong.descriptions.find((d) => d.text?.includes('校验码应为'));
    // Read with the field's name; not a live region itself (said once on leaving: tests/e2e/announcements.test.ts).
    expect(message, JSON.stringify(wrong.descriptions)).toMatchObject({ text: '最后一位校验码应为“W”，现为“X”，请核对营业执照。', live: false });

    // Put it right: the message goes, and so does the mark.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('91510100MA6CXY3R1W');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    const right = await focusedField();
    expect(right.value).toBe('91510100MA6CXY3R1W');
    expect(right.invalid).toBe('false');
    expect(right.descriptions.some((d) => d.text?.includes('校验码应为'))).toBe(false);

    // On through the rest of the step to the download bar, and download with Enter.
    expectVisibleFocus(await tabTo(page, '下载附件1（Word）'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('附件1-四川蜀芯精密传动科技有限公司-申请书.docx');
  });

  it('moves between steps and annexes with the keyboard', async () => {
    // Back up to the steps and open the next one with Space.
    const second = await tabTo(page, /^2\. 申报资格/, { back: true });
    expectVisibleFocus(second);
    await page.keyboard.press('Space');
    await waitUntil(() => page.getByRole('navigation', { name: '填写步骤' }).locator('[aria-current="step"]').textContent().then((t) => (t ?? '').startsWith('2.')), '步骤 2 未打开');
    // 上一步 back to step 1 is then disabled: focus goes to the step's heading, not to the page's body.
    expectVisibleFocus(await tabTo(page, '上一步'));
    await page.keyboard.press('Enter');
    await waitUntil(() => page.getByRole('navigation', { name: '填写步骤' }).locator('[aria-current="step"]').textContent().then((t) => (t ?? '').startsWith('1.')), '步骤 1 未打开');
    await waitUntil(() => page.evaluate(() => document.activeElement?.tagName === 'H2'), '焦点没有落在步骤标题上');
    expect(await page.evaluate(() => document.activeElement?.closest('.form-section') !== null)).toBe(true);
    expectVisibleFocus(await tabTo(page, '附件2', { back: true }));
    await page.keyboard.press('Enter');
    await waitUntil(() => page.locator('.annex-title').textContent().then((t) => (t ?? '').startsWith('附件2 ')), '附件2 未打开');
    const name = await tabTo(page, '企业名称');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('四川蜀芯精密传动科技有限公司');
    expectVisibleFocus(name);
  });
});
