/** `client:apart` (src/integrations/hydrate-apart.ts): the island hydrates in a task after the one that evaluated its modules. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import apart, { evaluateInSlices, SLICE_MS } from '../../src/integrations/hydrate-apart-directive.ts';

const flushMicrotasks = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('client:apart', () => {
  it('loads at once and hydrates only after the current task has ended', async () => {
    const order: string[] = [];
    const element = {} as HTMLElement;
    const done = apart(
      async () => {
        order.push('loaded');
        return async () => void order.push('hydrated');
      },
      { name: 'DossierEditor', value: '' },
      element,
    );
    await flushMicrotasks();
    expect(order).toEqual(['loaded']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await done;
    expect(order).toEqual(['loaded', 'hydrated']);
  });

  it.each(['enterprise', 'platform'])('hydrates the form island of /%s/', (kind) => {
    const file = `dist/${kind}/index.html`;
    if (!existsSync(file)) throw new Error(`没有找到 ${file}：请先运行 npm run build（npm test 会先构建）。`);
    expect(readFileSync(file, 'utf8')).toMatch(/<astro-island\b[^>]*\bclient="apart"/);
  });
});

describe('evaluating the island\'s modules in slices', () => {
  /** A clock that advances only when a module is "evaluated", by that module's cost. */
  function harness(costs: Record<string, number>, failing: string[] = []) {
    let time = 0;
    const log: string[] = [];
    return {
      log,
      importModule: async (url: string) => {
        if (failing.includes(url)) {
          log.push(`failed ${url}`);
          throw new Error('network');
        }
        time += costs[url] ?? 0;
        log.push(url);
      },
      now: () => time,
      pause: async () => void log.push('pause'),
    };
  }

  it('imports every module in the page\'s order, and lets the browser in once a slice has run its time', async () => {
    const h = harness({ a: 4, b: 4, c: SLICE_MS, d: 1, e: 1 });
    await evaluateInSlices(['a', 'b', 'c', 'd', 'e'], h.importModule, h.now, h.pause);
    expect(h.log).toEqual(['a', 'b', 'c', 'pause', 'd', 'e']);
  });

  it('never pauses when everything fits in one slice', async () => {
    const h = harness({ a: 1, b: 1 });
    await evaluateInSlices(['a', 'b'], h.importModule, h.now, h.pause);
    expect(h.log).toEqual(['a', 'b']);
  });

  it('stops at a module that fails, without throwing: the island\'s own import reports it', async () => {
    const h = harness({ a: 1, c: 1 }, ['b']);
    await expect(evaluateInSlices(['a', 'b', 'c'], h.importModule, h.now, h.pause)).resolves.toBeUndefined();
    expect(h.log).toEqual(['a', 'failed b']);
  });
});
