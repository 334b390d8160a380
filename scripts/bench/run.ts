/**
 * `npm run bench`: zjtx against stock JSON Forms, in real headless Chromium at 4× CPU, printed as
 * one Markdown table on stdout (progress goes to stderr). It reports; it does not judge: the exit
 * code is 0 whatever the figures, and ✗ marks those over budget. `npm run bench` builds the site
 * first; this script builds the stock page itself. Runs: BENCH_RUNS (mount, generation; default 5),
 * BENCH_TYPING_RUNS (50 keystrokes each; default 3).
 */
import { cpus, tmpdir, totalmem } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveDist, type StaticServer } from '../../tests/helpers/static-server.ts';
import { buildStock } from './build-stock.ts';
import { browserRows, validationRow, type Runs } from './figures.ts';
import { enterpriseExample, platformWithStaff, writeFixtures } from './fixtures.ts';
import { renderTable, type Row } from './table.ts';
import { firstStep, largestTextStep, STAFF_STEP } from './targets.ts';
import { STAFF_ROWS } from './typing-scenarios.ts';

const count = (name: string, fallback: number) => {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};
const runs: Runs = { runs: count('BENCH_RUNS', 5), typing: count('BENCH_TYPING_RUNS', 3), weight: 2, validation: 200 };
const log = (line: string) => process.stderr.write(`${line}\n`);
const started = Date.now();

const work = await mkdtemp(join(tmpdir(), 'zjtx-bench-'));
const notes: string[] = [];
const rows: Row[] = [];
let chromium = '?';
let stockServer: StaticServer | undefined;
let site: StaticServer | undefined;
let validation: Row | undefined;
try {
  log('validation (Node)…');
  validation = await validationRow(runs);

  log('fixtures and the stock JSON Forms page…');
  const fixtures = await writeFixtures(work);
  const target = largestTextStep(enterpriseExample());
  const stockDir = join(work, 'stock');
  let stockUrl = 'http://127.0.0.1:9/stock-not-built';
  try {
    const steps = [firstStep('enterprise').stepId, firstStep('platform').stepId, target.stepId, STAFF_STEP];
    await buildStock(stockDir, steps, { enterprise: enterpriseExample(), [`platform-${STAFF_ROWS}`]: platformWithStaff(STAFF_ROWS).data });
    stockServer = await serveDist(stockDir);
    stockUrl = stockServer.url;
  } catch (error) {
    // The stock cells then fail one by one, each saying it could not load; the zjtx column still fills.
    log(`stock build failed: ${error instanceof Error ? error.message : String(error)}`);
    notes.push(`The stock page could not be built: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }

  site = await serveDist();
  const browser = await launchBrowser();
  try {
    chromium = browser.version();
    log(`Chromium ${chromium}; measuring…`);
    rows.push(...(await browserRows({ browser, target, site: site.url, stock: stockUrl, fixtures, runs, notes })));
  } finally {
    await browser.close();
  }
} catch (error) {
  // Whatever was measured before this still prints.
  notes.push(`The run stopped early: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
} finally {
  await site?.close();
  await stockServer?.close();
  await rm(work, { recursive: true, force: true });
}
// Last in the table, whatever happened to the browser.
if (validation) rows.push(validation);

const cpu = cpus();
console.log(`Machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}`);
console.log(`Browser: Chromium ${chromium} (headless), CPU throttling 4× via Emulation.setCPUThrottlingRate`);
console.log(
  `Runs: mount and generation ${runs.runs} each; typing ${runs.typing} × 50 keystrokes per side; JS weight ${runs.weight} loads per page; validation ${runs.validation} after warm-up.`,
);
console.log('');
console.log(renderTable(rows));
console.log('');
console.log('stock = @jsonforms/vanilla-renderers (vanillaRenderers, vanillaCells) with createAjv from @jsonforms/core, same schemas and data, built by the benchmark.');
console.log('Keystroke latency = max(Event Timing entries ≥ 16 ms, keydown → next animation frame); see scripts/bench/keystrokes.ts.');
for (const note of notes) console.log(`- ${note}`);
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
