/**
 * A tab closed right after a change: JSON Forms tells the page about a change only after an effect
 * and a 10 ms debounce, so the page's own copy may be one change behind. What the form holds is
 * saved then (src/components/form-latest.ts). Here the debounced report is held back for good.
 */
import { describe, expect, it } from 'vitest';
import { freshPage, useSite } from '../helpers/site.ts';

const site = useSite();

describe('a tab closed before the form has reported its last change', () => {
  it('still keeps that change in the draft', async () => {
    const { context, page } = await freshPage(site.browser);
    await page.addInitScript(() => {
      const original = window.setTimeout;
      const w = window as unknown as { __holdShortTimers?: boolean };
      window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) =>
        w.__holdShortTimers && typeof ms === 'number' && ms > 0 && ms <= 10 ? 0 : original(fn, ms, ...rest)) as typeof window.setTimeout;
    });
    await page.goto(`${site.server.url}/enterprise/`);
    const name = page.getByLabel('企业名称', { exact: true });
    await expect.poll(() => name.isEnabled()).toBe(true);
    await page.evaluate(() => ((window as unknown as { __holdShortTimers: boolean }).__holdShortTimers = true));
    await name.fill('关页前最后填写的企业');
    // The form shows it; the page has not heard of it (its report never comes).
    await page.waitForTimeout(300);
    expect(await page.getByTestId('dossier-name').textContent()).not.toContain('关页前最后填写的企业');
    await page.close({ runBeforeUnload: true });
    const again = await context.newPage();
    await again.goto(`${site.server.url}/enterprise/`);
    await expect.poll(() => again.getByLabel('企业名称', { exact: true }).inputValue()).toBe('关页前最后填写的企业');
    await context.close();
  });
});
