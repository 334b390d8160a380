/**
 * A Vite plugin for the browser bundle: JSON Forms imports seven lodash/fp functions, and with them
 * lodash/fp's whole currying layer (about 20 KB gzip, a fifth of what a form page may load before
 * its first input). `lodash/fp/<name>` resolves to our own (src/core/util/fp-lite.ts), which a unit
 * test holds to lodash/fp's results. Any other lodash/fp function fails the build, by name.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const LITE = fileURLToPath(new URL('../core/util/fp-lite.ts', import.meta.url));
/** `lodash/merge`, which JSON Forms calls on plain configuration objects only (merge-lite.ts). */
const MERGE = fileURLToPath(new URL('../core/util/merge-lite.ts', import.meta.url));
const NAMES = new Set(['set', 'unset', 'filter', 'map', 'flow', 'keys', 'startCase']);
const PREFIX = '\0zjtx-fp:';

export default function lightLodash(): Plugin {
  return {
    name: 'zjtx-light-lodash',
    enforce: 'pre',
    apply: 'build',
    resolveId(id, _importer, options) {
      if (options?.ssr) return null;
      if (/^lodash\/merge(?:\.js)?$/.test(id)) return MERGE;
      const m = /^lodash\/fp\/(\w+)(?:\.js)?$/.exec(id);
      if (!m) return null;
      if (!NAMES.has(m[1]!)) this.error(`lodash/fp/${m[1]} 没有轻量替身：请在 src/core/util/fp-lite.ts 中补上并加入测试。`);
      return `${PREFIX}${m[1]}`;
    },
    load(id) {
      return id.startsWith(PREFIX) ? `export { ${id.slice(PREFIX.length)} as default } from ${JSON.stringify(LITE)};` : null;
    },
  };
}
