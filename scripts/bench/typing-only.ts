/**
 * The two zjtx typing figures alone, for trying a change to the form without the whole
 * benchmark: `npm run bench:typing`.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveDist } from '../../tests/helpers/static-server.ts';
import { enterpriseExample, platformWithStaff, writeFixtures } from './fixtures.ts';
import { largestTextStep } from './targets.ts';
import { ROW, STAFF_ROWS, typingRuns, zjtxLargestStep, zjtxStaffTable } from './typing-scenarios.ts';

(globalThis as { __name?: unknown }).__name ??= (fn: unknown) => fn;
const server = await serveDist();
const browser = await launchBrowser();
try {
  const fixtures = await writeFixtures(await mkdtemp(join(tmpdir(), 'zjtx-typing-')));
  const target = largestTextStep(enterpriseExample());
  const runs = Number(process.env.BENCH_TYPING_RUNS) || 2;
  const step = await typingRuns(browser, zjtxLargestStep(server.url, target), runs, target.original);
  console.log(`largest step (${target.stepLabel}): p50 ${step.map((r) => r.p50).join(' / ')} ms, p98 ${step.map((r) => r.p98).join(' / ')} ms`);
  const duty = String((platformWithStaff(STAFF_ROWS).data.staff as Record<string, unknown>[])[ROW - 1]!.duty);
  const table = await typingRuns(browser, zjtxStaffTable(server.url, fixtures.platform200), runs, duty);
  console.log(`200-row table: p50 ${table.map((r) => r.p50).join(' / ')} ms, p98 ${table.map((r) => r.p98).join(' / ')} ms`);
} finally {
  await browser.close();
  await server.close();
}
