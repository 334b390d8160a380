/**
 * Where the keystrokes go, on each side: the same field of the same answers in the same form.
 * - The largest enterprise step with a text field (targets.ts), the example loaded.
 * - 附件4-3 with 200 staff rows: 主管工作 of row 100 (`staff.99.duty`), mid-table.
 * Setup runs at full speed; only the typing is throttled.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { COMPANY_NAME, openSession, waitForValue, type ReadyKind, type Session } from './browser-session.ts';
import { instrument, typeRun, type TypingRun } from './keystrokes.ts';
import { CPU_SLOWDOWN } from './mount.ts';
import { STAFF_STEP, stockInput, zjtxInput, type TextTarget } from './targets.ts';

export const STAFF_ROWS = 200;
/** The row typed into, 1-based. */
export const ROW = 100;

/** Opens the page and returns the field to type into; `ready` is the page's kind (its ready marker stops once met). */
export interface Scenario {
  ready: ReadyKind;
  open: (page: Page, session: Session) => Promise<Locator>;
}

async function openAnnex(page: Page, number: string) {
  await page.getByRole('navigation', { name: '附件' }).getByRole('button', { name: number, exact: true }).click();
  await page.locator('.annex-title', { hasText: number }).waitFor();
}

export const zjtxLargestStep = (siteUrl: string, target: TextTarget): Scenario => ({
  ready: 'form',
  async open(page, session) {
    await page.goto(`${siteUrl}/enterprise/`);
    await session.readyAt();
    await page.getByRole('button', { name: '载入示例' }).click();
    await waitForValue(page, COMPANY_NAME);
    await openAnnex(page, target.annexNumber);
    // Each step's button reads "3. 二、企业状况 20/20 项已填写"; the label alone picks it.
    await page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: target.stepLabel }).click();
    await waitForValue(page, zjtxInput(target.path));
    return page.locator(zjtxInput(target.path));
  },
});

export const stockLargestStep = (stockUrl: string, target: TextTarget): Scenario => ({
  ready: 'stock',
  async open(page) {
    await page.goto(`${stockUrl}/?step=${target.stepId}&data=enterprise`);
    await waitForValue(page, stockInput(target.path));
    return page.locator(stockInput(target.path));
  },
});

export const zjtxStaffTable = (siteUrl: string, answerFile: string): Scenario => ({
  ready: 'form',
  async open(page, session) {
    await page.goto(`${siteUrl}/platform/`);
    await session.readyAt();
    await page.locator('input[type=file][aria-label="选择答案文件"]').setInputFiles(answerFile);
    await openAnnex(page, '附件4-3');
    await page.getByText(`共 ${STAFF_ROWS} 行`, { exact: true }).waitFor();
    // A long table renders the rows near its view: scroll its box to row ROW, as a person would.
    await page.locator('.data-table-scroll').evaluate((box, row) => {
      const first = box.querySelector<HTMLElement>('tbody tr[data-row]');
      box.scrollTop = (first?.offsetHeight ?? 37) * (row - 1);
    }, ROW);
    const cell = page.getByLabel(`主管工作（第${ROW}行）`, { exact: true });
    await cell.waitFor();
    return cell;
  },
});

/** Vanilla's table cells have no ids: row 100, column 8 (主管工作, the 8th property of a staff row). */
export const stockStaffTable = (stockUrl: string): Scenario => ({
  ready: 'stock',
  async open(page) {
    await page.goto(`${stockUrl}/?step=${STAFF_STEP}&data=platform-${STAFF_ROWS}`);
    await page.locator(`table tbody tr:nth-child(${STAFF_ROWS}) input`).first().waitFor();
    return page.locator(`table tbody tr:nth-child(${ROW}) td:nth-child(8) input`);
  },
});

/** Opens the page once, checks the field holds `expected`, then types `runs` times into it at 4× CPU. */
export async function typingRuns(browser: Browser, scenario: Scenario, runs: number, expected: string): Promise<TypingRun[]> {
  const session = await openSession(browser, scenario.ready);
  try {
    const field = await scenario.open(session.page, session);
    const original = await field.inputValue();
    if (original !== expected) throw new Error(`找错了字段：内容为“${original}”，应为“${expected}”`);
    await instrument(session.page);
    await session.throttle(CPU_SLOWDOWN);
    const out: TypingRun[] = [];
    for (let i = 0; i < runs; i++) out.push(await typeRun(session.page, field, original));
    return out;
  } finally {
    await session.close();
  }
}
