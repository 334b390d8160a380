import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveDist } from '../../tests/helpers/static-server.ts';
import { mountTime } from './mount.ts';
(globalThis as { __name?: unknown }).__name ??= (fn: unknown) => fn;
const server = await serveDist(process.env.PROFILE_DIR ?? 'dist');
const browser = await launchBrowser();
for (const [path, kind] of [['/enterprise/', 'form'], ['/platform/', 'form'], ['/city/', 'city']] as const) {
  const t: number[] = [];
  for (let i = 0; i < Number(process.env.RUNS ?? 3); i++) t.push(Math.round(await mountTime(browser, `${server.url}${path}`, kind)));
  console.log(path, t.join(' / '));
}
await browser.close(); await server.close();
