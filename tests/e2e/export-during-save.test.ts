/**
 * Marking a dossier exported while an autosave is still being written must not write the older
 * answers back (src/components/use-dossier.ts builds every write on the record as last written, not
 * as last rendered). The page's IndexedDB writes are slowed here to hold that window open.
 */
import { describe, expect, it } from 'vitest';
import { freshPage, useSite } from '../helpers/site.ts';

const site = useSite();

describe('exporting while a save is being written', () => {
  it('keeps the change the save carries', async () => {
    const { context, page } = await freshPage(site.browser, { acceptDownloads: true });
    await page.addInitScript(() => {
      const w = window as unknown as { __slowWrites?: boolean };
      const own = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'oncomplete')!;
      Object.defineProperty(IDBTransaction.prototype, 'oncomplete', {
        get() {
          return own.get!.call(this);
        },
        set(fn: ((e: Event) => void) | null) {
          const slow = fn && w.__slowWrites ? (e: Event) => setTimeout(() => fn.call(this, e), 600) : fn;
          own.set!.call(this, slow);
        },
      });
    });
    await page.goto(`${site.server.url}/city/`);
    await expect.poll(() => page.getByRole('button', { name: '选择文件' }).isEnabled()).toBe(true);
    await page.locator('input[type=file]').setInputFiles(['public/examples/enterprise.json']);
    await expect.poll(() => page.getByTestId('review-row').count()).toBe(1);
    await page.waitForTimeout(600);
    await page.evaluate(() => ((window as unknown as { __slowWrites: boolean }).__slowWrites = true));
    const district = page.getByLabel('企业所在区（县）');
    await district.fill('高新区');
    await district.blur();
    // The autosave has been issued and is being written (slowly) when the export is marked.
    await page.waitForTimeout(400);
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出汇总文件' }).click()]);
    await page.evaluate(() => ((window as unknown as { __slowWrites: boolean }).__slowWrites = false));
    await page.waitForTimeout(1500);
    await page.reload();
    await expect.poll(() => page.getByTestId('review-row').count()).toBe(1);
    await expect.poll(() => page.getByLabel('企业所在区（县）').inputValue()).toBe('高新区');
    await context.close();
  });
});
