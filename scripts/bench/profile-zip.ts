/**
 * Where the full enterprise zip's time goes: a JS profile of clicks on 全部下载 at 4× CPU, by
 * function (self and inclusive), plus each click's time. Run after `npm run build`:
 * `npx tsx scripts/bench/profile-zip.ts` (PROFILE_DIR=another build, RUNS=clicks).
 */
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveDist } from '../../tests/helpers/static-server.ts';
import { clickForDownload, COMPANY_NAME, openSession, waitForValue } from './browser-session.ts';
import { CPU_SLOWDOWN } from './mount.ts';

(globalThis as { __name?: unknown }).__name ??= (fn: unknown) => fn;
type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
const server = await serveDist(process.env.PROFILE_DIR ?? 'dist');
const browser = await launchBrowser();
try {
  const session = await openSession(browser, 'form');
  const { page, cdp } = session;
  await page.goto(`${server.url}/enterprise/`);
  await session.readyAt();
  await page.getByRole('button', { name: '载入示例' }).click();
  await waitForValue(page, COMPANY_NAME);
  await page.waitForLoadState('networkidle');
  // The first click fetches the generator's code; profile the later ones, as the benchmark's median does.
  await clickForDownload(page, '全部下载（zip）');
  await page.waitForTimeout(500);
  await session.throttle(CPU_SLOWDOWN);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const times: number[] = [];
  for (let i = 0; i < Number(process.env.RUNS ?? 3); i++) {
    const start = performance.now();
    await clickForDownload(page, '全部下载（zip）');
    times.push(Math.round(performance.now() - start));
    await page.waitForTimeout(400);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const key = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  const byFn = new Map<string, number>();
  for (const n of profile.nodes) byFn.set(key(n), (byFn.get(key(n)) ?? 0) + (self.get(n.id) ?? 0));
  for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log('SELF', v.toFixed(1).padStart(8), k);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = (n: Node): number => (self.get(n.id) ?? 0) + (n.children ?? []).reduce((t, c) => t + total(byId.get(c)!), 0);
  const incl = new Map<string, number>();
  for (const n of profile.nodes) incl.set(key(n), (incl.get(key(n)) ?? 0) + total(n));
  for (const [k, v] of [...incl].filter(([k]) => !k.startsWith('(')).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log('INCL', v.toFixed(1).padStart(8), k);
  console.log('clicks (ms):', times.join(', '));
  await session.close();
} finally {
  await browser.close();
  await server.close();
}
