/**
 * What the 市（州） desk tells the authority about the applicants it collected, in real headless
 * Chromium: why a condition is not met, in text on the page (a tooltip reaches neither keyboard nor
 * touch).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { variantOf, type Variant } from '../helpers/city.ts';
import { freshPage, useSite } from '../helpers/site.ts';

const site = useSite();
let page: Page;
let files: string[];

const VARIANTS: Variant[] = ['listed', 'city-recognised', 'no-legal-rep'];
const ENTERPRISE = '四川蜀芯精密传动科技有限公司';

beforeAll(async () => {
  ({ page } = await freshPage(site.browser));
  const dir = await mkdtemp(join(tmpdir(), 'zjtx-city-review-'));
  files = await Promise.all(
    VARIANTS.map(async (v) => {
      const file = variantOf(v);
      await writeFile(join(dir, file.name), file.bytes);
      return join(dir, file.name);
    }),
  );
});

const rows = () => page.getByTestId('review-row');

describe('the 市（州） desk’s review', () => {
  it('collects an enterprise already listed, a platform recognised only by a city, and one with an answer missing', async () => {
    await page.goto(`${site.server.url}/city/`);
    await expect.poll(() => page.getByRole('button', { name: '选择文件' }).isEnabled()).toBe(true);
    await page.locator('input[type=file]').setInputFiles(files);
    await expect.poll(() => rows().count()).toBe(3);
  });

  it('shows why a condition is not met as text on the page, not only in a tooltip', async () => {
    const reason = rows().nth(0).locator('.mark-fail');
    expect(await reason.textContent()).toContain('申报对象：不符合');
    expect(await reason.textContent()).toContain('已上市：是');
    await expect.poll(() => page.getByText('已上市：是').isVisible()).toBe(true);
    expect(await rows().nth(1).locator('.mark-fail').textContent()).toContain('这是市（州）或区县的认定');
  });
});
