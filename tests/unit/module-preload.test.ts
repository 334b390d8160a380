/** The pages name every module their islands import statically (src/integrations/module-preload.ts). */
import { describe, expect, it } from 'vitest';
import { dependencyOrder, staticClosure, staticImports, withModulePreloads } from '../../src/integrations/module-preload.ts';

const MODULES: Record<string, string> = {
  '/b/_astro/Island.js': 'import{a as b}from"./shared.js";import"./side.js";export{c}from"./re.js";const l=()=>import("./lazy.js");',
  '/b/_astro/shared.js': 'import{x}from"./runtime.js";export const a=1;',
  '/b/_astro/side.js': 'import"./shared.js";',
  '/b/_astro/re.js': 'export const c=2;',
  '/b/_astro/runtime.js': 'export const x=0;',
  '/b/_astro/client.js': 'import{r}from"./runtime.js";',
  '/b/_astro/lazy.js': 'import"./never.js";',
};
const read = (url: string) => {
  const code = MODULES[url];
  if (code === undefined) throw new Error(`not found: ${url}`);
  return code;
};

describe('module preloads', () => {
  it('finds static imports and re-exports, not dynamic ones', () => {
    expect(staticImports(MODULES['/b/_astro/Island.js']!)).toEqual(['./shared.js', './side.js', './re.js']);
  });

  it('follows them to the end, each module once', () => {
    expect(staticClosure(['/b/_astro/Island.js', '/b/_astro/client.js'], read)).toEqual([
      '/b/_astro/Island.js',
      '/b/_astro/shared.js',
      '/b/_astro/runtime.js',
      '/b/_astro/side.js',
      '/b/_astro/re.js',
      '/b/_astro/client.js',
    ]);
  });

  it('orders the same modules so that each comes after everything it imports', () => {
    const order = dependencyOrder(['/b/_astro/Island.js', '/b/_astro/client.js'], read);
    expect(order).toEqual(['/b/_astro/runtime.js', '/b/_astro/shared.js', '/b/_astro/side.js', '/b/_astro/re.js', '/b/_astro/Island.js', '/b/_astro/client.js']);
    expect([...order].sort()).toEqual([...staticClosure(['/b/_astro/Island.js', '/b/_astro/client.js'], read)].sort());
    for (const [i, url] of order.entries()) {
      const dir = url.slice(0, url.lastIndexOf('/') + 1);
      for (const rel of staticImports(read(url))) expect(order.indexOf(dir + rel.slice(2)), `${url} → ${rel}`).toBeLessThan(i);
    }
  });

  it('lists each module once however it is reached, and ends where an import cycle closes', () => {
    const cyclic: Record<string, string> = { '/_astro/a.js': 'import"./b.js";', '/_astro/b.js': 'import"./a.js";import"./c.js";', '/_astro/c.js': '' };
    expect(dependencyOrder(['/_astro/a.js', '/_astro/c.js'], (u) => cyclic[u]!)).toEqual(['/_astro/c.js', '/_astro/b.js', '/_astro/a.js']);
  });

  it('adds one link per module to a page with an island, and leaves other pages alone', () => {
    const page = '<html><head><title>t</title></head><body><astro-island uid="1" component-url="/b/_astro/Island.js" renderer-url="/b/_astro/client.js"></astro-island></body></html>';
    const out = withModulePreloads(page, read);
    expect(out.match(/<link rel="modulepreload" href="([^"]+)">/g)).toHaveLength(6);
    expect([...out.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1])).toEqual(dependencyOrder(['/b/_astro/Island.js', '/b/_astro/client.js'], read));
    expect(out).not.toContain('lazy.js');
    expect(out.indexOf('modulepreload')).toBeLessThan(out.indexOf('</head>'));
    expect(withModulePreloads(out, read)).toBe(out);
    // A page whose inline script merely names such links still gets them.
    const naming = page.replace('</body>', '<script>document.querySelectorAll(\'link[rel="modulepreload"]\')</script></body>');
    expect(withModulePreloads(naming, read).match(/<link rel="modulepreload"/g)).toHaveLength(6);
    const plain = '<html><head></head><body><p>说明</p></body></html>';
    expect(withModulePreloads(plain, read)).toBe(plain);
  });
});
