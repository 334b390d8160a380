/**
 * Dossiers in the browser's own database, in real headless Chromium: saved within a second,
 * many at once in a list (open, rename, duplicate, delete with undo, export), never silently
 * overwritten by a second tab, kept through an abrupt close, working in memory where storage
 * is refused, and erased with one button.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDossierRecord, putDossiers, storedDossiers } from '../helpers/idb.ts';
import { openTab } from '../helpers/steps.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
let context: BrowserContext;
let page: Page;

beforeEach(async () => {
  await context?.close();
  context = await site.browser.newContext({ acceptDownloads: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('dialog', (d) => void d.accept(d.type() === 'prompt' ? '蜀芯申报（顾问版）' : undefined));
});

const field = (p: Page, label: string) => p.getByLabel(label, { exact: true });
const ready = (p: Page) => expect.poll(() => p.getByRole('button', { name: '载入示例' }).isEnabled()).toBe(true);

async function withExample(p: Page) {
  await p.goto(`${site.server.url}/enterprise/`);
  await ready(p);
  await p.getByRole('button', { name: '载入示例' }).click();
  await expect.poll(() => field(p, '企业名称').inputValue()).toBe('四川蜀芯精密传动科技有限公司');
  // Written by its first save, the dossier is then named in the address, which a second tab or a reload opens.
  await expect.poll(() => new URL(p.url()).searchParams.get('d')).toBeTruthy();
}

describe('saving', () => {
  it('saves within a second of the last keystroke, and reopens where the user was', async () => {
    await withExample(page);
    await page.getByRole('navigation', { name: '附件' }).getByRole('button', { name: '附件2', exact: true }).click();
    await field(page, '主导产品名称').fill('一秒内保存');
    const typed = Date.now();
    await expect.poll(async () => ((await openDossierRecord(page))?.data.company as Record<string, unknown>)?.productName, { timeout: 1000, interval: 50 }).toBe('一秒内保存');
    expect(Date.now() - typed).toBeLessThan(1000);
    await page.goto(`${site.server.url}/enterprise/`);
    await expect.poll(() => page.locator('.annex-title').textContent()).toContain('附件2');
    await expect.poll(() => field(page, '主导产品名称').inputValue()).toBe('一秒内保存');
  });

  it('keeps the last keystrokes when the tab is closed before the autosave runs', async () => {
    await withExample(page);
    await page.waitForTimeout(700);
    await field(page, '企业名称').fill('马上关闭的标签页');
    // Well inside the typing pause and the autosave delay after it: only the copy left while closing can keep this.
    await page.waitForTimeout(150);
    expect(JSON.stringify((await openDossierRecord(page))?.data)).not.toContain('马上关闭的标签页');
    await page.close({ runBeforeUnload: true });
    const again = await context.newPage();
    await again.goto(`${site.server.url}/enterprise/`);
    await expect.poll(() => field(again, '企业名称').inputValue()).toBe('马上关闭的标签页');
  });
});

describe('reopening a dossier', () => {
  const currentStep = (p: Page) => p.getByRole('navigation', { name: '填写步骤' }).locator('[aria-current="step"]').textContent();
  const openStep = (p: Page, label: RegExp) => p.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: label }).click();

  // A later step of a long annex: once the page reopened on the annex's first step, far from what was typed.
  it.each([
    { kind: 'enterprise', annex: '附件2', step: /企业简介/, path: 'intro', typed: '再次打开时回到这一步' },
    { kind: 'platform', annex: '附件4-1', step: /绩效目标表（重点支持/, path: 'targetsKey.servedGiants.initial', typed: '12' },
  ])('opens $kind on $annex at the step the user was on', async ({ kind, annex, step, path, typed }) => {
    await page.goto(`${site.server.url}/${kind}/`);
    await ready(page);
    await page.getByRole('button', { name: '载入示例' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已载入示例' }).count()).toBe(1);
    await openTab(page, annex);
    await openStep(page, step);
    await page.locator(`[data-path="${path}"]`).locator('input, textarea').first().fill(typed);
    await expect.poll(async () => JSON.stringify((await openDossierRecord(page))?.data)).toContain(typed);
    await page.reload();
    await expect.poll(() => page.locator('.annex-title').textContent()).toContain(`${annex} `);
    await expect.poll(() => currentStep(page)).toMatch(step);
    expect(await page.locator(`[data-path="${path}"]`).locator('input, textarea').first().inputValue()).toBe(typed);
  });

  it('opens the annex on its first step when the answers no longer show the step it was on', async () => {
    await page.goto(`${site.server.url}/platform/`);
    await ready(page);
    await page.getByRole('button', { name: '载入示例' }).click();
    await openTab(page, '附件4-1');
    await openStep(page, /绩效目标表（重点支持/);
    await expect.poll(async () => (await openDossierRecord(page))?.step).toBe('annex4-1-5');
    // The 申报类别 changed since (in a file imported in another tab, say): that 绩效目标表 is no step of this dossier now.
    const stored = (await openDossierRecord(page))!;
    await page.goto(`${site.server.url}/`);
    await putDossiers(page, [{ ...stored, savedAt: new Date().toISOString(), data: { ...stored.data, category: '统筹支持“专精特新”中小企业公共服务示范平台' } }]);
    await page.goto(`${site.server.url}/platform/?d=${encodeURIComponent(stored.id)}`);
    await expect.poll(() => page.locator('.annex-title').textContent()).toContain('附件4-1 ');
    await expect.poll(() => currentStep(page)).toMatch(/申报类别/);
    expect(await page.getByRole('navigation', { name: '填写步骤' }).textContent()).toContain('绩效目标表（统筹支持');
    // Nor does it come back when the 申报类别 is set back: the user is on the step they chose.
    await page.getByRole('radio', { name: '重点支持国家级专精特新“小巨人”企业公共服务示范平台' }).first().check();
    await expect.poll(() => page.getByRole('navigation', { name: '填写步骤' }).textContent()).toContain('绩效目标表（重点支持');
    expect(await currentStep(page)).toMatch(/申报类别/);
  });
});

describe('a link to a dossier', () => {
  it('that this browser does not hold, or of another kind, says so as it opens another', async () => {
    await withExample(page);
    const id = new URL(page.url()).searchParams.get('d')!;
    // Once the latest enterprise dossier opened in its place without a word.
    await page.goto(`${site.server.url}/enterprise/?d=does-not-exist`);
    await expect.poll(() => page.getByText('链接中的档案在本浏览器中找不到（可能已被删除，或保存在其他浏览器中）；已打开最近编辑的档案。').count()).toBe(1);
    await expect.poll(() => field(page, '企业名称').inputValue()).toBe('四川蜀芯精密传动科技有限公司');
    // An enterprise dossier's link on the platform page: a new platform dossier, and why.
    await page.goto(`${site.server.url}/platform/?d=${encodeURIComponent(id)}`);
    await expect.poll(() => page.getByText('链接中的档案是企业档案，不能在本页打开；已新建一份档案。').count()).toBe(1);
  });
});

describe('the dossier list', () => {
  it('creates, opens, renames, duplicates, deletes with undo and exports dossiers of every kind', async () => {
    await withExample(page);
    await page.getByRole('button', { name: '新建档案' }).click();
    await expect.poll(() => field(page, '企业名称').inputValue()).toBe('');
    await field(page, '企业名称').fill('第二家企业');
    await expect.poll(async () => (await storedDossiers(page)).length).toBe(2);
    await page.waitForTimeout(700);

    await page.getByRole('link', { name: '我的档案' }).click();
    const items = page.getByTestId('dossier-item');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.first().textContent()).toContain('第二家企业');
    expect(await items.nth(1).textContent()).toContain('四川蜀芯精密传动科技有限公司');
    expect(await items.first().textContent()).toMatch(/最后保存 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);

    await page.getByRole('button', { name: '重命名四川蜀芯精密传动科技有限公司' }).click();
    await expect.poll(() => page.getByRole('list', { name: '档案列表' }).textContent()).toContain('蜀芯申报（顾问版）');
    await page.getByRole('button', { name: '复制蜀芯申报（顾问版）', exact: true }).click();
    await expect.poll(() => items.count()).toBe(3);
    await page.getByRole('button', { name: '删除第二家企业' }).click();
    await expect.poll(() => items.count()).toBe(2);
    await page.getByRole('button', { name: '撤销删除' }).click();
    await expect.poll(() => items.count()).toBe(3);
    // Two deletions in a row: each keeps its own undo (the second once took the first's away).
    await page.getByRole('button', { name: '删除第二家企业' }).click();
    await expect.poll(() => items.count()).toBe(2);
    await page.getByRole('button', { name: '删除蜀芯申报（顾问版）（副本）' }).click();
    await expect.poll(() => items.count()).toBe(1);
    await page.getByRole('button', { name: '撤销删除“第二家企业”' }).click();
    await expect.poll(() => items.count()).toBe(2);
    await page.getByRole('button', { name: '撤销删除“蜀芯申报（顾问版）（副本）”' }).click();
    await expect.poll(() => items.count()).toBe(3);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出蜀芯申报（顾问版）', exact: true }).click()]);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(file).toMatchObject({ format: 'zjtx-answers', kind: 'enterprise', data: { company: { name: '四川蜀芯精密传动科技有限公司' } } });

    await page.getByRole('link', { name: '第二家企业' }).click();
    await expect.poll(() => field(page, '企业名称').inputValue()).toBe('第二家企业');

    await page.goto(`${site.server.url}/dossiers/`);
    await page.getByRole('button', { name: '新建市（州）汇总档案' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('汇总申报材料');
    // Written by its first answer: a new dossier left empty is not kept.
    await expect.poll(() => page.locator('#desk-city').isEnabled()).toBe(true);
    await page.locator('#desk-city').selectOption('成都市');
    await expect.poll(async () => (await storedDossiers(page)).some((r) => r.kind === 'city')).toBe(true);
    await page.goto(`${site.server.url}/dossiers/`);
    await expect.poll(() => page.getByRole('list', { name: '档案列表' }).textContent()).toContain('市（州）汇总');
  });
});

describe('a name of a page of text', () => {
  it('is shortened in the dossier bar and in the list, which keep their height', async () => {
    await page.goto(`${site.server.url}/enterprise/`);
    await ready(page);
    const long = '企'.repeat(20_000);
    await field(page, '企业名称').fill(long);
    const shown = `${'企'.repeat(60)}…`;
    await expect.poll(() => page.getByTestId('dossier-name').textContent()).toBe(shown);
    expect(await page.locator('.dossier-bar').evaluate((b) => b.getBoundingClientRect().height)).toBeLessThan(200);
    await page.waitForTimeout(1200);
    await page.goto(`${site.server.url}/dossiers/`);
    const item = page.getByTestId('dossier-item');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain(shown);
    expect(await item.evaluate((i) => i.getBoundingClientRect().height)).toBeLessThan(300);
  });
});

describe('two tabs on one dossier', () => {
  it('lets the second tab read, follows the first, and takes over only when asked', async () => {
    await withExample(page);
    const url = page.url();
    const second = await context.newPage();
    await second.goto(url);
    await expect.poll(() => second.getByRole('status').filter({ hasText: '此档案正在另一个标签页中编辑' }).count()).toBe(1);
    expect(await field(second, '企业名称').isEditable()).toBe(false);

    await field(page, '企业名称').fill('第一个标签页改的');
    await expect.poll(() => field(second, '企业名称').inputValue()).toBe('第一个标签页改的');

    await second.getByRole('button', { name: '在本页编辑' }).click();
    await expect.poll(() => field(second, '企业名称').isEditable()).toBe(true);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '另一个标签页已接管' }).count()).toBeGreaterThan(0);
    await expect.poll(() => field(page, '企业名称').isEditable()).toBe(false);
    await field(second, '企业名称').fill('第二个标签页接管后改的');
    await expect.poll(async () => ((await openDossierRecord(second))?.data.company as Record<string, unknown>)?.name).toBe('第二个标签页接管后改的');
  });
});

describe('a read-only tab', () => {
  // It saves nothing: an import there was shown as done, then lost when the tab edited again.
  it('refuses an imported file, saying why, and keeps the dossier as the editing tab has it', async () => {
    await withExample(page);
    await field(page, '企业名称').fill('编辑中的企业');
    await expect.poll(async () => ((await openDossierRecord(page))?.data.company as Record<string, unknown>)?.name).toBe('编辑中的企业');
    const second = await context.newPage();
    second.on('dialog', (d) => void d.accept());
    await second.goto(page.url());
    await expect.poll(() => field(second, '企业名称').isEditable()).toBe(false);
    await second.locator('input[type=file][aria-label="选择答案文件"]').setInputFiles('tests/fixtures/answers/versions/v1-enterprise.json');
    await expect.poll(() => second.getByText('本页只读（此档案正在另一个标签页中编辑），没有导入。', { exact: false }).count()).toBe(1);
    expect(await field(second, '企业名称').inputValue()).toBe('编辑中的企业');
    await expect.poll(async () => ((await openDossierRecord(page))?.data.company as Record<string, unknown>)?.name).toBe('编辑中的企业');
  });

  it('does not mark an empty required answer that focus passes through; the editing tab does', async () => {
    await page.goto(`${site.server.url}/enterprise/`);
    await ready(page);
    await field(page, '企业名称').fill('只读标签页');
    await expect.poll(() => new URL(page.url()).searchParams.get('d')).toBeTruthy();
    const second = await context.newPage();
    await second.goto(page.url());
    await expect.poll(() => field(second, '企业名称').isEditable()).toBe(false);
    // The rules have arrived: the field has an error to show.
    await expect.poll(() => second.getByTestId('annex-status').textContent()).toContain('还有');
    await second.locator('#field-company-legalRep-input').focus();
    await second.keyboard.press('Tab');
    await second.waitForTimeout(500);
    expect(await second.locator('#field-company-legalRep-error').textContent()).toBe('');
    await page.locator('#field-company-legalRep-input').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('#field-company-legalRep-error').textContent()).not.toBe('');
  });
});

describe('我的档案 beside an open editor', () => {
  // The editor wrote its own copy of the whole record on every save: a rename, an export mark or a
  // deletion made in 我的档案 was undone by the next keystroke.
  it('keeps a rename and a deletion made in the list through the editor’s next saves', async () => {
    await withExample(page);
    await field(page, '企业名称').fill('甲公司');
    await expect.poll(async () => ((await openDossierRecord(page))?.data.company as Record<string, unknown>)?.name).toBe('甲公司');
    const list = await context.newPage();
    list.on('dialog', (d) => void d.accept(d.type() === 'prompt' ? '乙档案' : undefined));
    await list.goto(`${site.server.url}/dossiers/`);
    await list.getByRole('button', { name: '重命名甲公司' }).click();
    await expect.poll(() => list.getByRole('list', { name: '档案列表' }).textContent()).toContain('乙档案');
    // The open editor's bar follows at once, before its own next save.
    await expect.poll(() => page.getByTestId('dossier-name').textContent()).toBe('乙档案');

    await field(page, '企业名称').fill('甲公司改名后');
    await expect.poll(async () => ((await openDossierRecord(page))?.data.company as Record<string, unknown>)?.name).toBe('甲公司改名后');
    expect((await openDossierRecord(page))?.name).toBe('乙档案');

    await list.reload();
    await list.getByRole('button', { name: '删除乙档案' }).click();
    await expect.poll(() => list.getByTestId('dossier-item').count()).toBe(0);
    await field(page, '企业名称').fill('删除后又打的字');
    await expect.poll(() => page.getByText('此档案已在“我的档案”中删除', { exact: false }).count()).toBeGreaterThan(0);
    // Said as soon as the list deleted it; the typing is saved with it after the pause.
    const stored = async () => (await storedDossiers(page)).find((d) => (d.data.company as Record<string, unknown> | undefined)?.name === '删除后又打的字');
    await expect.poll(async () => (await stored())?.deletedAt).toBeTruthy();
    await list.reload();
    await expect.poll(() => list.getByRole('list', { name: '档案列表' }).count()).toBe(0);

    // The editor promises the deletion can be undone in 我的档案 within a day: after a reload too,
    // and without losing what the editor saved after the deletion.
    await list.getByRole('button', { name: '撤销删除“乙档案”' }).click();
    await expect.poll(() => list.getByTestId('dossier-item').count()).toBe(1);
    const deleted = await stored();
    const back = (await storedDossiers(list)).find((d) => d.id === deleted!.id);
    expect(back).toMatchObject({ name: '乙档案', data: { company: { name: '删除后又打的字' } } });
    expect(back?.deletedAt).toBeUndefined();
    await field(page, '企业名称').fill('恢复后打的字');
    await expect.poll(async () => ((await openDossierRecord(page))?.data.company as Record<string, unknown>)?.name).toBe('恢复后打的字');
    expect((await openDossierRecord(page))?.deletedAt).toBeUndefined();
  });
});

describe('the backup reminder', () => {
  const REMINDER = '已有不少改动尚未导出';
  it('counts the saves that change the answers, not moves between steps, and goes with an export', async () => {
    await withExample(page);
    await page.waitForTimeout(700);
    const record = (await openDossierRecord(page))!;
    // One change short of the reminder (REMIND_AFTER_CHANGES = 30).
    await putDossiers(page, [{ ...record, changes: 29 }]);
    const steps = page.getByRole('navigation', { name: '填写步骤' }).getByRole('button');
    // Each move is saved (the dossier reopens on its step): wait for each save before the next.
    let step = record.step;
    for (const n of [1, 2, 0]) {
      await steps.nth(n).click();
      await expect.poll(async () => (await openDossierRecord(page))?.step).not.toBe(step);
      step = (await openDossierRecord(page))?.step;
    }
    await page.getByRole('navigation', { name: '附件' }).getByRole('button', { name: '附件2', exact: true }).click();
    await expect.poll(async () => (await openDossierRecord(page))?.annex).toBe('annex2');
    expect((await openDossierRecord(page))?.changes).toBe(29);
    expect(await page.getByText(REMINDER).count()).toBe(0);

    await field(page, '主导产品名称').fill('改了一项');
    await expect.poll(async () => (await openDossierRecord(page))?.changes).toBe(30);
    await expect.poll(() => page.getByText(REMINDER).count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('toolbar', { name: '答案文件' }).getByRole('button', { name: '导出答案文件' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await expect.poll(() => page.getByText(REMINDER).count()).toBe(0);
    await expect.poll(async () => (await openDossierRecord(page))?.changes).toBe(0);
  });
});

describe('a deleted dossier', () => {
  // The undo was kept in the page alone: after a reload the dossier stayed in the browser for a day, out of reach.
  it('is listed under 最近删除 after a reload, with when it was deleted, until it is restored', async () => {
    await withExample(page);
    await page.waitForTimeout(700);
    const id = new URL(page.url()).searchParams.get('d')!;
    // Deleted more than a day ago: past the undo, no longer offered, and removed for good.
    const dayAndHourAgo = new Date(Date.now() - 25 * 3600 * 1000).toISOString();
    await putDossiers(page, [{ id: 'deleted-long-ago', kind: 'enterprise', name: '一天多以前删除的', createdAt: dayAndHourAgo, savedAt: dayAndHourAgo, deletedAt: dayAndHourAgo, data: {} }]);

    await page.goto(`${site.server.url}/dossiers/`);
    const items = page.getByTestId('dossier-item');
    await expect.poll(() => items.count()).toBe(1);
    await page.getByRole('button', { name: '删除四川蜀芯精密传动科技有限公司' }).click();
    await expect.poll(() => items.count()).toBe(0);
    await page.reload();

    const recent = page.getByRole('region', { name: '最近删除（24小时内可恢复）' });
    await expect.poll(() => recent.getByTestId('deleted-item').count()).toBe(1);
    const text = await recent.getByTestId('deleted-item').textContent();
    expect(text).toContain('四川蜀芯精密传动科技有限公司');
    expect(text).toMatch(/删除于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(await recent.textContent()).not.toContain('一天多以前删除的');
    expect((await storedDossiers(page)).map((d) => d.id)).toEqual([id]);
    // Not "no dossiers yet" above a dossier that can still be restored.
    expect(await page.getByText('本浏览器中还没有档案。').count()).toBe(0);
    expect(await page.locator('.empty-desk').textContent()).toBe('本浏览器中没有现存的档案。最近删除的档案列在下方，可以撤销删除。');

    await recent.getByRole('button', { name: '撤销删除“四川蜀芯精密传动科技有限公司”' }).click();
    await expect.poll(() => items.count()).toBe(1);
    await expect.poll(() => recent.count()).toBe(0);
    expect(await page.getByRole('status').textContent()).toContain('已恢复“四川蜀芯精密传动科技有限公司”');
    await page.reload();
    await expect.poll(() => items.count()).toBe(1);
    const restored = (await storedDossiers(page)).find((d) => d.id === id);
    expect(restored?.deletedAt).toBeUndefined();
    expect((restored?.data.company as Record<string, unknown>).name).toBe('四川蜀芯精密传动科技有限公司');
  });
});

describe('the editing tab closing', () => {
  it('hands the dossier to the read-only tab, with what it last typed', async () => {
    await withExample(page);
    const url = page.url();
    const second = await context.newPage();
    await second.goto(url);
    await expect.poll(() => field(second, '企业名称').isEditable()).toBe(false);
    await field(page, '企业名称').fill('关闭前改的');
    await page.close();
    await expect.poll(() => field(second, '企业名称').isEditable(), { timeout: 10_000 }).toBe(true);
    expect(await field(second, '企业名称').inputValue()).toBe('关闭前改的');
    await expect.poll(() => second.getByRole('status').filter({ hasText: '另一个标签页已关闭，本页现在可以编辑此档案。' }).count()).toBeGreaterThan(0);
    await field(second, '企业名称').fill('接着改的');
    await expect.poll(async () => ((await openDossierRecord(second))?.data.company as Record<string, unknown>)?.name).toBe('接着改的');
  });
});

describe('taking a dossier over at once', () => {
  it('keeps what the first tab typed just before, not yet saved', async () => {
    await withExample(page);
    const second = await context.newPage();
    await second.goto(page.url());
    await expect.poll(() => second.getByRole('status').filter({ hasText: '此档案正在另一个标签页中编辑' }).count()).toBe(1);
    // Typed, and taken over at once: the text is still in the field, neither in the dossier nor saved.
    await field(page, '企业名称').fill('接管前一刻打的字');
    await second.getByRole('button', { name: '在本页编辑' }).click();
    await expect.poll(() => field(second, '企业名称').isEditable()).toBe(true);
    expect(await field(second, '企业名称').inputValue()).toBe('接管前一刻打的字');
    await expect.poll(() => field(page, '企业名称').isEditable()).toBe(false);
    expect(await field(page, '企业名称').inputValue()).toBe('接管前一刻打的字');
  });
});

describe('when the browser refuses storage', () => {
  it('says so plainly and keeps working in memory, with export offered', async () => {
    await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { get: () => undefined }));
    await withExample(page);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '本浏览器不允许保存' }).count()).toBeGreaterThan(0);
    await field(page, '企业名称').fill('只在内存里');
    expect(await field(page, '企业名称').inputValue()).toBe('只在内存里');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出答案文件' }).click()]);
    expect(JSON.parse(await readFile((await download.path())!, 'utf8')).data.company.name).toBe('只在内存里');
  });
});

describe('when the browser refuses storage, leaving the page', () => {
  it('asks first while answers are not exported, says where they are kept, and why they are gone after a reload', async () => {
    await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { get: () => undefined }));
    const dialogs: string[] = [];
    page.removeAllListeners('dialog');
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()} ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(`${site.server.url}/enterprise/`);
    await ready(page);
    // A click: browsers ask before leaving only a page the person has used.
    await field(page, '企业名称').click();
    await field(page, '企业名称').fill('只在本页');
    await expect.poll(() => page.locator('.save-state').textContent()).toBe('只保留在本页（浏览器不允许保存），请“导出答案文件”备份');
    expect(await page.locator('.save-time').count()).toBe(0);

    await page.getByRole('button', { name: '新建档案' }).click();
    expect(dialogs).toEqual(['confirm 本浏览器不允许保存，新建档案会离开本页，本页填写的内容将丢失。如需保留，请先“导出答案文件”。\n\n仍要新建档案吗？']);
    expect(await field(page, '企业名称').inputValue()).toBe('只在本页');

    await page.evaluate(() => location.reload());
    await expect.poll(() => dialogs.length).toBe(2);
    expect(dialogs[1]).toMatch(/^beforeunload/);
    expect(await field(page, '企业名称').inputValue()).toBe('只在本页');

    // Exported, the same answers leave without a question; the page that opens says why they are gone.
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出答案文件' }).click()]);
    await page.reload();
    await ready(page);
    expect(dialogs).toHaveLength(2);
    await expect.poll(() => page.getByText('本浏览器不允许网页保存内容，上次在本页填写的内容没有保存下来；已新建一份档案。').count()).toBe(1);
  });
});

describe('when the browser cannot write (storage full)', () => {
  it('still leaves the closing copy of answers it could not save', async () => {
    await context.addInitScript(() => {
      // Every write aborts, as on a full disk.
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        const r = put.apply(this, args);
        this.transaction.abort();
        return r;
      };
    });
    await page.goto(`${site.server.url}/enterprise/`);
    await ready(page);
    await field(page, '企业名称').fill('存不进去的');
    await expect.poll(() => page.locator('.save-state').textContent()).toBe('浏览器无法保存草稿，请“导出答案文件”备份');
    await page.close({ runBeforeUnload: true });
    // The landing page runs no dossier code: it leaves the copy where the closing tab put it.
    const other = await context.newPage();
    await other.goto(`${site.server.url}/`);
    const copies = await other.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('zjtx:pending:')).map((k) => localStorage.getItem(k)));
    expect(copies.join('')).toContain('存不进去的');
  });
});

describe('新建档案', () => {
  it('leaves nothing in 我的档案 until its first answer, and a reload of it is a new dossier again', async () => {
    await withExample(page);
    await page.getByRole('button', { name: '新建档案' }).click();
    await expect.poll(() => field(page, '企业名称').inputValue()).toBe('');
    await page.waitForTimeout(800);
    expect(await storedDossiers(page)).toHaveLength(1);
    await page.reload();
    await ready(page);
    expect(await field(page, '企业名称').inputValue()).toBe('');
    expect(await page.getByText('链接中的档案', { exact: false }).count()).toBe(0);
    await field(page, '企业名称').fill('第二家');
    await expect.poll(async () => (await storedDossiers(page)).length).toBe(2);
  });

  it('a plain link opens the dossier last written, not the one last opened in another tab', async () => {
    await withExample(page);
    const other = await context.newPage();
    other.on('dialog', (d) => void d.accept());
    await other.goto(page.url());
    // Opened read-only beside the editing tab, taken over, then left for a new dossier.
    await other.getByRole('button', { name: '在本页编辑' }).click();
    await ready(other);
    await other.getByRole('button', { name: '新建档案' }).click();
    await expect.poll(() => field(other, '企业名称').inputValue()).toBe('');
    await field(other, '企业名称').fill('另一家');
    await expect.poll(async () => (await storedDossiers(page)).length).toBe(2);
    await other.close();
    // The first tab edits again once the other has let the dossier go.
    await expect.poll(() => field(page, '企业名称').isEditable(), { timeout: 10_000 }).toBe(true);
    await field(page, '企业名称').fill('最后编辑的');
    await expect.poll(async () => ((await openDossierRecord(page))?.data.company as Record<string, unknown>)?.name).toBe('最后编辑的');
    const again = await context.newPage();
    await again.goto(`${site.server.url}/enterprise/`);
    await expect.poll(() => field(again, '企业名称').inputValue()).toBe('最后编辑的');
  });
});

describe('what is stored', () => {
  it('is shown, with one button to erase all of it', async () => {
    await withExample(page);
    await page.waitForTimeout(700);
    await page.goto(`${site.server.url}/dossiers/`);
    const panel = page.getByRole('region', { name: '本浏览器中保存的内容' });
    await expect.poll(() => panel.textContent()).toContain('档案 1 份');
    await panel.getByRole('button', { name: '删除本站在本浏览器中的全部数据' }).click();
    await expect.poll(() => page.getByText('本浏览器中还没有档案。').count()).toBe(1);
    expect(await storedDossiers(page)).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('zjtx:')))).toEqual([]);
  });
});

describe('a page opened and left', () => {
  it('adds no empty dossier to 我的档案; the first answer does', async () => {
    await page.goto(`${site.server.url}/platform/`);
    await ready(page);
    await page.waitForTimeout(1000);
    expect(await storedDossiers(page)).toEqual([]);
    await page.goto(`${site.server.url}/enterprise/`);
    await ready(page);
    await field(page, '企业名称').fill('第一次填写');
    await expect.poll(async () => (await storedDossiers(page)).map((r) => [r.kind, (r.data as { company?: { name?: string } }).company?.name])).toEqual([['enterprise', '第一次填写']]);
    await page.goto(`${site.server.url}/dossiers/`);
    await expect.poll(() => page.getByText('第一次填写').count()).toBeGreaterThan(0);
    expect(await page.getByText('本浏览器中还没有档案。').count()).toBe(0);
  });
});

describe('erasing everything with a form open in another tab', () => {
  it('tells the form, which stops saving and leaves nothing behind that would bring the data back', async () => {
    await withExample(page);
    await page.waitForTimeout(700);
    const list = await context.newPage();
    list.on('dialog', (d) => void d.accept());
    await list.goto(`${site.server.url}/dossiers/`);
    await list.getByRole('button', { name: '删除本站在本浏览器中的全部数据' }).click();
    await expect.poll(() => list.getByText('本浏览器中还没有档案。').count()).toBe(1);
    // The form says what happened, not that the browser cannot save.
    await expect.poll(() => page.getByText('本浏览器中保存的全部档案已在“我的档案”中删除', { exact: false }).count()).toBeGreaterThan(0);
    await field(page, '企业名称').fill('删除之后打的字');
    await page.waitForTimeout(700);
    expect(await page.getByText('浏览器无法保存草稿').count()).toBe(0);
    // What is on screen can still be exported.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出答案文件' }).click()]);
    expect(JSON.parse(await readFile((await download.path())!, 'utf8')).data.company.name).toBe('删除之后打的字');
    // Closing the form leaves no copy for the next page to pick up.
    await page.close({ runBeforeUnload: true });
    await list.reload();
    await expect.poll(() => list.getByText('本浏览器中还没有档案。').count()).toBe(1);
    expect(await storedDossiers(list)).toEqual([]);
    expect(await list.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('zjtx:')))).toEqual([]);
  });
});

describe('exporting', () => {
  it('warns when the answer file is past what an import takes, and saves it all the same', async () => {
    await withExample(page);
    await page.getByRole('navigation', { name: '附件' }).getByRole('button', { name: '附件2', exact: true }).click();
    await page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: /企业简介/ }).click();
    const intro = page.locator('[data-path="intro"] textarea');
    // 1.8 million characters of three bytes each: 5.4 MB in UTF-8.
    await intro.fill('字'.repeat(1_800_000));
    await intro.blur();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出答案文件' }).click()]);
    expect((await readFile((await download.path())!)).length).toBeGreaterThan(5 * 1024 * 1024);
    await expect.poll(() => page.getByText('超过导入的上限 5 MB，以后无法再导入', { exact: false }).count()).toBe(1);
    expect(await page.getByText('可随时导入继续填写').count()).toBe(0);
  });
});

describe('importing', () => {
  it('never replaces the open dossier without asking', async () => {
    const decline = await context.newPage();
    await withExample(page);
    await page.close();
    decline.on('dialog', (d) => void (d.type() === 'confirm' ? d.dismiss() : d.accept()));
    await decline.goto(`${site.server.url}/enterprise/`);
    await ready(decline);
    await field(decline, '企业名称').fill('正在填写的企业');
    const other = { format: 'zjtx-answers', formatVersion: 1, kind: 'enterprise', data: { company: { name: '导入的企业' } } };
    await decline.locator('input[type=file]').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
    await decline.waitForTimeout(500);
    expect(await field(decline, '企业名称').inputValue()).toBe('正在填写的企业');

    decline.removeAllListeners('dialog');
    decline.on('dialog', (d) => void d.accept());
    await decline.locator('input[type=file]').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
    await expect.poll(() => field(decline, '企业名称').inputValue()).toBe('导入的企业');
  });
});
