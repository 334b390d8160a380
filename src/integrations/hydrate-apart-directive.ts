/** The browser side of `client:apart` (hydrate-apart.ts): load, yield the main thread once, hydrate. */
import type { ClientDirective } from 'astro';

const yieldTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

const apart: ClientDirective = async (load) => {
  const hydrate = await load();
  await yieldTask();
  await hydrate();
};

export default apart;
