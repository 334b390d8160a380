/** The HTML pages of the built site, for tests that check every page `npm test` has just built. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = 'dist';

/** Every .html file under `dir`, as a path starting with `dir`. */
export function builtPages(dir = DIST): string[] {
  if (!existsSync(dir)) throw new Error(`没有找到 ${dir}：请先运行 npm run build（npm test 会先构建）。`);
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return builtPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}
