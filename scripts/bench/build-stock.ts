/**
 * Bundles the stock JSON Forms page with Vite's JS API (minified, production React), the way a
 * project starting from JSON Forms' docs would ship it, and writes the answers it loads beside it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { stockAjvOptions, stockAnnexes } from './stock-inputs.ts';

const VIRTUAL = 'virtual:stock-annexes';

/** The schemas as a module: computed here by the repository's code, so the page bundles no project code. */
function annexesModule(annexIds: readonly string[]): Plugin {
  return {
    name: 'stock-annexes',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
    load: (id) => (id === `\0${VIRTUAL}` ? `export default ${JSON.stringify({ annexes: stockAnnexes(annexIds), ajv: stockAjvOptions() })};` : undefined),
  };
}

export async function buildStock(outDir: string, annexIds: readonly string[], data: Record<string, unknown>): Promise<void> {
  await build({
    configFile: false,
    root: resolve('scripts/bench/stock'),
    base: './',
    logLevel: 'warn',
    mode: 'production',
    plugins: [react(), annexesModule(annexIds)],
    // One chunk of about 0.5 MB is what this page is; Vite's warning about it says nothing new.
    build: { outDir, emptyOutDir: true, minify: true, reportCompressedSize: false, chunkSizeWarningLimit: 4096 },
  });
  await mkdir(join(outDir, 'data'), { recursive: true });
  for (const [name, value] of Object.entries(data)) await writeFile(join(outDir, 'data', `${name}.json`), JSON.stringify(value));
}
