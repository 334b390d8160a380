/**
 * The control with focus is never hidden by what sticks over the page (WCAG 2.2 SC 2.4.11), and its
 * ring shows, in real headless Chromium: the download bar at the foot of the window, grown to two
 * rows by a failed download; the 序号 column of a table scrolled sideways; the edge of the step strip
 * on a narrow screen; and the calendar button of a date field.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { freshPage, useSite } from '../helpers/site.ts';
import { tabTo } from '../helpers/keyboard.ts';
import { loadExample, openTab, waitForEditor, waitUntil } from '../helpers/steps.ts';

const site = useSite();
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const { context, page } = await freshPage(site.browser, { viewport });
  close = () => context.close();
  await page.goto(`${site.server.url}${path}`);
  return page;
}

const PENDING = '仍然下载（未填的项留空，有误的项照所填内容）';

/** Where the focused element is against the bar's top edge; null once focus is in the bar itself or on the page. */
const FOCUS_AGAINST_BAR = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return { done: false, name: '（无焦点）' };
  if (el.closest('.download-bar')) return { done: true };
  const name = (el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].textContent) || el.textContent || el.tagName).replace(/\\s+/g, ' ').trim().slice(0, 30);
  return { done: false, name, bottom: el.getBoundingClientRect().bottom, barTop: document.querySelector('.download-bar').getBoundingClientRect().top };
})()`;

interface Stop {
  done: boolean;
  name: string;
  bottom?: number;
  barTop?: number;
}

/** Tabs from the top of the page to the download bar; returns the stops hidden (even in part) behind it, and how many stops there were. */
async function tabToBar(page: Page, max = 150): Promise<{ hidden: string[]; stops: number }> {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    (document.activeElement as HTMLElement | null)?.blur();
  });
  // A press at the top left corner (the site's header) starts Tab from the top, not from the button last pressed.
  await page.mouse.click(2, 2);
  const hidden: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = (await page.evaluate(FOCUS_AGAINST_BAR)) as Stop;
    if (stop.done) return { hidden, stops: i };
    if (stop.bottom !== undefined && stop.bottom > stop.barTop! + 0.5) hidden.push(`“${stop.name}”下沿 ${Math.round(stop.bottom)}，下载栏上沿 ${Math.round(stop.barTop!)}`);
  }
  throw new Error(`按 ${max} 次 Tab 未到达下载栏`);
}

const barHeight = (page: Page) => page.locator('.download-bar').evaluate((bar) => ({ height: bar.getBoundingClientRect().height, position: getComputedStyle(bar).position }));

describe('the sticky download bar, two rows tall after a failed download', () => {
  it.each(['/enterprise/', '/platform/'])('never covers the field with focus on %s at 760×700', async (path) => {
    const page = await open(path, { width: 760, height: 700 });
    await waitForEditor(page);
    // An empty dossier: the download stops at its errors and offers 仍然下载, which wraps the bar to two rows.
    await page.locator('.download-bar button.primary').click();
    await page.getByRole('button', { name: PENDING }).waitFor();
    const bar = await barHeight(page);
    expect(bar.position).toBe('sticky');
    expect(bar.height).toBeGreaterThan(100);
    const { hidden, stops } = await tabToBar(page);
    expect(stops).toBeGreaterThan(15);
    expect(hidden).toEqual([]);
  });

  it('never covers the field with focus on /city/ at 760×700', async () => {
    const page = await open('/city/', { width: 760, height: 700 });
    await waitUntil(() => page.locator('.download-bar button').first().isEnabled(), '收集台未就绪');
    await page.locator('input[type=file]').first().setInputFiles(['public/examples/enterprise.json', 'public/examples/platform.json']);
    await waitUntil(() => page.getByTestId('review-row').count().then((n) => n === 2), '文件未收集');
    // The authority's own values are missing: 下载附件5 stops and offers 仍然下载.
    await page.getByRole('button', { name: /^下载附件5/ }).click();
    await page.getByRole('button', { name: PENDING }).waitFor();
    const bar = await barHeight(page);
    expect(bar.position).toBe('sticky');
    expect(bar.height).toBeGreaterThan(100);
    const { hidden, stops } = await tabToBar(page);
    expect(stops).toBeGreaterThan(10);
    expect(hidden).toEqual([]);
  });
});

describe('a table scrolled sideways', () => {
  it('shows a cell reached by Shift+Tab clear of the sticky 序号 column (附件4-3)', async () => {
    const page = await open('/platform/', { width: 1280, height: 900 });
    await loadExample(page);
    await openTab(page, '附件4-3');
    await page.getByRole('button', { name: '删除第3行' }).focus();
    await tabTo(page, '学历（第3行）', { back: true, max: 20 });
    const clearance = () =>
      page.evaluate(() => {
        const cell = document.activeElement as HTMLElement;
        const number = cell.closest('tr')!.querySelector('.row-number')!.getBoundingClientRect();
        const box = cell.closest('.data-table-scroll')!.getBoundingClientRect();
        const r = cell.getBoundingClientRect();
        return { left: Math.round(r.left - number.right), right: Math.round(box.right - r.right) };
      });
    // The cell is moved clear in the frame after focus.
    await expect.poll(async () => (await clearance()).left).toBeGreaterThanOrEqual(5);
    expect((await clearance()).right).toBeGreaterThanOrEqual(0);
  });
});

describe('the step strip on a narrow screen', () => {
  it('shows each step Tab or Shift+Tab reaches whole, with its ring, at 640×400', async () => {
    const page = await open('/enterprise/', { width: 640, height: 400 });
    await waitForEditor(page);
    const steps = page.getByRole('navigation', { name: '填写步骤' }).getByRole('button');
    const count = await steps.count();
    expect(count).toBeGreaterThan(4);
    // How far the focused step (with its 5px ring) is inside the strip at each side; negative where cut off.
    const inside = () =>
      page.evaluate(() => {
        const step = document.activeElement as HTMLElement;
        const strip = step.closest('ol')!.getBoundingClientRect();
        const r = step.getBoundingClientRect();
        return Math.round(Math.min(r.left - 5 - strip.left, strip.right - r.right - 5));
      });
    const cut: string[] = [];
    const check = async (which: string) => {
      // Brought into view in the frame after focus, if not at once.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const margin = await inside();
      if (margin < 0) cut.push(`${which}：${margin}px`);
    };
    await steps.first().focus();
    await check('第1步');
    for (let i = 2; i <= count; i++) {
      await page.keyboard.press('Tab');
      await check(`Tab 到第${i}步`);
    }
    for (let i = count - 1; i >= 1; i--) {
      await page.keyboard.press('Shift+Tab');
      await check(`Shift+Tab 到第${i}步`);
    }
    expect(cut).toEqual([]);
  });
});

describe('the calendar button of a date field', () => {
  it('gets the site’s focus ring (dark outline over a yellow halo) when Tab reaches it', async () => {
    const page = await open('/enterprise/', { width: 1280, height: 900 });
    await waitForEditor(page);
    const input = page.locator('#field-company-filledOn-input');
    // A date input once the browser's date machinery is warm (DateControl).
    await waitUntil(() => input.getAttribute('type').then((t) => t === 'date'), '填报时间未成为日期输入框', 15_000);
    await input.focus();
    // 年, 月, 日, then the calendar button. While the button has focus, the input itself no longer matches :focus.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await input.evaluate((el) => el === document.activeElement && !el.matches(':focus') && el.matches(':focus-within'))).toBe(true);
    const box = (await input.boundingBox())!;
    const png = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: box.height } });
    // The halo's yellow (#f2b705) inside the input's box: only the button's own ring draws it there.
    const halo = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, img.width, img.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - 242) < 30 && Math.abs(d[i + 1]! - 183) < 30 && d[i + 2]! < 60) n++;
      return n;
    }, `data:image/png;base64,${png.toString('base64')}`);
    expect(halo).toBeGreaterThan(20);
  });
});
