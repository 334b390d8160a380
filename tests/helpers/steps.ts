/**
 * Walking an applicant page the way a person does: the annex tabs (附件…, then 检查与下载) and,
 * inside each annex, its steps. Shared by the accessibility, layout and screenshot runs.
 */
import type { Locator, Page } from 'playwright-core';

export const REVIEW_TAB = '检查与下载';

const annexNav = (page: Page) => page.getByRole('navigation', { name: '附件' });
const stepNav = (page: Page) => page.getByRole('navigation', { name: '填写步骤' });

/** Polls until `check` holds, or throws `message` after `timeout` ms. */
export async function waitUntil(check: () => Promise<boolean>, message: string, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check().catch(() => false))) {
    if (Date.now() > end) throw new Error(`等待超时：${message}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The island is ready once its buttons are enabled (the stored dossier has been read). */
export const waitForEditor = (page: Page) =>
  waitUntil(() => annexNav(page).getByRole('button').first().isEnabled(), '表单未就绪（附件按钮仍不可用）');

/** Loads the shipped example (the confirm dialog is accepted by whoever listens for dialogs). */
export async function loadExample(page: Page): Promise<void> {
  await waitForEditor(page);
  await page.getByRole('button', { name: '载入示例' }).click();
  await waitUntil(async () => (await page.getByRole('status').filter({ hasText: '已载入示例' }).count()) > 0, '示例未载入');
}

/** The names of the annex tabs, 检查与下载 last. */
export async function annexTabs(page: Page): Promise<string[]> {
  return (await annexNav(page).getByRole('button').allTextContents()).map((t) => t.trim());
}

/**
 * Clicks an annex tab and waits until its annex (or 检查与下载) is open. Once, in a full CI run on a
 * loaded 2-core machine, a click on a tab changed nothing for 20 s and could not be reproduced
 * since (nor under load). So a tab that has not opened after 10 s is clicked once more, and what the
 * page showed then is printed: a tab that never opens still fails, and a lost click leaves a trace.
 */
export async function openTab(page: Page, name: string): Promise<void> {
  const tab = annexNav(page).getByRole('button', { name, exact: true });
  const done = () =>
    name === REVIEW_TAB
      ? page.locator('#review-title').count().then((n) => n > 0)
      : page.locator('.annex-title').textContent().then((t) => (t ?? '').startsWith(`${name} `));
  await tab.click();
  try {
    await waitUntil(done, `未能打开“${name}”`, 10_000);
    return;
  } catch {
    const state = await page.evaluate(() => ({
      title: document.querySelector('.annex-title')?.textContent,
      tabs: Array.from(document.querySelectorAll('.annex-tabs button'), (b) => `${b.textContent}${b.hasAttribute('disabled') ? '(disabled)' : ''}${b.getAttribute('aria-current') ? '(current)' : ''}`),
      notices: Array.from(document.querySelectorAll('.notice'), (n) => n.textContent),
    }));
    console.warn(`点击“${name}”后 10 秒仍未打开，再点一次。当时页面：${JSON.stringify(state)}`);
  }
  await tab.click();
  await waitUntil(done, `未能打开“${name}”（点了两次）`, 20_000);
}

/** How many steps the open annex has (1 when it shows no step list). */
export const stepCount = async (page: Page): Promise<number> => Math.max(1, await stepNav(page).getByRole('button').count());

/** Opens the open annex's step at `index` (0-based) and waits until it is the current one. */
export async function openStep(page: Page, index: number): Promise<string> {
  const buttons = stepNav(page).getByRole('button');
  if ((await buttons.count()) === 0) return '';
  const button = buttons.nth(index);
  const label = ((await button.locator('.step-label').textContent()) ?? '').trim();
  await button.click();
  await waitUntil(() => button.getAttribute('aria-current').then((v) => v === 'step'), `未能打开步骤“${label}”`);
  // JSON Forms renders the step a frame later.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return label;
}

export interface StepVisit {
  tab: string;
  step: number;
  /** `附件2 · 1. 一、企业基本情况`, or the tab alone for 检查与下载. */
  label: string;
}

/** Visits every step of every annex tab, then 检查与下载, calling `visit` on each. */
export async function forEachStep(page: Page, visit: (v: StepVisit) => Promise<void>, options: { review?: boolean } = {}): Promise<void> {
  const tabs = await annexTabs(page);
  for (const tab of tabs) {
    if (tab === REVIEW_TAB) continue;
    await openTab(page, tab);
    const count = await stepCount(page);
    for (let i = 0; i < count; i++) {
      const label = await openStep(page, i);
      await visit({ tab, step: i, label: `${tab} · ${label || '（唯一步骤）'}` });
    }
  }
  if (options.review !== false) {
    await openTab(page, REVIEW_TAB);
    await visit({ tab: REVIEW_TAB, step: 0, label: REVIEW_TAB });
  }
}

/** The enterprise example's 附件2 open in the preview dialog, drawn; opened with `open` (a click, or Enter on the button). */
export async function previewAnnex2(page: Page, siteUrl: string, open: (button: Locator) => Promise<void> = (b) => b.click()) {
  await page.goto(`${siteUrl}/enterprise/`);
  await loadExample(page);
  await openTab(page, '附件2');
  const opener = page.getByRole('button', { name: '预览附件2' });
  await open(opener);
  const dialog = page.getByRole('dialog', { name: /预览：附件2/ });
  await waitUntil(async () => ((await dialog.getByRole('status').textContent()) ?? '').includes('.docx'), '预览未生成', 30_000);
  return { opener, dialog };
}
