/**
 * The annex validators arrive after the form accepts input (use-validators.ts). Held back here
 * at the network: the form takes input without them, messages reach their field when they come,
 * a download waits for them, and JSON Forms' late report of the re-validated old answers never
 * undoes an example loaded in between.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshPage, useSite } from '../helpers/site.ts';

const site = useSite();
const VALIDATORS = /\/_astro\/validators-enterprise\.[\w-]+\.js$/;

/**
 * Holds the enterprise validators until `release()`; `requested` says whether the page asked yet.
 * The page's service worker is blocked: it would precache the file and serve it past the route.
 */
const openPage = () => freshPage(site.browser, { serviceWorkers: 'block' });

async function holdValidators(page: Page) {
  let held: Route | null = null;
  let requested = false;
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route(VALIDATORS, async (route) => {
    requested = true;
    held = route;
    await released;
    await route.continue();
  });
  return { release, requested: () => requested, held: () => held !== null };
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const errorOf = (page: Page, path: string) => page.locator(`[data-path="${path}"] .error`);

describe('the annex validators, loaded after the form', () => {
  it('are not needed to type: messages reach their field once they arrive', async () => {
    const { context, page } = await openPage();
    const hold = await holdValidators(page);
    await page.goto(`${site.server.url}/enterprise/`);
    const code = field(page, '统一社会信用代码');
    await code.fill('91510100MA6CXY3R1X');
    await code.blur();
    await expect.poll(() => page.getByTestId('annex-status').textContent()).toBe('正在载入检查规则…');
    expect(await errorOf(page, 'company.creditCode').textContent()).toBe('');
    await expect.poll(hold.requested).toBe(true);
    hold.release();
    await expect.poll(() => errorOf(page, 'company.creditCode').textContent()).toBe('最后一位校验码应为“W”，现为“X”，请核对营业执照。');
    expect(await code.getAttribute('aria-describedby')).toContain('field-company-creditCode-error');
    await context.close();
  });

  it('hold a download back until they arrive, then check and refuse an incomplete annex', async () => {
    const { context, page } = await openPage();
    const hold = await holdValidators(page);
    await page.goto(`${site.server.url}/enterprise/`);
    await field(page, '企业名称').fill('只填了名称的企业');
    await page.getByRole('button', { name: '下载附件1（Word）' }).click();
    await page.waitForTimeout(300);
    expect(await page.locator('.notice').count()).toBe(0);
    hold.release();
    await expect.poll(() => page.locator('.notice').textContent()).toMatch(/^附件1还有 \d+ 处需要填写或修改，已在表单中标出。$/);
    await context.close();
  });

  it("never let JSON Forms' late report of the old answers undo an example loaded in between", async () => {
    const { context, page } = await openPage();
    // JSON Forms reports changes through a 10 ms debounce. Once armed, such timers wait for the test,
    // which fires them at the worst moment: the example rendered by the page, not yet taken by JSON Forms.
    await page.addInitScript(() => {
      const queued: (() => void)[] = [];
      const original = window.setTimeout;
      const w = window as unknown as { __armShortTimers?: boolean };
      window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
        if (w.__armShortTimers && typeof ms === 'number' && ms > 0 && ms <= 10 && typeof fn === 'function') {
          queued.push(() => (fn as (...a: unknown[]) => void)(...rest));
          return 0;
        }
        return original(fn, ms, ...rest);
      }) as typeof window.setTimeout;
      (window as unknown as { __flushShortTimers: () => void }).__flushShortTimers = () => queued.splice(0).forEach((f) => f());
    });
    const hold = await holdValidators(page);
    await page.goto(`${site.server.url}/enterprise/`);
    await expect.poll(hold.requested).toBe(true);
    await page.evaluate(() => ((window as unknown as { __armShortTimers: boolean }).__armShortTimers = true));
    hold.release();
    // The re-validated empty answers are now waiting to be reported.
    await expect.poll(() => page.getByTestId('annex-status').textContent()).toMatch(/^还有 \d+ 处需要填写或修改。$/);
    await page.evaluate(() => {
      const progress = document.querySelector('[data-testid="overall-progress"]')!;
      const observer = new MutationObserver(() => {
        observer.disconnect();
        (window as unknown as { __flushShortTimers: () => void }).__flushShortTimers();
      });
      observer.observe(progress, { childList: true, subtree: true, characterData: true });
    });
    await page.getByRole('button', { name: '载入示例' }).click();
    await expect.poll(() => page.getByTestId('overall-progress').textContent()).not.toBe('已填写 0%');
    await page.waitForTimeout(500);
    await page.evaluate(() => (window as unknown as { __flushShortTimers: () => void }).__flushShortTimers());
    await page.waitForTimeout(500);
    expect(await field(page, '企业名称').inputValue()).toBe('四川蜀芯精密传动科技有限公司');
    expect(await page.getByTestId('overall-progress').textContent()).not.toBe('已填写 0%');
    await context.close();
  });
});
