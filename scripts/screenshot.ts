/**
 * Screenshots of the built site, to look at what a person sees:
 *   npm run build && npm run screenshot -- /enterprise/ out.png [width]
 */
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/static-server.ts';

const [path = '/', out = 'screenshot.png', width = '1280', action = ''] = process.argv.slice(2);
const server = await serveDist();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await page.goto(server.url + path);
  if (action === 'example') {
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '载入示例' }).click();
    await page.waitForTimeout(500);
  }
  await page.screenshot({ path: out, fullPage: true });
  console.log(`已保存 ${out}`);
} finally {
  await browser.close();
  await server.close();
}
