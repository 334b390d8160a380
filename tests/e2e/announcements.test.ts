/**
 * What a screen reader is asked to say about a field's message, in real headless Chromium: every
 * change of text in a live region (role status or alert, aria-live) is recorded as it happens. A
 * message is said once, politely, when the person leaves a field they changed; not at each pause
 * in typing, not for each empty field passed, and not all at once when a download or 检查 shows a
 * step's messages (the page's notice sums them up then).
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshPage, useSite } from '../helpers/site.ts';
import { loadExample, openTab, waitForEditor, waitUntil } from '../helpers/steps.ts';
import { PAUSE_MS } from '../../src/components/form-latest.ts';

const site = useSite();
let page: Page;
let close: () => Promise<void>;
beforeEach(async () => {
  const opened = await freshPage(site.browser);
  page = opened.page;
  close = () => opened.context.close();
});
afterEach(() => close());

interface Spoken {
  text: string;
  /** `assertive` for role=alert or aria-live=assertive. */
  politeness: string;
  /** Where the region is: `field` inside a field or table cell, `page` elsewhere. */
  where: string;
}

// Plain JavaScript run in the page (see tests/helpers/axe.ts).
const LISTEN = `(() => {
  const spoken = (window.__spoken = []);
  const regionOf = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    return el && el.closest('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]');
  };
  const say = (region) => {
    const text = region.textContent.replace(/\\s+/g, ' ').trim();
    if (!text) return;
    const assertive = region.getAttribute('role') === 'alert' || region.getAttribute('aria-live') === 'assertive';
    spoken.push({ text, politeness: assertive ? 'assertive' : 'polite', where: region.closest('.field, td') ? 'field' : 'page' });
  };
  new MutationObserver((records) => {
    const seen = new Set();
    for (const m of records) {
      const region = regionOf(m.target);
      if (region) seen.add(region);
      // A region added with its text already in it (an alert that appears) is said too.
      for (const n of m.addedNodes) if (n.nodeType === 1) for (const r of [n, ...n.querySelectorAll('[aria-live], [role="status"], [role="alert"]')]) if (r.matches('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]')) seen.add(r);
    }
    seen.forEach(say);
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

const listen = () => page.evaluate(LISTEN);
/** What was said since the last call. */
const spoken = (): Promise<Spoken[]> =>
  page.evaluate(() => {
    const w = window as unknown as { __spoken: Spoken[] };
    const all = w.__spoken.splice(0);
    return all;
  });
const settle = (ms = 400) => page.waitForTimeout(ms);

describe('a field’s message', () => {
  it('is said once, on leaving the field, however slowly its value was typed', async () => {
    await page.goto(`${site.server.url}/enterprise/`);
    await loadExample(page);
    const code = page.locator('#field-company-creditCode-input');
    await code.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await settle(PAUSE_MS * 2);
    await listen();
    // Each character after a pause long enough for the form to take it and show the new message.
    for (const ch of '91510100MA6') {
      await page.keyboard.type(ch);
      await settle(PAUSE_MS * 2);
    }
    // Shown all along, tied to the field, but not said.
    expect(await page.locator('[data-path="company.creditCode"] .error').textContent()).toBe('统一社会信用代码应为18位，现为11位。');
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    expect(await spoken()).toEqual([]);

    await page.keyboard.press('Tab');
    await settle();
    expect(await spoken()).toEqual([{ text: '统一社会信用代码：统一社会信用代码应为18位，现为11位。', politeness: 'polite', where: 'page' }]);

    // Back in and out again with nothing changed: the message was read with the field's name, and is not said again.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await settle();
    expect(await spoken()).toEqual([]);
  });

  it('is not said for an empty field passed by, nor all at once when a download shows a step’s messages', async () => {
    await page.goto(`${site.server.url}/enterprise/`);
    await waitForEditor(page);
    await listen();
    // Tab across the first step's empty fields.
    await page.locator('#field-company-name-input').focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    await settle();
    expect(await spoken()).toEqual([]);

    // Out of the fields first: a press on 下载 straight from a field just left is lost (seen before these checks too).
    await page.locator('h1').click();
    await settle();
    await page.getByRole('button', { name: '下载附件1（Word）' }).click();
    await page.getByRole('button', { name: '仍然下载（未填的项留空，有误的项照所填内容）' }).waitFor();
    await settle(800);
    // The step's messages are on screen, and only the page's own notice speaks.
    expect(await page.locator('.field .error:not(:empty)').count()).toBeGreaterThan(5);
    const said = await spoken();
    expect(said.filter((s) => s.where === 'field' || /^[^：]+：请填写/.test(s.text))).toEqual([]);
    expect(said.length).toBeLessThanOrEqual(2);
  });
});

describe('a table cell’s message', () => {
  it('is neither an alert nor said at all while Tab crosses a new empty row; said once after a wrong entry', async () => {
    await page.goto(`${site.server.url}/platform/`);
    await loadExample(page);
    await openTab(page, '附件4-2');
    // The example's first save changes the save state's words once ("已自动保存在本浏览器"): heard
    // then, not as a cell's message, so the listening starts after it.
    await waitUntil(async () => (await page.locator('.save-state').textContent()) === '已自动保存在本浏览器', '示例未保存');
    await listen();
    const add = page.getByRole('button', { name: '添加一行' });
    await add.focus();
    await page.keyboard.press('Enter');
    // The new row's first cell takes focus; Tab on across its cells.
    await waitUntil(() => page.evaluate(() => !!document.activeElement?.closest('td')), '新行未获得焦点');
    const row = await page.evaluate(() => document.activeElement!.closest('tr')!.getAttribute('data-row'));
    // The table's own status says the row was added (what the button did): that is not a cell's message.
    await settle();
    expect((await spoken()).map((s) => s.text)).toEqual([`已添加第${Number(row) + 1}行。`]);
    for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
    await settle();
    expect(await page.locator(`tr[data-row="${row}"] .error`).count()).toBeGreaterThan(3);
    expect(await page.locator('table [role="alert"]').count()).toBe(0);
    expect(await spoken()).toEqual([]);

    const n = Number(row) + 1;
    await page.getByLabel(`联系人手机号码（第${n}行）`).focus();
    await page.keyboard.type('123');
    await page.keyboard.press('Tab');
    await settle();
    const said = await spoken();
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ politeness: 'polite', where: 'page' });
    expect(said[0]!.text.startsWith(`联系人手机号码（第${n}行）：`)).toBe(true);
  });
});
