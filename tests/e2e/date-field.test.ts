/**
 * The enterprise page opens on a step with a date (填报时间). The first date input a page makes costs
 * Chromium its date machinery (warm-date-input.ts); so the field is a text field taking `年-月-日` until
 * the browser has been idle once, and then a date input in the very same box (DateControl.tsx). Nothing
 * typed is lost in the change, and a field being typed into changes only when it is left.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshPage, useSite } from '../helpers/site.ts';

const site = useSite();
const FIELD = '#field-company-filledOn';
const INPUT = `${FIELD}-input`;

/** Run before the page's scripts: its idle callbacks wait until the test calls __releaseIdle(). */
function holdIdle(): void {
  const w = window as unknown as Record<string, unknown>;
  const held = new Map<number, () => void>();
  let next = 1;
  w.requestIdleCallback = (callback: (deadline: IdleDeadline) => void) => {
    const id = next++;
    held.set(id, () => callback({ didTimeout: false, timeRemaining: () => 50 }));
    return id;
  };
  w.cancelIdleCallback = (id: number) => void held.delete(id);
  w.__releaseIdle = () => {
    const due = [...held.values()];
    held.clear();
    for (const run of due) run();
  };
  // The warm-up's hidden date input, put straight into <body>: the sign that the machinery is warm.
  w.__warmed = false;
  new MutationObserver((records) => {
    if (records.some((r) => r.target === document.body && [...r.addedNodes].some((n) => n instanceof HTMLInputElement && n.type === 'date'))) w.__warmed = true;
  }).observe(document, { childList: true, subtree: true });
}

async function openHeld(): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await freshPage(site.browser);
  await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await page.addInitScript(holdIdle);
  await page.goto(`${site.server.url}/enterprise/`);
  await page.locator(`${INPUT}:not([disabled])`).waitFor({ timeout: 15_000 });
  return { page, close: () => context.close() };
}

const typeOf = (page: Page) => page.locator(INPUT).evaluate((e) => (e as HTMLInputElement).type);
const release = (page: Page) => page.evaluate(() => (window as unknown as { __releaseIdle: () => void }).__releaseIdle());
const warmed = (page: Page) => page.waitForFunction(() => (window as unknown as { __warmed: boolean }).__warmed);
/** Fills the field and leaves it with Tab, as a person does. */
async function enter(page: Page, text: string): Promise<void> {
  await page.locator(INPUT).fill(text);
  await page.keyboard.press('Tab');
}
/** Waits until the field is a date input holding `value`. */
async function expectDate(page: Page, value: string): Promise<void> {
  await expect.poll(() => typeOf(page)).toBe('date');
  expect(await page.locator(INPUT).inputValue()).toBe(value);
}

describe('the date field of a first step', () => {
  it('is a text field when the form first takes input, and a date input in the same box once the browser is idle', async () => {
    const { page, close } = await openHeld();
    expect(await typeOf(page)).toBe('text');
    expect(await page.locator(INPUT).getAttribute('placeholder')).toBe('年-月-日');
    const box = () => page.locator(INPUT).evaluate((e) => JSON.stringify(e.getBoundingClientRect()));
    // The field after it too: nothing below moves.
    const below = () => page.locator('[data-path]').last().evaluate((e) => e.getBoundingClientRect().top);
    const [before, belowBefore] = [await box(), await below()];
    await release(page);
    await expect.poll(() => typeOf(page)).toBe('date');
    expect(await box()).toBe(before);
    expect(await below()).toBe(belowBefore);
    await close();
  });

  it('keeps a date typed before the change: it becomes the date input’s value', async () => {
    const { page, close } = await openHeld();
    await enter(page, '2024-05-01');
    await release(page);
    await expectDate(page, '2024-05-01');
    await close();
  });

  it('keeps a value the date input would drop in a text field, with its message, until it is corrected', async () => {
    const { page, close } = await openHeld();
    await enter(page, '2024/2/30');
    await release(page);
    await warmed(page);
    await expect.poll(() => page.locator(`${FIELD} .error`).textContent(), { timeout: 15_000 }).toContain('年-月-日');
    expect(await typeOf(page)).toBe('text');
    expect(await page.locator(INPUT).inputValue()).toBe('2024/2/30');
    await enter(page, '2024-05-01');
    await expectDate(page, '2024-05-01');
    await close();
  });

  it.each(['2024/5/1', '2024年5月1日', '２０２４．５．１'])('reads %s, as people write dates, as the date it is when the field is left', async (typed) => {
    const { page, close } = await openHeld();
    await enter(page, typed);
    await release(page);
    await expectDate(page, '2024-05-01');
    await close();
  });

  it('says a date with a part cleared is no date, not that the field is empty, and forgets it once corrected', async () => {
    const { page, close } = await openHeld();
    await enter(page, '2024-05-01');
    await release(page);
    await expectDate(page, '2024-05-01');
    // Backspace clears the part the caret is in, whichever order this browser shows them in: the
    // input then holds no date (validity.badInput) and reports an empty value.
    await page.locator(INPUT).focus();
    await page.keyboard.press('Backspace');
    expect(await page.locator(INPUT).evaluate((e) => (e as HTMLInputElement).validity.badInput)).toBe(true);
    await page.locator('#field-company-name-input').focus();
    await expect.poll(() => page.locator(`${FIELD} .error`).textContent()).toBe('这个日期不完整或不存在（例如2月30日），请补全或改正。');
    expect(await page.locator(INPUT).getAttribute('aria-invalid')).toBe('true');
    await page.locator(INPUT).fill('2024-06-01');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator(`${FIELD} .error`).textContent()).toBe('');
    await close();
  });

  it('stays a text field while someone types in it, and changes when they leave it', async () => {
    const { page, close } = await openHeld();
    await page.locator(INPUT).click();
    await page.keyboard.type('2024-05-0');
    await release(page);
    await warmed(page);
    // A frame for the field to have re-rendered, had it wanted to.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    expect(await typeOf(page)).toBe('text');
    await page.keyboard.type('1');
    expect(await page.locator(INPUT).inputValue()).toBe('2024-05-01');
    await page.keyboard.press('Tab');
    await expectDate(page, '2024-05-01');
    await close();
  });
});
