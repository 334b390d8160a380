/** Debian's Chromium, headless, driven by Playwright. Nothing downloads a browser. */
import { chromium, type Browser } from 'playwright-core';
import { requireTool } from './require-tool.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = requireTool(CHROMIUM, 'apt-get install chromium');
  return chromium.launch({
    executablePath,
    headless: true,
    // The sandbox needs user namespaces that root in a container lacks; the rest keep Chromium off the network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
