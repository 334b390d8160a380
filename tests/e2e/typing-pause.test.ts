/**
 * Text being typed stays with its field until typing pauses (src/components/form-latest.ts): taking
 * it re-renders and re-validates the whole step, which a keystroke must not wait for. Whatever reads
 * or replaces the answers first takes the waiting text, so none of it is lost or lands elsewhere.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAUSE_MS } from '../../src/components/form-latest.ts';
import { freshPage, useSite } from '../helpers/site.ts';

const site = useSite();

async function openEmpty(): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await freshPage(site.browser);
  await page.goto(`${site.server.url}/enterprise/`);
  // The counts of what is missing need the annex's validators, which arrive after the form.
  await expect.poll(() => page.getByTestId('annex-status').textContent(), { timeout: 20_000 }).toMatch(/还有 \d+ 处/);
  return { page, close: () => context.close() };
}

describe('text being typed', () => {
  it('reaches the form when typing pauses, not at each keystroke', async () => {
    const { page, close } = await openEmpty();
    // Times of every keystroke and of the first frame showing a change of the annex's count of missing fields.
    await page.evaluate(() => {
      const w = window as unknown as { __keys: number[]; __counted?: number };
      w.__keys = [];
      // Chinese text arrives as input events without keys, as from an input method.
      // When the page handles each one, as the pause is timed: an event's own timeStamp is when it was
      // made, which on a busy machine can be long before the page gets to it.
      addEventListener('input', () => w.__keys.push(performance.now()), true);
      const text = () => document.querySelector('[data-testid="annex-status"]')?.textContent;
      const first = text();
      // Checked every frame: the count is re-rendered, not necessarily in the same element.
      const watch = () => (text() !== first ? (w.__counted = performance.now()) : requestAnimationFrame(watch));
      requestAnimationFrame(watch);
    });
    const before = await page.getByTestId('annex-status').textContent();
    await page.getByLabel('企业名称', { exact: true }).pressSequentially('停顿后才交给表单', { delay: 20 });
    await expect.poll(() => page.getByTestId('annex-status').textContent()).not.toBe(before);
    // The watcher notes the change at the next frame, which on a loaded machine may come after the poll saw it.
    await page.waitForFunction(() => (window as unknown as { __counted?: number }).__counted !== undefined, null, { timeout: 10_000 });
    const { keys, counted } = await page.evaluate(() => {
      const w = window as unknown as { __keys: number[]; __counted: number };
      return { keys: w.__keys, counted: w.__counted };
    });
    expect(keys.length).toBe(Array.from('停顿后才交给表单').length);
    expect(counted).toEqual(expect.any(Number));
    // The count changes only once the page has seen no keystroke for PAUSE_MS: measured from the last
    // keystroke before the change. (On a loaded machine the keys themselves may arrive with such a
    // pause between them; then the text is rightly taken before the last key.) Taken at each keystroke,
    // it would change some tens of milliseconds after one.
    const lastBefore = Math.max(...keys.filter((t) => t < counted));
    expect(counted - lastBefore).toBeGreaterThanOrEqual(PAUSE_MS);
    await close();
  });

  it('is taken at once when the field is left', async () => {
    const { page, close } = await openEmpty();
    const status = page.getByTestId('annex-status');
    const before = await status.textContent();
    // The page's clock stands still unless moved: the pause could only end by moving it PAUSE_MS.
    await page.clock.install();
    await page.getByLabel('企业名称', { exact: true }).pressSequentially('离开即交', { delay: 20 });
    await page.keyboard.press('Tab');
    let after = before;
    for (let moved = 0; moved < PAUSE_MS / 2 && after === before; moved += 10) {
      await page.clock.runFor(10);
      after = await status.textContent();
    }
    expect(after).not.toBe(before);
    await close();
  });

  it('in a number field, is taken at once when the field is left', async () => {
    const { page, close } = await openEmpty();
    const steps = page.getByRole('navigation', { name: '填写步骤' });
    await steps.getByRole('button', { name: /相关指标/ }).click();
    const amount = page.locator('[data-path] input[inputmode="decimal"]').first();
    await amount.waitFor();
    await page.clock.install();
    await amount.pressSequentially('1,200', { delay: 20 });
    await page.keyboard.press('Tab');
    // What the form took is shown under the field: "按 1200… 记录", from the form's value, not the text.
    const understood = amount.locator('xpath=ancestor::*[@data-path][1]').locator('.counter');
    let shown = '';
    for (let moved = 0; moved < PAUSE_MS / 2 && !shown; moved += 10) {
      await page.clock.runFor(10);
      shown = (await understood.count()) ? ((await understood.textContent()) ?? '') : '';
    }
    expect(shown).toMatch(/^按 1200/);
    await close();
  });

  it('is not written into answers dropped onto the form while it waits', async () => {
    const { page, close } = await openEmpty();
    const name = page.getByLabel('企业名称', { exact: true });
    await name.pressSequentially('被替换的草稿', { delay: 20 });
    const answers = JSON.stringify({ format: 'zjtx-answers', formatVersion: 1, kind: 'enterprise', data: { company: { name: '拖放进来的企业' } } });
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], '答案文件.json', { type: 'application/json' }));
      return dt;
    }, answers);
    await page.locator('.editor').dispatchEvent('drop', { dataTransfer: transfer });
    await expect.poll(() => name.inputValue()).toBe('拖放进来的企业');
    // Well past the pause the typed text would have been handed over after.
    await page.waitForTimeout(PAUSE_MS * 3);
    expect(await name.inputValue()).toBe('拖放进来的企业');
    await close();
  });
});
