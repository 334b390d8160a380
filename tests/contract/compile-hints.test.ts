/**
 * Every browser chunk opens with V8's compile hint (src/integrations/compile-hints.ts), checked on
 * `dist/` as `npm test` builds it: a chunk without it is compiled function by function on the main
 * thread as it first runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, withCompileHint } from '../../src/integrations/compile-hints.ts';

const ASSETS = join('dist', '_astro');

describe('the compile hint', () => {
  it('is the first line of every chunk the site serves', () => {
    if (!existsSync(ASSETS)) throw new Error(`没有找到 ${ASSETS}：请先运行 npm run build（npm test 会先构建）。`);
    const chunks = readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(10);
    const without = chunks.filter((f) => readFileSync(join(ASSETS, f), 'utf8').split('\n', 1)[0] !== COMPILE_HINT);
    expect(without).toEqual([]);
  });

  it.each([
    ['code', 'import{a}from"./x.js";a();'],
    ['code already hinted', `${COMPILE_HINT}\nexport const x=1;`],
    ['nothing', ''],
  ])('is put once atop %s', (_what, code) => {
    const once = withCompileHint(code);
    expect(once.split('\n', 1)[0]).toBe(COMPILE_HINT);
    expect(withCompileHint(once)).toBe(once);
    expect(once.endsWith(code.replace(`${COMPILE_HINT}\n`, ''))).toBe(true);
  });
});
