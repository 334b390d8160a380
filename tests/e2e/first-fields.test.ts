/**
 * A section of the form renders its first four parts in one task and the rest in the next
 * (GroupLayout, use-first-then-all.ts): the first fields take input sooner. Every part is there
 * a moment later. Counted where the page sees its own changes: each MutationObserver callback
 * follows the task that made the changes, so one task rendering everything is one count.
 */
import { describe, expect, it } from 'vitest';
import { freshPage, useSite } from '../helpers/site.ts';

const site = useSite();

describe('a section with more than four parts', () => {
  it('shows its first four fields first and every field a task later (附件1 step 1, eight fields)', async () => {
    const { context, page } = await freshPage(site.browser);
    await page.addInitScript(() => {
      const w = window as unknown as { __fieldCounts: number[] };
      w.__fieldCounts = [];
      new MutationObserver(() => {
        const n = document.querySelectorAll('.form-section [data-path]').length;
        if (n && n !== w.__fieldCounts.at(-1)) w.__fieldCounts.push(n);
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${site.server.url}/enterprise/`);
    await expect.poll(() => page.locator('.form-section [data-path]').count()).toBe(8);
    const counts = await page.evaluate(() => (window as unknown as { __fieldCounts: number[] }).__fieldCounts);
    expect(counts[0]).toBe(4);
    expect(counts.at(-1)).toBe(8);
    await context.close();
  });
});
