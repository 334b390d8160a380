/**
 * Opening a page throws no exception, not even one its own code catches. An exception is costly as a
 * page loads: V8 gathers the source positions of the script it came from, a reparse of the whole
 * chunk on the main thread. lodash's tag probe threw five times as the editor chunk loaded, 150 ms
 * of the form's mount at 4× CPU (src/integrations/quiet-lodash.ts). The debugger is told to stop at
 * every exception, caught or not, and each stop is recorded with where it happened.
 */
import { describe, expect, it } from 'vitest';
import { freshPage, useSite } from '../helpers/site.ts';

const site = useSite();

/** What each page shows once it takes input. */
const READY: [string, string][] = [
  ['/enterprise/', '[data-path] :is(input, select, textarea):not([disabled])'],
  ['/platform/', '[data-path] :is(input, select, textarea):not([disabled])'],
  ['/city/', 'astro-island button:not([disabled])'],
  ['/dossiers/', 'astro-island button'],
];

describe.each(READY)('%s', (path, ready) => {
  it('throws no exception while it opens', async () => {
    const { context, page } = await freshPage(site.browser);
    const cdp = await context.newCDPSession(page);
    const thrown: string[] = [];
    cdp.on('Debugger.paused', (event) => {
      const frame = event.callFrames[0];
      thrown.push(`${String(event.data?.description ?? event.reason).split('\n')[0]} @ ${frame?.url.split('/').pop()}:${frame?.location.lineNumber}`);
      void cdp.send('Debugger.resume').catch(() => undefined);
    });
    await cdp.send('Debugger.enable');
    await cdp.send('Debugger.setPauseOnExceptions', { state: 'all' });
    await page.goto(`${site.server.url}${path}`);
    await page.locator(ready).first().waitFor({ timeout: 30_000 });
    // What the page does just after it takes input (the validators, the counts) counts too.
    await page.waitForTimeout(1500);
    expect(thrown).toEqual([]);
    await context.close();
  });
});
