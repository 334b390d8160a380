import { launchBrowser } from '../../tests/helpers/browser.ts';
const browser = await launchBrowser();
for (const [rate, mode] of [[1, 'sync'], [4, 'sync'], [1, 'timer'], [4, 'timer']] as const) {
  const ctx = await browser.newContext();
  await ctx.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await page.setContent(`<input id=i><script>
    const busy = (ms) => { const t = performance.now(); while (performance.now() - t < ms); };
    window.ev = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) ev.push([e.name, Math.round(e.duration)]); }).observe({ type: 'event', durationThreshold: 16 });
    i.addEventListener('input', () => ${mode === 'sync' ? 'busy(60)' : 'setTimeout(() => busy(60), 5)'});
  </script>`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.click('#i');
  await page.keyboard.type('abcde', { delay: 20 });
  await page.waitForTimeout(1500);
  console.log(rate, mode, JSON.stringify(await page.evaluate(() => (window as any).ev)));
  await ctx.close();
}
await browser.close();
