/**
 * The browser's first date input is costly (warm-date-input.ts). Every page makes one only once its
 * form takes input and the browser is idle (date-warmup.ts): before, it would push the form back,
 * even on the enterprise page, whose first step has a date.
 */
import { describe, expect, it } from 'vitest';
import { freshPage, useSite } from '../helpers/site.ts';

const site = useSite();

describe.each(['/enterprise/', '/platform/'])('%s', (path) => {
  it('warms the date input after its form takes input', async () => {
    const { context, page } = await freshPage(site.browser);
    await page.addInitScript(() => {
      const w = window as unknown as { __seen: string[] };
      w.__seen = [];
      new MutationObserver((records) => {
        // The warm-up's input is put straight into <body> and taken out again at once.
        const warm = records.some((r) => r.target === document.body && [...r.addedNodes].some((n) => n instanceof HTMLInputElement && n.type === 'date'));
        if (warm && !w.__seen.includes('warm')) w.__seen.push('warm');
        if (!w.__seen.includes('form') && document.querySelector('[data-path] :is(input, select, textarea):not([disabled])')) w.__seen.push('form');
      }).observe(document, { childList: true, subtree: true, attributes: true });
    });
    await page.goto(`${site.server.url}${path}`);
    const seen = () => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    await expect.poll(async () => (await seen()).length, { timeout: 15_000 }).toBe(2);
    expect(await seen()).toEqual(['form', 'warm']);
    await context.close();
  });
});
