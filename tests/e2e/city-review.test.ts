/**
 * What the 市（州） desk tells the authority about the applicants it collected, in real headless
 * Chromium: why a condition is not met, in text on the page (a tooltip reaches neither keyboard nor
 * touch), who of those is listed in a summary just downloaded, each applicant's 序号 as the summary
 * prints it, and the counters' limits as the checks set them.
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
const notice = () => page.locator('.notice', { hasText: '已生成' });
const texts = async (selector: string) => (await page.locator(selector).allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());

describe('the 市（州） desk’s review', () => {
  it('collects an enterprise already listed, a platform recognised only by a city, and one with an answer missing', async () => {
    await page.goto(`${site.server.url}/city/`);
    await expect.poll(() => page.getByRole('button', { name: '选择文件' }).isEnabled()).toBe(true);
    await page.locator('input[type=file]').setInputFiles(files);
    await expect.poll(() => rows().count()).toBe(3);
  });

  it('numbers each applicant as its summary does: enterprises and platforms each from 1', async () => {
    expect(await rows().locator('td:first-child').allTextContents()).toEqual(['1', '1', '2']);
    expect(await texts('.desk-entry legend')).toEqual([`1. ${ENTERPRISE}`, '1. 成都蜀创中小企业服务中心有限公司', '2. 四川川企通中小企业服务有限公司']);
  });

  it('shows why a condition is not met as text on the page, not only in a tooltip', async () => {
    const reason = rows().nth(0).locator('.mark-fail');
    expect(await reason.textContent()).toContain('申报对象：不符合');
    expect(await reason.textContent()).toContain('已上市：是');
    await expect.poll(() => page.getByText('已上市：是').isVisible()).toBe(true);
    expect(await rows().nth(1).locator('.mark-fail').textContent()).toContain('这是市（州）或区县的认定');
  });

  it('counts 提供服务内容 against its 300 characters, as the check does', async () => {
    const box = page.getByLabel('提供服务内容').first();
    const counter = page.locator('[data-path="desk-entries-1-own-services"] .counter');
    const before = await box.inputValue();
    await box.fill('服'.repeat(250));
    await expect.poll(() => counter.textContent()).toBe('已输入 250/300 字');
    expect(await counter.getAttribute('class')).not.toContain('over');
    await box.fill('服'.repeat(301));
    await expect.poll(() => counter.getAttribute('class')).toContain('over');
    await box.fill(before);
  });

  it('names, after a download, the applicants it lists that fail a condition or lack an answer', async () => {
    await page.getByLabel('市（州）', { exact: true }).selectOption('成都市');
    await page.getByLabel('企业所在区（县）').fill('高新区');
    await page.getByLabel(/^该企业属于制造强国/).fill('主导产品RV减速器属于机器人关键部件。');
    const [one] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载附件5（Word）' }).click()]);
    expect(one.suggestedFilename()).toBe('附件5-成都市-重点小巨人企业名单汇总表.docx');
    await expect.poll(() => notice().textContent()).toContain('以下申报主体不符合申报条件，仍列入了汇总表：');
    const five = (await notice().innerText()).replace(/\s+/g, '');
    expect(five).toContain('已生成“附件5-成都市-重点小巨人企业名单汇总表.docx”。');
    expect(five).toContain(`${ENTERPRISE}：申报对象：不符合。批次：第二批；已申报成功第一批重点“小巨人”：否；已上市：是`);
    // 附件5 lists no platform: nothing said of them.
    expect(five).not.toContain('成都蜀创');

    const [all] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '全部下载（zip）' }).click()]);
    expect(all.suggestedFilename()).toBe('成都市-汇总材料.zip');
    await expect.poll(() => notice().textContent()).toContain('已生成“成都市-汇总材料.zip”。');
    const whole = (await notice().innerText()).replace(/\s+/g, '');
    expect(whole).toContain('成都蜀创中小企业服务中心有限公司：1.示范平台认定：不符合。');
    expect(whole).toContain('以下申报主体的材料有未填或填写有误的内容，已照所填内容列入汇总表，请申报单位改正后重新提交：');
    expect(whole).toContain('四川川企通中小企业服务有限公司：1项必填内容未填（如“法人代表”：请填写法人代表）');
  });
});
