import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveDist } from '../../tests/helpers/static-server.ts';
import { enterpriseZip, annex7 } from './generation.ts';
const server = await serveDist();
const browser = await launchBrowser();
let t = Date.now();
console.log('zip', await enterpriseZip(browser, server.url, 3), Date.now() - t); t = Date.now();
console.log('a7', await annex7(browser, server.url, '/tmp/bx/desk-500.json', 500, 3), Date.now() - t); t = Date.now();
await browser.close(); await server.close();
