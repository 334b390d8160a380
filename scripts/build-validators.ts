/**
 * Precompiles every validator the site uses (see src/core/validate/targets.ts)
 * into src/core/validate/generated/validators.js, so the browser never compiles
 * a schema: no `new Function`, no 'unsafe-eval' in the Content-Security-Policy.
 * `npm run build` runs this first; the file is committed so that a clean clone
 * typechecks and tests, and tests/contract/validators.test.ts fails while it is stale.
 *
 *   npx tsx scripts/build-validators.ts          write the files (only if changed)
 *   npx tsx scripts/build-validators.ts --check  exit 1 if they are stale
 */
import { readFile, writeFile } from 'node:fs/promises';
import { GENERATED_DTS, GENERATED_JS, VALIDATORS_DTS, validatorsModule } from '../src/core/validate/standalone.ts';

const check = process.argv.includes('--check');
const wanted: [string, string][] = [
  [GENERATED_JS, validatorsModule()],
  [GENERATED_DTS, VALIDATORS_DTS],
];
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
if (check && stale) process.exit(1);
if (!stale) console.log('预编译校验器已是最新。');
