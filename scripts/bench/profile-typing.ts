/**
 * Where a keystroke's time goes: a DevTools trace of 10 keys typed at 4× CPU into the 200-row
 * table (or the largest step with PROFILE=step), summed by trace event name and by script URL.
 * Run after `npm run build`: `npx tsx scripts/bench/profile-typing.ts`.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveDist } from '../../tests/helpers/static-server.ts';
import { openSession } from './browser-session.ts';
import { enterpriseExample, writeFixtures } from './fixtures.ts';
import { CPU_SLOWDOWN } from './mount.ts';
import { largestTextStep } from './targets.ts';
import { zjtxLargestStep, zjtxStaffTable } from './typing-scenarios.ts';

(globalThis as { __name?: unknown }).__name ??= (fn: unknown) => fn;
type TraceEvent = { name: string; ph: string; dur?: number; tid: number; args?: { data?: { url?: string; functionName?: string } } };
const server = await serveDist(process.env.PROFILE_DIR ?? 'dist');
const browser = await launchBrowser();
try {
  const fixtures = await writeFixtures(await mkdtemp(join(tmpdir(), 'zjtx-prof-')));
  const scenario = process.env.PROFILE === 'step' ? zjtxLargestStep(server.url, largestTextStep(enterpriseExample())) : zjtxStaffTable(server.url, fixtures.platform200);
  const session = await openSession(browser, scenario.ready);
  const field = await scenario.open(session.page, session);
  if (process.env.PROFILE_CSS) await session.page.addStyleTag({ content: process.env.PROFILE_CSS });
  await field.click();
  await session.throttle(CPU_SLOWDOWN);
  const events: TraceEvent[] = [];
  session.cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => session.cdp.once('Tracing.tracingComplete', () => r()));
  await session.cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  if (process.env.PROFILE_JS) {
    await session.cdp.send('Profiler.enable');
    await session.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await session.cdp.send('Profiler.start');
  }
  const t0 = Date.now();
  if (!process.env.PROFILE_IDLE) await field.pressSequentially('abcdefghij', { delay: 20 });
  await session.page.waitForTimeout(1500);
  const wall = Date.now() - t0;
  if (process.env.PROFILE_JS) {
    type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number };
    const { profile } = (await session.cdp.send('Profiler.stop')) as unknown as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
    const byFn = new Map<string, number>();
    for (const n of profile.nodes) {
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      byFn.set(key, (byFn.get(key) ?? 0) + (self.get(n.id) ?? 0));
    }
    for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log('JS', v.toFixed(1).padStart(8), k);
    const byId = new Map(profile.nodes.map((n) => [n.id, n as Node & { children?: number[] }]));
    const total = (n: Node & { children?: number[] }): number => (self.get(n.id) ?? 0) + (n.children ?? []).reduce((t, c) => t + total(byId.get(c)!), 0);
    const incl = new Map<string, number>();
    for (const n of profile.nodes) {
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      incl.set(key, (incl.get(key) ?? 0) + total(n));
    }
    for (const [k, v] of [...incl].filter(([k]) => !k.startsWith('(')).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log('INCL', v.toFixed(1).padStart(8), k);
  }
  await session.cdp.send('Tracing.end');
  await done;
  const by = new Map<string, number>();
  for (const e of events) if (e.ph === 'X' && e.dur) by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000);
  console.log(`wall ${wall} ms`);
  const byType = new Map<string, number>();
  for (const e of events) if (e.name === 'EventDispatch' && e.dur) {
    const t = (e.args?.data as { type?: string } | undefined)?.type ?? '?';
    byType.set(t, (byType.get(t) ?? 0) + e.dur / 1000);
  }
  console.log('EventDispatch by type:', [...byType].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
  // What runs inside each EventDispatch, by name (same thread, inside its span).
  type Span = TraceEvent & { ts: number };
  const spans = events.filter((e) => e.ph === 'X' && e.dur) as Span[];
  const inner = new Map<string, number>();
  for (const d of spans.filter((e) => e.name === 'EventDispatch'))
    for (const e of spans) if (e !== d && e.tid === d.tid && e.ts >= d.ts && e.ts + e.dur! <= d.ts + d.dur! && e.name !== 'EventDispatch') inner.set(e.name, (inner.get(e.name) ?? 0) + e.dur! / 1000);
  console.log('inside EventDispatch:', [...inner].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
  for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(9), k);
  await session.close();
} finally {
  await browser.close();
  await server.close();
}
