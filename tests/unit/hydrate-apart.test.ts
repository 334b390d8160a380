/** `client:apart` (src/integrations/hydrate-apart.ts): the island hydrates in a task after the one that evaluated its modules. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import apart from '../../src/integrations/hydrate-apart-directive.ts';

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
