/**
 * After the build, each page that hydrates an island gets a `<link rel="modulepreload">` for every
 * module the island imports statically. Astro names only the island's own file and its renderer,
 * so the browser otherwise discovers the rest one level at a time, each level a round trip plus a
 * parse: three levels on the form pages, about 300 ms at 4× CPU before the form could take input.
 * Must run before the service worker integration, which fingerprints the pages.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The `./x.js` modules a built module imports statically (`import … from`, `export … from`, bare `import`), not `import()`. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["'](\.\/[^"']+\.js)["']/g)) found.add(m[1]!);
  return [...found];
}

/** One walk of the static imports from the entries: each module once, as first reached and as finished. */
function walkImports(entries: readonly string[], read: (url: string) => string): { reached: string[]; finished: string[] } {
  const reached: string[] = [];
  const finished: string[] = [];
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    reached.push(url);
    const dir = url.slice(0, url.lastIndexOf('/') + 1);
    for (const rel of staticImports(read(url))) visit(dir + rel.slice(2));
    finished.push(url);
  };
  entries.forEach(visit);
  return { reached, finished };
}

/** Every module the entries need before they run, entries first, each once; `read` gives a module's code by URL. */
export const staticClosure = (entries: readonly string[], read: (url: string) => string): string[] => walkImports(entries, read).reached;

/**
 * The same modules, each after every module it imports (a cycle is broken where it closes). The page
 * lists its preloads in this order so that `client:apart` can evaluate them one by one, each finding
 * its imports already done (hydrate-apart-directive.ts).
 */
export const dependencyOrder = (entries: readonly string[], read: (url: string) => string): string[] => walkImports(entries, read).finished;

/** The page with preload links for its islands' modules, or unchanged when it has no island. */
export function withModulePreloads(html: string, read: (url: string) => string): string {
  const entries = [...html.matchAll(/<astro-island\b[^>]*?\b(?:component-url|renderer-url)="([^"]+)"[^>]*>/g)].flatMap((m) =>
    [...m[0].matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)].map((a) => a[1]!),
  );
  // Links already written: the page was done before. (Not merely the words: client:apart's inline code names them.)
  if (!entries.length || html.includes('<link rel="modulepreload"')) return html;
  const links = dependencyOrder([...new Set(entries)], read)
    .map((url) => `<link rel="modulepreload" href="${url}">`)
    .join('');
  return html.replace('</head>', `${links}</head>`);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

export default function modulePreload(): AstroIntegration {
  let base = '/';
  return {
    name: 'zjtx-module-preload',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const cache = new Map<string, string>();
        const { readFileSync } = await import('node:fs');
        const read = (url: string) => {
          if (!url.startsWith(base)) throw new Error(`模块地址不在站点之下：${url}`);
          let code = cache.get(url);
          if (code === undefined) cache.set(url, (code = readFileSync(join(out, url.slice(base.length)), 'utf8')));
          return code;
        };
        let pages = 0;
        for (const file of await htmlFiles(out)) {
          const html = await readFile(file, 'utf8');
          const next = withModulePreloads(html, read);
          if (next !== html) {
            await writeFile(file, next);
            pages++;
          }
        }
        logger.info(`modulepreload: ${pages} page(s)`);
      },
    },
  };
}
