/**
 * The browser side of `client:apart` (hydrate-apart.ts): evaluate the island's modules a few at a
 * time, yield the main thread, hydrate.
 */
import type { ClientDirective } from 'astro';

const yieldTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/** How long one task may spend evaluating modules before it lets the browser in. */
export const SLICE_MS = 10;

/**
 * Evaluates the page's preloaded modules one by one, in the order the page lists them: each after
 * everything it imports (module-preload.ts), so each import runs that module alone. Imported at once,
 * a module graph is evaluated in one task, 100–200 ms at 4× CPU on a form page; this way the browser
 * gets the main thread back every SLICE_MS. Any order would be correct (a module always runs after
 * its imports, and once). A module that fails is left to the island's own import, which reports it.
 */
export async function evaluateInSlices(urls: readonly string[], importModule: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url), now = () => performance.now(), pause = yieldTask): Promise<void> {
  let start = now();
  for (const url of urls) {
    try {
      await importModule(url);
    } catch {
      return;
    }
    if (now() - start >= SLICE_MS) {
      await pause();
      start = now();
    }
  }
}

const preloaded = (): string[] =>
  typeof document === 'undefined' ? [] : Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'), (link) => link.href);

const apart: ClientDirective = async (load) => {
  await evaluateInSlices(preloaded());
  const hydrate = await load();
  await yieldTask();
  await hydrate();
};

export default apart;
