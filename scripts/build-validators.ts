/**
 * Precompiles every validator the site uses (see src/core/validate/targets.ts)
 * into src/core/validate/generated/ (one module per group), so the browser never compiles
 * a schema: no `new Function`, no 'unsafe-eval' in the Content-Security-Policy.
 * `npm run build` runs this first; the file is committed so that a clean clone
 * typechecks and tests, and tests/contract/validators.test.ts fails while it is stale.
 *
 *   npx tsx scripts/build-validators.ts          write the files (only if changed)
 *   npx tsx scripts/build-validators.ts --check  exit 1 if they are stale
 */
import { readFile, writeFile } from 'node:fs/promises';
import { readdir, rm } from 'node:fs/promises';
import { GENERATED_DIR, generatedFiles } from '../src/core/validate/standalone.ts';

const check = process.argv.includes('--check');
const wanted = generatedFiles();
// A file no group writes any more (a renamed group) would linger and mislead: remove it.
const expected = new Set(wanted.map(([f]) => f));
for (const name of await readdir(GENERATED_DIR)) {
  const file = `${GENERATED_DIR}/${name}`;
  if (expected.has(file)) continue;
  if (check) {
    console.error(`多余：${file}（请运行 npm run validators）`);
    process.exitCode = 1;
  } else await rm(file);
}
let stale = 0;
for (const [file, text] of wanted) {
  const current = await readFile(file, 'utf8').catch(() => null);
  if (current === text) continue;
  stale++;
  if (check) console.error(`已过期：${file}（请运行 npm run validators）`);
  else {
    await writeFile(file, text);
    console.log(`已生成：${file}（${Buffer.byteLength(text)} 字节）`);
  }
}
if (check && (stale || process.exitCode)) process.exit(1);
if (!stale) console.log('预编译校验器已是最新。');
