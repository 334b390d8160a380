/**
 * The 市（州） desk's own inputs wait for the saved collection: chosen before it was read, a 市（州）
 * was replaced by what the read brought back, and never saved. The page is drawn with them
 * disabled (as it is before its code runs), and they open once the collection is in.
 */
import { describe, expect, it } from 'vitest';
import { freshPage, useSite } from '../helpers/site.ts';

const site = useSite();

describe('the desk before its collection is read', () => {
  it('shows its inputs disabled until the page has read the collection, then keeps what is chosen', async () => {
    const { context, page } = await freshPage(site.browser);
    try {
      // No code at all: the page as drawn before its code runs and reads the collection.
      await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
      await page.goto(`${site.server.url}/city/`);
      expect(await page.locator('#desk-city').isDisabled()).toBe(true);
      expect(await page.locator('#desk-department').isDisabled()).toBe(true);

      await page.unroute(/\/_astro\/.*\.js$/);
      await page.goto(`${site.server.url}/city/`);
      await expect.poll(() => page.locator('#desk-city').isEnabled()).toBe(true);
      await page.locator('#desk-city').selectOption('成都市');
      await expect.poll(() => new URL(page.url()).searchParams.get('d')).toBeTruthy();
      await page.reload();
      await expect.poll(() => page.locator('#desk-city').inputValue()).toBe('成都市');
    } finally {
      await context.close();
    }
  });
});
