/**
 * Driving a page with the keyboard alone: Tab until the element wanted has focus, judged by its
 * accessible name (label, aria-label, aria-labelledby, or its text), and whether focus is visible.
 */
import type { Page } from 'playwright-core';

/** What the focused element is called and what it is, read in the page (plain JavaScript: see axe.ts). */
const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const text = (n) => (n?.textContent ?? '').replace(/\\s+/g, ' ').trim();
  const byRef = (el.getAttribute('aria-labelledby') ?? '').split(/\\s+/).filter(Boolean).map((id) => text(document.getElementById(id))).join(' ');
  const byLabel = el.labels ? [...el.labels].map(text).join(' ') : '';
  const name = (el.getAttribute('aria-label') ?? '').trim() || byRef || byLabel || text(el);
  const style = getComputedStyle(el);
  return {
    name,
    tag: el.tagName.toLowerCase(),
    id: el.id,
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    shadow: style.boxShadow !== 'none',
  };
})()`;

export interface Focused {
  name: string;
  tag: string;
  id: string;
  /** A visible outline is drawn around it. */
  outline: boolean;
  /** A box shadow is drawn around it. */
  shadow: boolean;
}

export const focused = (page: Page): Promise<Focused | null> => page.evaluate(FOCUSED);

/**
 * Presses Tab (or Shift+Tab with `back`) until the focused element's name matches, at most `max`
 * times; fails naming the last elements passed when it is never reached.
 */
export async function tabTo(page: Page, wanted: string | RegExp, { max = 200, back = false }: { max?: number; back?: boolean } = {}): Promise<Focused> {
  const matches = (name: string) => (typeof wanted === 'string' ? name === wanted : wanted.test(name));
  const passed: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (now && matches(now.name)) return now;
    passed.push(now ? `${now.tag}“${now.name.slice(0, 30)}”` : '（无焦点）');
  }
  throw new Error(`按 ${max} 次 ${back ? 'Shift+Tab' : 'Tab'} 未到达“${wanted}”。最后经过：${passed.slice(-8).join('，')}`);
}
