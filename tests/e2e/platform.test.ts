/** The platform journey in real headless Chromium: category switch, pasted staff table, full download. */
import { readFile } from 'node:fs/promises';
import PizZip from 'pizzip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { paragraphs } from '../helpers/docx.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';
import { openTab } from '../helpers/steps.ts';

let server: StaticServer;
let browser: Browser;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  const context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => void d.accept());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const tabs = () => page.getByRole('navigation', { name: '附件' });
const openAnnex = (number: string) => openTab(page, number);

// The open annex's steps (the seed's sections).
const steps = () => page.getByRole('navigation', { name: '填写步骤' });
async function openStep(label: RegExp) {
  await steps().getByRole('button', { name: label }).click();
  await expect.poll(() => steps().locator('[aria-current="step"]').textContent()).toMatch(label);
}

describe('platform', () => {
  it('follows the category, takes 30 pasted staff rows and downloads every annex', async () => {
    await page.goto(`${server.url}/platform/`);
    // Until 申报类别 is answered, 附件4-4 and 4-5 are counted among the platform's annexes, not listed.
    await expect.poll(() => page.getByTestId('pending-annexes').textContent()).toContain('另有 2 个附件取决于您的回答');
    await page.getByRole('button', { name: '载入示例' }).click();
    await expect.poll(() => tabs().textContent()).toContain('附件4-4');
    expect(await page.getByTestId('pending-annexes').count()).toBe(0);
    expect(await tabs().textContent()).not.toContain('附件4-5');

    // 重点 → 统筹: 附件4-1's 绩效目标表 and the work plan change with it.
    await openAnnex('附件4-1');
    // The 绩效目标表 is a step of 附件4-1, shown for the chosen category only.
    await expect.poll(() => steps().textContent()).toContain('四、绩效目标表（重点支持');
    expect(await steps().textContent()).not.toContain('四、绩效目标表（统筹支持');
    await page.getByRole('radio', { name: '统筹支持“专精特新”中小企业公共服务示范平台' }).first().check();
    await expect.poll(() => steps().textContent()).toContain('四、绩效目标表（统筹支持');
    expect(await steps().textContent()).not.toContain('四、绩效目标表（重点支持');
    await openStep(/绩效目标表（统筹支持/);
    await expect.poll(() => page.getByRole('heading', { name: /四、绩效目标表（统筹支持/ }).count()).toBe(1);
    await openStep(/申报类别/);
    await expect.poll(() => tabs().textContent()).toContain('附件4-5');
    expect(await tabs().textContent()).not.toContain('附件4-4');
    await page.getByRole('radio', { name: '重点支持国家级专精特新“小巨人”企业公共服务示范平台' }).first().check();
    await expect.poll(() => tabs().textContent()).toContain('附件4-4');

    // 企业所在地：区（市县） offers the divisions of the row's 市（州）.
    await openAnnex('附件4-2');
    const district = page.getByLabel('企业所在地：区（市县）（第2行）');
    const listId = await district.getAttribute('list');
    expect(await page.locator(`datalist[id="${listId}"] option`).evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value))).toContain('涪城区');

    // 30 staff rows pasted as Excel copies them (tab-separated).
    await openAnnex('附件4-3');
    // A box of blanks is said to be one, not taken as a request to read the clipboard.
    await page.getByLabel('粘贴表格').fill('  \n ');
    await page.getByRole('button', { name: '从剪贴板粘贴的表格添加' }).click();
    await expect.poll(() => page.getByText('上面的框里只有空格或空行').count()).toBe(1);
    // The first name holds a line break inside Excel's quotes: a one-line cell takes it as a space, and says so.
    const name = (i: number) => (i === 0 ? '"粘贴\r\n员工1"' : '粘贴员工' + (i + 1));
    // People's own sheets write 本科 and 1990.1: read as 大学本科 and 1990-01, and said.
    const born = (i: number) => (i % 2 === 0 ? '1990.' : '1990-0') + ((i % 9) + 1);
    const tsv = Array.from({ length: 30 }, (_, i) => [name(i), born(i), i % 3 === 0 ? '本科' : '大学本科', '四川大学', '工程师', String(3 + (i % 10)), '是', '技术服务'].join('\t')).join('\n');
    await page.getByLabel('粘贴表格').fill(tsv);
    await page.getByRole('button', { name: '从剪贴板粘贴的表格添加' }).click();
    await expect
      .poll(() => page.getByText('已添加30行。第1行“姓名”的单元格内有换行，该栏只能填一行，换行已改为空格。“学历”的“本科”按“大学本科”填入，请核对。').count())
      .toBe(1);
    expect(await page.getByLabel('姓名（第25行）').inputValue()).toBe('粘贴 员工1');
    expect(await page.getByLabel('出生年月（第25行）').inputValue()).toBe('1990-01');
    expect(await page.getByLabel('学历（第25行）').evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('大学本科');
    await expect.poll(() => page.getByText('共 54 行').count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '全部下载（zip）' }).click()]);
    const zip = new PizZip(await readFile((await download.path())!));
    expect(Object.keys(zip.files).sort()).toEqual(
      [
        '附件4-成都蜀创中小企业服务中心有限公司-申请书.docx',
        '附件4-1-成都蜀创中小企业服务中心有限公司-基本情况表.docx',
        '附件4-2-成都蜀创中小企业服务中心有限公司-服务企业情况一览表.docx',
        '附件4-3-成都蜀创中小企业服务中心有限公司-服务人员情况一览表.docx',
        '附件4-4-成都蜀创中小企业服务中心有限公司-工作方案.docx',
        '附件4-6-成都蜀创中小企业服务中心有限公司-承诺书.docx',
        '答案文件-成都蜀创中小企业服务中心有限公司.json',
      ].sort(),
    );
    const staff = paragraphs(zip.file('附件4-3-成都蜀创中小企业服务中心有限公司-服务人员情况一览表.docx')!.asUint8Array());
    expect(staff).toContain('粘贴员工30');
    expect(staff).toContain('54');
    // Keyboard only: add a row, type its name, move it up, delete it.
    const addRow = page.getByRole('button', { name: '添加一行' });
    await addRow.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('共 55 行').count()).toBe(1);
    await page.getByLabel('姓名（第55行）').focus();
    await page.keyboard.type('键盘新增');
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: '上移第55行' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('姓名（第54行）').inputValue()).toBe('键盘新增');
    await page.getByRole('button', { name: '删除第54行' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('共 54 行').count()).toBe(1);
    expect(await page.getByLabel('姓名（第54行）').inputValue()).toBe('粘贴员工30');

    // A rule across fields (自有 + 租用 = 总面积) shows at its field like any other error, then clears.
    await openAnnex('附件4-1');
    await openStep(/三、平台服务能力/);
    const rented = page.getByLabel('其中：租用（平方米）', { exact: true });
    await rented.fill('1900');
    const floorError = page.locator('[data-path="capacity.floorTotal"] .error');
    await expect.poll(() => floorError.textContent()).toBe('自有面积1200与租用面积1900之和为3100平方米，应等于服务场地面积3200平方米。');
    await rented.fill('2000');
    await expect.poll(() => floorError.textContent()).toBe('');

    // A row's state follows the row: a touched, emptied name keeps its error when a row above is deleted.
    await openAnnex('附件4-3');
    const name5 = page.getByLabel('姓名（第5行）');
    await name5.fill('');
    await name5.blur();
    await expect.poll(() => name5.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: '删除第1行' }).click();
    await expect.poll(() => page.getByLabel('姓名（第4行）').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('姓名（第5行）').getAttribute('aria-invalid')).not.toBe('true');

    const foreign = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
  });
});

describe('a table cell being typed in', () => {
  it('reaches the draft when the tab is closed a moment after typing', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const first = await context.newPage();
    first.on('dialog', (d) => void d.accept());
    await first.goto(`${server.url}/platform/`);
    await first.getByRole('button', { name: '载入示例' }).click();
    await first.getByRole('navigation', { name: '附件' }).getByRole('button', { name: '附件4-3', exact: true }).click();
    const cell = first.getByLabel('主管工作（第3行）');
    await cell.fill('');
    await cell.pressSequentially('关标签前最后输入', { delay: 10 });
    // Well inside the old 400 ms commit delay plus the 500 ms save delay, where typing used to be lost.
    await first.waitForTimeout(300);
    await first.close({ runBeforeUnload: true });
    const again = await context.newPage();
    await again.goto(`${server.url}/platform/`);
    await again.getByRole('navigation', { name: '附件' }).getByRole('button', { name: '附件4-3', exact: true }).click();
    await expect.poll(() => again.getByLabel('主管工作（第3行）').inputValue()).toBe('关标签前最后输入');
    await context.close();
  });
});

/** A page of its own with the example loaded and `annex` open. */
async function exampleOpenAt(annex: string) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  p.on('dialog', (d) => void d.accept());
  await p.goto(`${server.url}/platform/`);
  await p.getByRole('button', { name: '载入示例' }).click();
  await p.getByRole('navigation', { name: '附件' }).getByRole('button', { name: annex, exact: true }).click();
  return { context, p };
}

describe('the staff table on screen and on paper', () => {
  it('lines its grid rows up under the header, keeps header and row numbers in view, and still reads as a table', async () => {
    const { context, p } = await exampleOpenAt('附件4-3');
    await p.getByLabel('主管工作（第3行）').waitFor();

    // Laid out as grid rows, it is still a table to assistive technology: named, with headers for columns and rows.
    const table = p.getByRole('table', { name: /服务人员情况一览表/ });
    expect(await table.count()).toBe(1);
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers[0]).toBe('序号');
    expect(headers.at(-1)?.trim()).toBe('操作');
    const third = table.getByRole('row').nth(3);
    expect(await third.getByRole('rowheader').textContent()).toBe('3');
    expect(await third.getByRole('cell').count()).toBe(headers.length - 1);

    // Every body row has the header's columns.
    const edges = () =>
      p.evaluate(() => {
        const cells = (row: Element) => [...row.children].map((c) => [Math.round(c.getBoundingClientRect().left), Math.round(c.getBoundingClientRect().width)]);
        const t = document.querySelector('table.data-table')!;
        return { head: cells(t.querySelector('thead tr')!), rows: [...t.querySelectorAll('tbody tr')].slice(0, 5).map(cells) };
      });
    const { head, rows } = await edges();
    for (const row of rows) expect(row).toEqual(head);

    // Scrolled inside its box, the header row stays at the top and the row numbers at the left.
    const box = p.locator('.data-table-scroll');
    await box.evaluate((e) => {
      e.scrollTop = 300;
      e.scrollLeft = 300;
    });
    const stuck = await box.evaluate((e) => {
      const at = e.getBoundingClientRect();
      const top = e.querySelector('thead')!.getBoundingClientRect().top - at.top - e.clientTop;
      const numbers = [...e.querySelectorAll('tbody .row-number')].map((n) => n.getBoundingClientRect()).filter((r) => r.bottom > at.top && r.top < at.bottom);
      return { top, lefts: [...new Set(numbers.map((r) => Math.round(r.left - at.left - e.clientLeft)))] };
    });
    expect(stuck.top).toBeCloseTo(0, 0);
    expect(stuck.lefts).toEqual([0]);

    // Printed, it is a real table again: fixed columns on the paper and every row drawn.
    await p.emulateMedia({ media: 'print' });
    const printed = await p.evaluate(() => {
      const t = document.querySelector('table.data-table')!;
      const style = (e: Element) => getComputedStyle(e);
      const row = t.querySelector('tbody tr')!;
      const cell = row.querySelector('td')!;
      const text = t.querySelector('tbody input[type=text]')!;
      return [style(t).display, style(t).tableLayout, style(t.querySelector('thead')!).display, style(row).display, style(row).contentVisibility, style(row.firstElementChild!).display, style(cell).contain, style(text).display];
    });
    // Its cells are plain table cells on paper, aligned as the table algorithm aligns them (no containment).
    expect(printed).toEqual(['table', 'fixed', 'table-header-group', 'table-row', 'visible', 'table-cell', 'none', 'inline-block']);

    // A short table keeps every cell rendered (and in the accessibility tree); past 40 rows, rows off
    // screen skip layout and paint.
    await p.emulateMedia({ media: 'screen' });
    // On screen each cell is laid out on its own, so a keystroke re-lays that cell alone.
    expect(await p.locator('table.data-table tbody td').first().evaluate((c) => getComputedStyle(c).contain)).toBe('layout style');
    // The text cell being typed in is laid out on its own too, in the very box it has when not focused.
    const textCell = p.locator('table.data-table tbody input[type=text]').first();
    const textBox = () =>
      textCell.evaluate((i) => {
        const r = i.getBoundingClientRect();
        const row = i.closest('tr')!.getBoundingClientRect();
        // Measured from its row: focusing scrolls the page.
        return { top: r.top - row.top, height: r.height, width: r.width, row: row.height, contain: getComputedStyle(i).contain };
      });
    const idle = await textBox();
    await textCell.focus();
    const typing = await textBox();
    expect(idle.contain).toBe('none');
    expect(typing).toEqual({ ...idle, contain: 'size layout style' });
    await textCell.blur();
    const visibility = () => p.locator('table.data-table tbody tr').first().evaluate((r) => getComputedStyle(r).contentVisibility);
    expect(await visibility()).toBe('visible');
    const tsv = Array.from({ length: 40 }, (_, i) => ['长表员工' + (i + 1), '1990-01', '大学本科', '四川大学', '工程师', '5', '是', '技术服务'].join('\t')).join('\n');
    await p.getByLabel('粘贴表格').fill(tsv);
    await p.getByRole('button', { name: '从剪贴板粘贴的表格添加' }).click();
    await expect.poll(visibility).toBe('auto');
    await context.close();
  });

  it('fills the blank rows at the table’s end with pasted rows, instead of adding after them', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    await p.goto(`${server.url}/platform/`);
    await expect.poll(() => p.getByRole('button', { name: '载入示例' }).isEnabled()).toBe(true);
    await p.getByRole('navigation', { name: '附件' }).getByRole('button', { name: '附件4-3', exact: true }).click();
    await p.getByRole('button', { name: '添加一行', exact: true }).click();
    await p.getByText('共 1 行', { exact: true }).waitFor();
    const tsv = ['王一\t1990-01\t大学本科\t四川大学\t工程师\t5\t是\t技术服务', '王二\t1991-02\t硕士研究生\t电子科技大学\t高级工程师\t6\t是\t咨询服务'].join('\n');
    await p.getByLabel('粘贴表格').fill(tsv);
    await p.getByRole('button', { name: '从剪贴板粘贴的表格添加' }).click();
    await p.getByText('共 2 行', { exact: true }).waitFor();
    expect(await p.getByLabel('姓名（第1行）', { exact: true }).inputValue()).toBe('王一');
    expect(await p.getByLabel('姓名（第2行）', { exact: true }).inputValue()).toBe('王二');
    await context.close();
  });

  it('lists on 检查与下载 a condition that is met but whose two staff counts disagree', async () => {
    const { context, p } = await exampleOpenAt('附件4-1');
    await p.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: /三、平台服务能力/ }).click();
    await p.getByLabel('中小企业专业服务人员（人）', { exact: true }).fill('30');
    await p.keyboard.press('Tab');
    await openTab(p, '检查与下载');
    await expect.poll(() => p.getByTestId('review-summary').textContent()).toContain('另有 1 项请核对。');
    expect(await p.locator('.review-list li').filter({ hasText: '4. 专业服务人员' }).textContent()).toContain('符合，但请核对。两处人数不一致：附件4-1为30人，附件4-3列了24人，请核对。');
    await context.close();
  });

  it('gives the open list of a last row room in the table’s box: every choice can be seen and clicked', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    await p.goto(`${server.url}/platform/`);
    await p.getByRole('navigation', { name: '附件' }).getByRole('button', { name: '附件4-2', exact: true }).click();
    await p.getByRole('button', { name: '添加一行' }).click();
    const summary = p.locator('.cell-choices summary').first();
    await summary.click();
    const choices = p.locator('.cell-choices[open] .choice');
    expect(await choices.count()).toBeGreaterThan(8);
    // The last choice is what is on top at its own centre, inside the table's box: nothing covers or clips it.
    const last = choices.last();
    const hit = await last.evaluate((label) => {
      const box = label.getBoundingClientRect();
      const scroller = label.closest('.data-table-scroll')!.getBoundingClientRect();
      const at = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return { onTop: !!at && label.contains(at), inBox: box.bottom <= scroller.bottom };
    });
    expect(hit).toEqual({ onTop: true, inBox: true });
    await last.click();
    expect(await last.locator('input').isChecked()).toBe(true);
    // Closed, the room goes again.
    await p.keyboard.press('Escape');
    await expect.poll(() => p.locator('.data-table-scroll').first().evaluate((e) => (e as HTMLElement).style.paddingBottom)).toBe('');
    await context.close();
  });

  it('shows the open list of choices in a cell whole, over the rows below it', async () => {
    const { context, p } = await exampleOpenAt('附件4-2');
    const summary = p.locator('.cell-choices summary').first();
    await summary.waitFor();
    // In the middle of the window: the open list reaches about 340 px down, and a point below the
    // window has nothing on top (scrolled only "if needed", the row could end up at the window's foot).
    await summary.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await summary.click();
    // Centred again once open: rows still settling under the first scroll could leave it lower.
    await summary.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    // A point of the open list below its own row, where the next rows are: the list is what is on top there.
    const onTop = await p.locator('.cell-choices[open] > div').first().evaluate((list) => {
      const box = list.getBoundingClientRect();
      const rowBottom = list.closest('tr')!.getBoundingClientRect().bottom;
      const y = Math.min(box.bottom - 4, rowBottom + 40);
      const hit = document.elementFromPoint(box.left + box.width / 2, y);
      return { below: y > rowBottom, inView: y < innerHeight, inList: !!hit && list.contains(hit) };
    });
    expect(onTop).toEqual({ below: true, inView: true, inList: true });
    await context.close();
  });
});
