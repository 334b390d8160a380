/**
 * A read-only form (the dossier another tab edits) shows answers without letting them be changed:
 * focus passing through an empty required answer there does not mark it "请填写", since whoever reads
 * it can do nothing about it. The editing tab marks the same answer. Fields are covered in
 * dossiers.test.ts; this covers a table's cells.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { platformWithStaff } from '../../scripts/bench/fixtures.ts';
import { freshPage, useSite } from '../helpers/site.ts';
import { openTab } from '../helpers/steps.ts';

const site = useSite();
let answerFile = '';
let context: BrowserContext | undefined;

beforeAll(async () => {
  const file = platformWithStaff(3);
  delete (file.data.staff as Record<string, unknown>[])[1]!.name;
  answerFile = join(await mkdtemp(join(tmpdir(), 'zjtx-ro-')), 'platform-3.json');
  await writeFile(answerFile, JSON.stringify(file));
});

afterAll(async () => {
  await context?.close();
});

describe('a table in a read-only tab', () => {
  it('does not mark an empty required cell that focus passes through; the editing tab does', async () => {
    const fresh = await freshPage(site.browser, { viewport: { width: 1280, height: 900 } });
    context = fresh.context;
    const { page } = fresh;
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${site.server.url}/platform/`);
    await expect.poll(() => page.getByRole('button', { name: '载入示例' }).isEnabled()).toBe(true);
    await page.locator('input[type=file][aria-label="选择答案文件"]').setInputFiles(answerFile);
    await page.getByText('已导入答案文件“platform-3.json”。').waitFor();
    await openTab(page, '附件4-3');
    await page.getByText('共 3 行', { exact: true }).waitFor();
    // Saved with 附件4-3 open, so the second tab opens there too.
    await expect.poll(() => new URL(page.url()).searchParams.get('d')).toBeTruthy();
    await page.waitForTimeout(1200);

    const second = await context.newPage();
    await second.goto(page.url());
    const name = (p: typeof page) => p.getByLabel('姓名（第2行）', { exact: true });
    await expect.poll(() => name(second).count()).toBe(1);
    await expect.poll(() => name(second).isEditable()).toBe(false);
    // The rules have arrived: the empty cell has an error to show.
    await expect.poll(() => second.getByTestId('annex-status').textContent()).toContain('还有');
    const cellText = (p: typeof page) => name(p).locator('xpath=ancestor::td').textContent();
    await name(second).focus();
    await second.keyboard.press('Tab');
    await second.waitForTimeout(500);
    expect(await cellText(second)).not.toContain('请填写');

    await name(page).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => cellText(page)).toContain('请填写');
  });
});
