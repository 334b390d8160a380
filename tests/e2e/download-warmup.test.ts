/**
 * The first download gets ready before the click (use-download-warmup.ts): once the dossier has
 * content and the page is quiet, the page fetches the generator and every template, so the click
 * itself only renders. An empty dossier fetches nothing, typing holds it off, and pointing at a
 * download button starts it at once. Requests are watched at the network, with the service worker
 * blocked: it would fetch the same files for its own cache.
 */
import { readFile } from 'node:fs/promises';
import PizZip from 'pizzip';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { freshPage, useSite } from '../helpers/site.ts';

const site = useSite();
const TEMPLATE = /\/_astro\/(annex[\w-]+)\.[\w-]+\.docx$/;
let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function open(): Promise<{ page: Page; templates: string[] }> {
  const fresh = await freshPage(site.browser, { serviceWorkers: 'block' });
  context = fresh.context;
  const templates: string[] = [];
  fresh.page.on('request', (r) => {
    const m = TEMPLATE.exec(new URL(r.url()).pathname);
    if (m) templates.push(m[1]!);
  });
  await fresh.page.goto(`${site.server.url}/enterprise/`);
  await expect.poll(() => fresh.page.getByRole('button', { name: '载入示例' }).isEnabled()).toBe(true);
  return { page: fresh.page, templates };
}

/** Well past the two seconds of quiet the page waits for, and its idle moments. */
const PAST_THE_PAUSE = 5000;

describe('the first download, got ready ahead', () => {
  it('fetches nothing for an empty dossier', async () => {
    const { page, templates } = await open();
    await page.waitForTimeout(PAST_THE_PAUSE);
    expect(templates).toEqual([]);
  });

  it('fetches every template in a pause once there is content, and the download then fetches none', async () => {
    const { page, templates } = await open();
    await page.getByRole('button', { name: '载入示例' }).click();
    await expect.poll(() => page.getByLabel('企业名称', { exact: true }).inputValue()).toBe('四川蜀芯精密传动科技有限公司');
    await expect.poll(() => [...templates].sort(), { timeout: 30_000 }).toEqual(['annex1', 'annex2', 'annex3']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '全部下载（zip）' }).click()]);
    const zip = new PizZip(await readFile((await download.path())!));
    expect(Object.keys(zip.files).filter((n) => n.endsWith('.docx'))).toHaveLength(3);
    // Each template was fetched once: the click used what the pause had made ready.
    expect(templates).toHaveLength(3);
  });

  it('waits while someone types, and starts at once when a download button is pointed at', async () => {
    const { page, templates } = await open();
    const name = page.getByLabel('企业名称', { exact: true });
    await name.click();
    // A key every quarter second: never two quiet seconds in a row, even on a busy machine, so only pointing can start it.
    const typeFor = async (keys: number, until = () => false) => {
      for (let i = 0; i < keys && !until(); i++) {
        await name.press(i % 2 ? 'Backspace' : 'x');
        await page.waitForTimeout(250);
      }
    };
    await typeFor(20);
    expect(templates).toEqual([]);
    await page.getByRole('button', { name: '全部下载（zip）' }).hover();
    await typeFor(80, () => templates.length === 3);
    expect([...templates].sort()).toEqual(['annex1', 'annex2', 'annex3']);
  });
});
