/**
 * Where a form page's mount goes: a DevTools trace at 4× CPU from navigation until the page accepts
 * input, summed by event name, plus the scripts' evaluation and the main thread's long tasks.
 * `npx tsx scripts/bench/profile-mount.ts [/enterprise/]` after `npm run build`.
 */
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveDist } from '../../tests/helpers/static-server.ts';
import { openSession } from './browser-session.ts';
import { CPU_SLOWDOWN } from './mount.ts';

(globalThis as { __name?: unknown }).__name ??= (fn: unknown) => fn;
type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tid: number; args?: { data?: { url?: string } } };
const path = process.argv[2] ?? '/enterprise/';
const server = await serveDist(process.env.PROFILE_DIR ?? 'dist');
const browser = await launchBrowser();
try {
  const session = await openSession(browser, path.startsWith('/city') ? 'city' : 'form');
  await session.throttle(CPU_SLOWDOWN);
  const events: TraceEvent[] = [];
  session.cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => session.cdp.once('Tracing.tracingComplete', () => r()));
  await session.cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline,blink.user_timing,loading', transferMode: 'ReportEvents' });
  await session.cdp.send('Profiler.enable');
  await session.cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await session.cdp.send('Profiler.start');
  await session.page.goto(`${server.url}${path}`, { waitUntil: 'commit' });
  const ready = await session.readyAt(120_000);
  type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
  const { profile } = (await session.cdp.send('Profiler.stop')) as unknown as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  // Inclusive time per function: a node's own samples plus its subtree's.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = (n: Node): number => (self.get(n.id) ?? 0) + (n.children ?? []).reduce((t, c) => t + total(byId.get(c)!), 0);
  const name = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  const selfBy = new Map<string, number>();
  const inclBy = new Map<string, number>();
  for (const n of profile.nodes) {
    selfBy.set(name(n), (selfBy.get(name(n)) ?? 0) + (self.get(n.id) ?? 0));
    inclBy.set(name(n), Math.max(inclBy.get(name(n)) ?? 0, total(n)));
  }
  const top = (m: Map<string, number>, k: number) => [...m].filter(([n]) => !n.startsWith('(')).sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, v]) => `${v.toFixed(0).padStart(6)} ${n}`).join('\n');
  console.log('JS self:\n' + top(selfBy, 25));
  console.log('JS inclusive (largest single subtree):\n' + top(inclBy, 40));
  await session.cdp.send('Tracing.end');
  await done;
  console.log(`ready at ${ready.toFixed(0)} ms`);
  const main = events.filter((e) => e.name === 'RunTask').reduce((m, e) => m.set(e.tid, (m.get(e.tid) ?? 0) + (e.dur ?? 0)), new Map<number, number>());
  const tid = [...main].sort((a, b) => b[1] - a[1])[0]![0];
  const by = new Map<string, number>();
  for (const e of events) if (e.ph === 'X' && e.dur && e.tid === tid) by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000);
  for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(v.toFixed(1).padStart(9), k);
  const scripts = events.filter((e) => e.tid === tid && e.dur && (e.name === 'EvaluateScript' || e.name === 'v8.compile' || e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule'));
  for (const e of scripts.sort((a, b) => b.dur! - a.dur!).slice(0, 10)) console.log('  ', e.name, (e.dur! / 1000).toFixed(1), (e.args?.data?.url ?? '').split('/').pop());
  const t0 = Math.min(...events.filter((e) => e.tid === tid).map((e) => e.ts));
  const long = events.filter((e) => e.tid === tid && e.name === 'RunTask' && (e.dur ?? 0) > 50_000);
  console.log('long tasks (start ms, dur ms):', long.map((e) => `${((e.ts - t0) / 1000).toFixed(0)}+${(e.dur! / 1000).toFixed(0)}`).join(' '));
  await session.close();
} finally {
  await browser.close();
  await server.close();
}
