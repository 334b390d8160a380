/**
 * The generation figures alone, for working on them: `npx tsx scripts/bench/generation-only.ts`
 * after `npm run build` (BENCH_RUNS clicks each, default 5). `npm run bench` prints them with the rest.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveDist } from '../../tests/helpers/static-server.ts';
import { writeFixtures } from './fixtures.ts';
import { annex7, enterpriseZip, PAUSE_BEFORE_CLICK_MS } from './generation.ts';
import { median } from './stats.ts';

(globalThis as { __name?: unknown }).__name ??= (fn: unknown) => fn;
const runs = Number(process.env.BENCH_RUNS ?? 5);
const server = await serveDist(process.env.PROFILE_DIR ?? 'dist');
const browser = await launchBrowser();
try {
  const fixtures = await writeFixtures(await mkdtemp(join(tmpdir(), 'zjtx-gen-')));
  const show = (label: string, t: number[]) =>
    console.log(`${label}: median ${median(t).toFixed(0)} ms, worst ${Math.max(...t).toFixed(0)} ms (${t.map((x) => x.toFixed(0)).join(', ')})`);
  show(`full enterprise zip, after ${PAUSE_BEFORE_CLICK_MS} ms`, await enterpriseZip(browser, server.url, runs, PAUSE_BEFORE_CLICK_MS));
  show('full enterprise zip, at once', await enterpriseZip(browser, server.url, runs));
  show('附件7, 500 enterprises', await annex7(browser, server.url, fixtures.desk500, 500, runs));
} finally {
  await browser.close();
  await server.close();
}
