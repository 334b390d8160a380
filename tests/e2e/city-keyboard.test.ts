/**
 * The 市（州） desk by keyboard alone, in real headless Chromium: a row moved or removed, or a
 * duplicate's question answered, leaves focus on what took its place and says what happened;
 * focus never falls back to the page's <body>, where a keyboard or screen-reader user loses their place.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshPage, useSite } from '../helpers/site.ts';

const site = useSite();
let renamed = '';

beforeAll(async () => {
  // The example enterprise under another name: the same applicant, other answers.
  const file = JSON.parse(await readFile('public/examples/enterprise.json', 'utf8'));
  file.data.company.name = '另一家公司';
  renamed = join(await mkdtemp(join(tmpdir(), 'zjtx-desk-keys-')), '改名.json');
  await writeFile(renamed, JSON.stringify(file));
});

/** The accessible name of the element holding focus ('' for <body>). */
const focused = (page: Page) => page.evaluate(() => (document.activeElement === document.body ? '' : (document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '')));

async function deskWithThree(): Promise<Page> {
  const { page } = await freshPage(site.browser);
  await page.goto(`${site.server.url}/city/`);
  await expect.poll(() => page.getByRole('button', { name: '选择文件' }).isEnabled()).toBe(true);
  await page.locator('input[type=file]').setInputFiles(['public/examples/enterprise.json', 'public/examples/platform.json', 'public/examples/platform-general.json']);
  await expect.poll(() => page.getByTestId('review-row').count()).toBe(3);
  return page;
}

describe('the desk’s review table by keyboard', () => {
  it('keeps focus on a row as it moves, and on its other button where it can move no further', async () => {
    const page = await deskWithThree();
    const first = (await page.getByTestId('review-row').first().locator('th').textContent())!;
    const name = first.replace(/\s.*$/, '').replace(/enterprise\.json.*$/, '');
    await page.getByRole('button', { name: `下移${name}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe(`下移${name}`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: `已将“${name}”移到第2位。` }).count()).toBe(1);
    await page.keyboard.press('Enter');
    // Now last: its 下移 is disabled, and focus is on its 上移.
    await expect.poll(() => focused(page)).toBe(`上移${name}`);
    expect(await page.getByTestId('review-row').last().textContent()).toContain(name);
  });

  it('puts focus on the row that takes a removed one’s place, and on the one above after the last', async () => {
    const page = await deskWithThree();
    const names = await page.getByTestId('review-row').evaluateAll((rows) => rows.map((r) => r.querySelector('button[aria-label^="移除"]')!.getAttribute('aria-label')!));
    await page.getByRole('button', { name: names[0]! }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('review-row').count()).toBe(2);
    await expect.poll(() => focused(page)).toBe(names[1]);
    await page.getByRole('button', { name: names[2]! }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('review-row').count()).toBe(1);
    await expect.poll(() => focused(page)).toBe(names[1]);
  });

  it('puts focus on the lines saying which file was kept once a duplicate’s question is answered', async () => {
    const page = await deskWithThree();
    await page.locator('input[type=file]').setInputFiles([renamed]);
    await page.getByRole('button', { name: '保留原有的' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.conflict').count()).toBe(0);
    await expect.poll(() => focused(page)).toBe('文件处理结果');
  });
});
