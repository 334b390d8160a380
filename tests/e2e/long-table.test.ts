/**
 * A table past 40 rows renders the rows near its view (src/components/renderers/use-row-window.ts):
 * these tests hold the promises that makes. Every row is reachable by scrolling and by Tab, the row
 * being typed in stays put however far the box scrolls, the box keeps its length, assistive
 * technology hears the whole count, and printing draws every row.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformWithStaff } from '../../scripts/bench/fixtures.ts';
import { PAUSE_MS } from '../../src/components/form-latest.ts';
import { freshPage, useSite } from '../helpers/site.ts';
import { openTab } from '../helpers/steps.ts';

const site = useSite();
const ROWS = 200;
/** Row 150 has no name, and row 180 a negative 从业年限: 检查与下载 lists them. */
const MISSING = 150;
const WRONG = 180;
let answerFile = '';

beforeAll(async () => {
  const file = platformWithStaff(ROWS);
  const staff = file.data.staff as Record<string, unknown>[];
  delete staff[MISSING - 1]!.name;
  staff[WRONG - 1]!.years = -3;
  answerFile = join(await mkdtemp(join(tmpdir(), 'zjtx-long-')), 'platform-200.json');
  await writeFile(answerFile, JSON.stringify(file));
});

let closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(closers.map((c) => c()));
  closers = [];
});

async function openStaff(height = 900): Promise<Page> {
  const { context, page } = await freshPage(site.browser, { viewport: { width: 1280, height } });
  closers.push(() => context.close());
  page.on('dialog', (d) => void d.accept());
  await page.goto(`${site.server.url}/platform/`);
  // The file input works once the form has started (its buttons are enabled then).
  await expect.poll(() => page.getByRole('button', { name: '载入示例' }).isEnabled()).toBe(true);
  await page.locator('input[type=file][aria-label="选择答案文件"]').setInputFiles(answerFile);
  // As a person would: the table is opened once the page says the file is in.
  await page.getByText('已导入答案文件“platform-200.json”。').waitFor();
  // Through openTab, which clicks once more if the first click is lost while the import re-renders.
  await openTab(page, '附件4-3');
  try {
    await page.getByText(`共 ${ROWS} 行`, { exact: true }).waitFor({ timeout: 15_000 });
  } catch (error) {
    // Say what the page showed instead: which annex was open and what its table held.
    const open = await page.locator('nav.annex-tabs [aria-current=page]').allTextContents();
    const counts = await page.locator('.table-count').allTextContents();
    throw new Error(`附件4-3 没有显示 ${ROWS} 行：打开的是 ${open.join('、') || '（无）'}，表格计数 ${counts.join('、') || '（无）'}`, { cause: error });
  }
  return page;
}

const rendered = (page: Page) => page.locator('table.data-table tbody tr[data-row]').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.row)));
const box = (page: Page) => page.locator('.data-table-scroll');
/** Is the cell inside its table's box and the window? */
const inSight = (cell: Locator) =>
  cell.evaluate((e) => {
    const r = e.getBoundingClientRect();
    const b = e.closest('.data-table-scroll')!.getBoundingClientRect();
    return r.top >= Math.max(0, b.top) && r.bottom <= Math.min(innerHeight, b.bottom);
  });

describe('a table of 200 rows', () => {
  it('renders the rows near its view, and every row once scrolled to, in a box that keeps its length', async () => {
    const page = await openStaff();
    const first = await rendered(page);
    expect(first[0]).toBe(0);
    expect(first.length).toBeGreaterThan(15);
    expect(first.length).toBeLessThan(60);
    // The whole count is announced, and each row says where it stands.
    const table = page.getByRole('table', { name: /服务人员情况一览表/ });
    expect(await table.getAttribute('aria-rowcount')).toBe(String(ROWS + 1));
    expect(await page.getByLabel('姓名（第1行）').locator('xpath=ancestor::tr').getAttribute('aria-rowindex')).toBe('2');

    // Rows are whole pixels tall: each row's sticky number cell (its own layer) then sits on the pixel
    // grid, and every one keeps its bottom border (at 36.6 px, every other row lost it).
    const heights = await page.locator('table.data-table tbody tr[data-row]').evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
    expect(heights.filter((h) => !Number.isInteger(h))).toEqual([]);

    const length = await box(page).evaluate((b) => b.scrollHeight);
    await box(page).evaluate((b) => (b.scrollTop = b.scrollHeight));
    const last = page.getByLabel(`姓名（第${ROWS}行）`, { exact: true });
    await last.waitFor();
    expect(await last.inputValue()).toMatch(new RegExp(`${ROWS}$`));
    const after = await rendered(page);
    expect(after).not.toContain(0);
    expect(after.length).toBeLessThan(60);
    expect(await last.locator('xpath=ancestor::tr').getAttribute('aria-rowindex')).toBe(String(ROWS + 1));
    // The spacers stand in for the rows left out: the box's length barely moves as the window does.
    const lengthAfter = await box(page).evaluate((b) => b.scrollHeight);
    expect(Math.abs(lengthAfter - length) / length).toBeLessThan(0.05);

    // Scrolled back to the middle, the middle rows come back with their answers.
    await box(page).evaluate((b) => (b.scrollTop = b.scrollHeight / 2));
    await expect.poll(async () => (await rendered(page)).some((i) => i > 80 && i < 120)).toBe(true);
  });

  it('walks on under Tab: the row after the last rendered one is there when focus reaches it', async () => {
    const page = await openStaff();
    const opening = await rendered(page);
    const edge = opening.at(-1)! + 1;
    // Focused without scrolling, as on a machine too slow to have scrolled yet: the focus alone moves the window.
    await page.getByRole('button', { name: `删除第${edge}行`, exact: true }).evaluate((b) => (b as HTMLElement).focus({ preventScroll: true }));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`姓名（第${edge + 1}行）`);
    // Ten rows on by Tab alone (a row has a dozen or so stops: its date picker has several), focus never leaves the table.
    const target = `姓名（第${edge + 11}行）`;
    let where = '';
    for (let i = 0; i < 400 && where !== target; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => ({ label: document.activeElement?.getAttribute('aria-label') ?? '', inTable: !!document.activeElement?.closest('table.data-table tbody') }));
      expect(at.inTable, `第${i + 1}次 Tab 离开了表格`).toBe(true);
      where = at.label;
    }
    expect(where).toBe(target);
  });

  it('keeps the row being typed in, and its text, while the box scrolls far from it', async () => {
    const page = await openStaff();
    const cell = page.getByLabel('主管工作（第5行）', { exact: true });
    await cell.fill('');
    await cell.pressSequentially('滚动时仍在', { delay: 10 });
    await box(page).evaluate((b) => (b.scrollTop = b.scrollHeight));
    await page.getByLabel(`姓名（第${ROWS}行）`, { exact: true }).waitFor();
    // Still in the page, still focused, with what was typed: the caret was never pulled from under the typist.
    expect(await cell.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await cell.inputValue()).toBe('滚动时仍在');
    expect(await rendered(page)).toContain(4);
    await page.waitForTimeout(PAUSE_MS + 200);
    // Once focus leaves, the text is the form's: it comes back from the data when scrolled to again.
    await page.getByLabel(`姓名（第${ROWS}行）`, { exact: true }).focus();
    await box(page).evaluate((b) => (b.scrollTop = 0));
    await expect.poll(() => page.getByLabel('主管工作（第5行）', { exact: true }).inputValue()).toBe('滚动时仍在');
  });

  it('hands the text of each cell to the form as focus moves along a row, and shows a number as it was understood', async () => {
    const page = await openStaff();
    const cell = (title: string) => page.getByLabel(`${title}（第3行）`, { exact: true });
    // Each cell holds its own text while it is typed (TableCell.tsx); leaving it hands the text over.
    await cell('姓名').fill('');
    await cell('姓名').pressSequentially('逐格交出', { delay: 10 });
    await cell('服务中小企业从业年限（年）').focus();
    await cell('服务中小企业从业年限（年）').fill('');
    // Full-width digits and the column's own unit, as a Chinese input method types them.
    await cell('服务中小企业从业年限（年）').pressSequentially('１２年', { delay: 10 });
    // Shown as typed while focused, then as the form took it.
    expect(await cell('服务中小企业从业年限（年）').inputValue()).toBe('１２年');
    await cell('主管工作').focus();
    await expect.poll(() => cell('服务中小企业从业年限（年）').inputValue()).toBe('12');
    await cell('主管工作').fill('');
    await cell('主管工作').pressSequentially('最后一格', { delay: 10 });
    await page.keyboard.press('Tab');
    // All three are in the saved draft: a reload shows them, read back from the browser's store.
    await page.waitForTimeout(PAUSE_MS + 1000);
    await page.reload();
    // Through openTab, which clicks once more if the first click is lost while the import re-renders.
  await openTab(page, '附件4-3');
    await expect.poll(() => cell('姓名').inputValue()).toBe('逐格交出');
    expect(await cell('服务中小企业从业年限（年）').inputValue()).toBe('12');
    expect(await cell('主管工作').inputValue()).toBe('最后一格');
  });

  it('says a month cell with a part cleared is no month, not that it is empty', async () => {
    const page = await openStaff();
    const born = page.getByLabel('出生年月（第3行）', { exact: true });
    expect(await born.evaluate((e) => (e as HTMLInputElement).type)).toBe('month');
    await born.focus();
    // Backspace clears the part the caret is in: the picker then holds no month and reports ''.
    await page.keyboard.press('Backspace');
    expect(await born.evaluate((e) => (e as HTMLInputElement).validity.badInput)).toBe(true);
    await page.getByLabel('姓名（第3行）', { exact: true }).focus();
    await expect.poll(() => born.getAttribute('aria-invalid')).toBe('true');
    const error = page.locator(`[id="${await born.getAttribute('aria-describedby')}"]`);
    expect(await error.textContent()).toBe('这个年月不完整，请补全或改正。');
    await born.fill('1985-06');
    await page.getByLabel('姓名（第3行）', { exact: true }).focus();
    await expect.poll(() => born.getAttribute('aria-invalid')).toBe(null);
  });

  it('prints every row', async () => {
    const page = await openStaff();
    await page.emulateMedia({ media: 'print' });
    await expect.poll(async () => (await rendered(page)).length).toBe(ROWS);
    expect(await page.locator('table.data-table .table-spacer').count()).toBe(0);
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(async () => (await rendered(page)).length).toBeLessThan(60);
  });

  it('adds a row at the end and focuses it, from the top of the table', async () => {
    const page = await openStaff();
    await page.getByRole('button', { name: '添加一行', exact: true }).click();
    await page.getByText(`共 ${ROWS + 1} 行`, { exact: true }).waitFor();
    const added = page.getByLabel(`姓名（第${ROWS + 1}行）`, { exact: true });
    await expect.poll(() => added.evaluate((e) => e === document.activeElement)).toBe(true);
  });

  it('takes 检查与下载 to a cell in a row it had not rendered, and puts the cursor there', async () => {
    const page = await openStaff();
    expect(await rendered(page)).not.toContain(MISSING - 1);
    await page.getByRole('button', { name: '检查与下载', exact: true }).click();
    const entry = page.getByRole('region', { name: /附件4-3/ }).getByRole('button', { name: `姓名（第${MISSING}行）`, exact: true });
    await entry.click();
    const cell = page.getByLabel(`姓名（第${MISSING}行）`, { exact: true });
    await expect.poll(() => cell.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await cell.getAttribute('aria-invalid')).toBe('true');
    // And in sight: inside the table's box and the window, once the rows around it have settled.
    await expect.poll(() => inSight(cell), { timeout: 3000 }).toBe(true);
    await page.waitForTimeout(500);
    expect(await inSight(cell)).toBe(true);
  });

  it('takes 检查与下载 to a cell near the end of the table, in sight', async () => {
    const page = await openStaff();
    await page.getByRole('button', { name: '检查与下载', exact: true }).click();
    const label = `服务中小企业从业年限（年）（第${WRONG}行）`;
    await page.getByRole('region', { name: /附件4-3/ }).getByRole('button', { name: label, exact: true }).click();
    const cell = page.getByLabel(label, { exact: true });
    await expect.poll(() => cell.evaluate((e) => e === document.activeElement)).toBe(true);
    await expect.poll(() => inSight(cell), { timeout: 3000 }).toBe(true);
  });

  it('fills a tall screen: the opening rows are fitted to the box, not left as a guess', async () => {
    const page = await openStaff(1800);
    await box(page).scrollIntoViewIfNeeded();
    // The rows and spacers the box shows (it is wholly on screen): more rows than the opening guess, and no blank.
    const inView = () =>
      box(page).evaluate((b) => {
        const { top, bottom } = b.getBoundingClientRect();
        return [...b.querySelectorAll<HTMLElement>('tbody tr')].filter((r) => r.getBoundingClientRect().top < bottom && r.getBoundingClientRect().bottom > top).map((r) => r.dataset.row ?? 'spacer');
      });
    await expect.poll(async () => (await inView()).includes('spacer')).toBe(false);
    expect((await inView()).length).toBeGreaterThan(30);
  });

  it('still shows the error of a cell left empty after its row was scrolled out of the page and back', async () => {
    const page = await openStaff();
    const name = page.getByLabel('姓名（第5行）', { exact: true });
    await name.fill('');
    await name.blur();
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    await box(page).evaluate((b) => (b.scrollTop = b.scrollHeight));
    await expect.poll(async () => (await rendered(page)).includes(4)).toBe(false);
    await box(page).evaluate((b) => (b.scrollTop = 0));
    await expect.poll(async () => (await rendered(page)).includes(4)).toBe(true);
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#field-staff-4-name-input-error').textContent()).toBe('请填写姓名。');
  });
});
