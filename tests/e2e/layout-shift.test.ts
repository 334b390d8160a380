/**
 * Nothing on a page jumps when its island arrives: the dossier's name in the bar above the form, the
 * list of dossiers, the desk. Layout shift as the browser reports it (entries without recent input),
 * on a phone-sized screen where wrapping makes it likeliest, in a browser with no dossier yet.
 */
import { describe, expect, it } from 'vitest';
import { freshPage, useSite } from '../helpers/site.ts';

const site = useSite();

// Whatever arrives once the page is usable: the form's first field, the desk's picker, the list.
const READY: Record<string, string> = {
  '/enterprise/': '[data-path] input:not([disabled])',
  '/platform/': '[data-path] input:not([disabled])',
  '/city/': '.download-bar button:not([disabled])',
  '/dossiers/': '.dossier-list, .empty-desk',
};

// The form pages hold every place before its content arrives (the tabs' 已填写 percentage, the
// self-check's count, each step's count): nothing of them moves, on a phone or on a desktop screen.
// The desk says it is empty from the first paint (it used to wait for the rules, and its buttons then
// moved down by 0.009). The list still shifts a little, on a phone.
const CASES: [path: string, width: number, height: number, limit: number][] = [
  ['/enterprise/', 412, 823, 0.01],
  ['/enterprise/', 1280, 900, 0.01],
  ['/platform/', 412, 823, 0.01],
  ['/platform/', 1280, 900, 0.01],
  ['/city/', 412, 823, 0.001],
  ['/dossiers/', 412, 823, 0.03],
];

describe.each(CASES)('%s at %i×%i', (path, width, height, limit) => {
  it(`shifts its layout by less than ${limit} while it loads`, async () => {
    const { context, page } = await freshPage(site.browser, { viewport: { width, height } });
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: { value: number; sources: string[] } };
      w.__shift = { value: 0, sources: [] };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
          if (e.hadRecentInput) continue;
          w.__shift.value += e.value;
          for (const s of e.sources ?? []) w.__shift.sources.push((s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '?');
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.server.url}${path}`);
    await page.locator(READY[path]!).first().waitFor();
    // The validators and the summaries follow the form; give them time to land too.
    await page.waitForTimeout(1500);
    const shift = await page.evaluate(() => (window as unknown as { __shift: { value: number; sources: string[] } }).__shift);
    expect(shift.value, shift.sources.join('\n')).toBeLessThan(limit);
    await context.close();
  });
});
