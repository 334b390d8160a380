/**
 * Every page's first paint waits for its end to be parsed (src/layouts/Base.astro): the page is then
 * laid out once, not its first half and then all of it again. Checked on `dist/` as `npm test` builds it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../helpers/built-pages.ts';

describe.each(builtPages().map((p) => [p.slice(DIST.length)] as const))('%s', (page) => {
  const html = readFileSync(join(DIST, page), 'utf8');

  it('holds its first paint until the element at its end is parsed, and has that element after its content', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    const link = /<link rel="expect" href="#([\w-]+)" blocking="render">/.exec(head);
    expect(link, 'no <link rel="expect" … blocking="render"> in <head>').not.toBeNull();
    const target = html.indexOf(`id="${link![1]}"`);
    expect(target).toBeGreaterThan(html.indexOf('</main>'));
  });
});
