/**
 * Screenshots of the built site, to look at what a person sees:
 *   npm run build && npm run screenshot -- /enterprise/ out.png [width] [example|preview]
 * `preview` loads the example and opens the preview of the first annex; it also writes
 * out.pdf, what the browser's print dialog would save.
 */
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/static-server.ts';

const [path = '/', out = 'screenshot.png', width = '1280', action = ''] = process.argv.slice(2);
const server = await serveDist();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await page.goto(server.url + path);
  if (action === 'example' || action === 'preview') {
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '载入示例' }).click();
    await page.waitForTimeout(500);
  }
  if (action === 'preview') {
    await page.getByRole('button', { name: /^预览/ }).click();
    await page.getByRole('status').filter({ hasText: '内容相同' }).waitFor({ timeout: 20_000 });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: out.replace(/\.png$/, '') + '.pdf', preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
  }
  await page.screenshot({ path: out, fullPage: action !== 'preview' });
  console.log(`已保存 ${out}`);
} finally {
  await browser.close();
  await server.close();
}
