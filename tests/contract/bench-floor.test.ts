/**
 * `npm run bench` reports, beside each form page's mount, the first paint of the same page served with
 * every script removed: the floor under the mount on the machine that runs it. That figure means
 * something only if the page keeps all it shows (text, styles, the render-blocking hint) and loses all
 * its code, so that is held here on the built pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutScripts } from '../../scripts/bench/mount.ts';

function page(path: string): string {
  const file = join('dist', path, 'index.html');
  if (!existsSync(file)) throw new Error(`没有找到 ${file}：请先运行 npm run build（npm test 会先构建）。`);
  return readFileSync(file, 'utf8');
}

/** The text a reader sees: tags, scripts and styles taken out. */
const visibleText = (html: string) =>
  html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe.each(['/enterprise/', '/platform/'])('%s without its scripts', (path) => {
  const html = page(path);
  const bare = withoutScripts(html);

  it('had scripts and module preloads to remove', () => {
    expect(html).toMatch(/<script\b/);
    expect(html).toMatch(/rel="modulepreload"/);
  });

  it('keeps no script, inline or loaded, and no module preload', () => {
    expect(bare).not.toMatch(/<script\b/i);
    expect(bare).not.toMatch(/modulepreload/i);
  });

  it('keeps every word the page shows, its styles and its render-blocking hint', () => {
    expect(visibleText(bare)).toBe(visibleText(html));
    expect([...bare.matchAll(/<style\b[^>]*>[\s\S]*?<\/style>/g)].map((m) => m[0])).toEqual([...html.matchAll(/<style\b[^>]*>[\s\S]*?<\/style>/g)].map((m) => m[0]));
    expect(bare).toContain('<link rel="expect" href="#page-end" blocking="render">');
    expect(bare).toContain('<astro-island');
  });
});
