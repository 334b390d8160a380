/**
 * Bundles the stock JSON Forms page with Vite's JS API (minified, production React), the way a
 * project starting from JSON Forms' docs would ship it, and writes the answers it loads beside it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { stockAjvOptions, stockForms } from './stock-inputs.ts';

const VIRTUAL = 'virtual:stock-forms';

/** The schemas as a module: computed here by the repository's code, so the page bundles no project code. */
function formsModule(stepIds: readonly string[]): Plugin {
  return {
    name: 'stock-forms',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
    load: (id) => (id === `\0${VIRTUAL}` ? `export default ${JSON.stringify({ ...stockForms(stepIds), ajv: stockAjvOptions() })};` : undefined),
  };
}

/** `stepIds`: the forms the page can show (`?step=`); `data`: answer sets written to data/<name>.json. */
export async function buildStock(outDir: string, stepIds: readonly string[], data: Record<string, unknown>): Promise<void> {
  await build({
    configFile: false,
    root: resolve('scripts/bench/stock'),
    base: './',
    logLevel: 'warn',
    mode: 'production',
    plugins: [formsModule(stepIds)],
    // Vite's own JSX transform, with React's automatic runtime (the site itself runs on Preact).
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    // One chunk of about 0.5 MB is what this page is; Vite's warning about it says nothing new.
    build: { outDir, emptyOutDir: true, minify: true, reportCompressedSize: false, chunkSizeWarningLimit: 4096 },
  });
  await mkdir(join(outDir, 'data'), { recursive: true });
  for (const [name, value] of Object.entries(data)) await writeFile(join(outDir, 'data', `${name}.json`), JSON.stringify(value));
}
