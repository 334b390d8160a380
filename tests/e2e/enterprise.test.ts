/**
 * The enterprise journey in real headless Chromium against the built site:
 * what unit tests cannot reach (React, JSON Forms, downloads, storage, requests).
 */
import { readFile } from 'node:fs/promises';
import PizZip from 'pizzip';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { paragraphs } from '../helpers/docx.ts';
import { openDossierRecord } from '../helpers/idb.ts';
import { freshPage, useSite } from '../helpers/site.ts';
import { loadExample, openTab } from '../helpers/steps.ts';
import { answerFileOf, docxOf } from '../helpers/city.ts';
import { emptyDesk, serializeDesk } from '../../src/core/city/desk.ts';
import { zipFiles } from '../../src/core/docx/zip.ts';

const site = useSite();
let context: BrowserContext;
let page: Page;
let requests: string[];

beforeEach(async () => {
  await context?.close();
  ({ context, page } = await freshPage(site.browser));
  requests = [];
  page.on('request', (r) => requests.push(r.url()));
});

const field = (label: string) => page.getByLabel(label, { exact: true });
const errorOf = (path: string) => page.locator(`[data-path="${path}"] .error`);

const openAnnex = (number: string) => openTab(page, number);

/** Opens one of the annex's steps (the seed's sections) by its label. */
async function openStep(label: RegExp) {
  await page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: label }).click();
  await expect.poll(() => page.getByRole('navigation', { name: '填写步骤' }).locator('[aria-current="step"]').textContent()).toMatch(label);
}

async function openWithExample(annex = '附件2') {
  await page.goto(`${site.server.url}/enterprise/`);
  await page.getByRole('button', { name: '载入示例' }).click();
  await expect.poll(() => field('企业名称').inputValue()).toBe('四川蜀芯精密传动科技有限公司');
  await openAnnex(annex);
}

function assertSameOrigin() {
  const foreign = requests.filter((u) => !u.startsWith(site.server.url) && !u.startsWith('blob:') && !u.startsWith('data:'));
  expect(foreign).toEqual([]);
}

describe('a mistyped address', () => {
  it('gets the site’s own Chinese page, with the way back home', async () => {
    const response = await page.goto(`${site.server.url}/enterprse/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('找不到这个页面');
    await page.getByRole('link', { name: '回到首页' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('专精特新');
  });
});

describe('landing page', () => {
  it('ships no JavaScript but the tiny service-worker registration, and says nothing leaves the computer', async () => {
    await page.goto(`${site.server.url}/`);
    // The one script: an external file under 1 KB that registers the service worker (offline use, update notice).
    expect(await page.locator('script').evaluateAll((scripts) => scripts.map((s) => [s.getAttribute('src'), s.textContent]))).toEqual([['/sw-register.js', '']]);
    // sw.js runs in the service worker, not in the page.
    expect(requests.filter((u) => u.endsWith('.js') && !u.endsWith('/sw.js'))).toEqual([`${site.server.url}/sw-register.js`]);
    expect((await (await fetch(`${site.server.url}/sw-register.js`)).arrayBuffer()).byteLength).toBeLessThan(1024);
    await expect.poll(() => page.textContent('body')).toContain('不会离开这台电脑');
    await page.getByRole('link', { name: '开始填写：企业（专精特新“小巨人”）' }).click();
    // The page then names the dossier it opened in the address (?d=…), so a reload opens the same one.
    await expect.poll(() => page.url().split('?')[0]).toBe(`${site.server.url}/enterprise/`);
    assertSameOrigin();
  });
});

describe('附件2 form', () => {
  it('shows a wrong credit code at the field, then clears it', async () => {
    await openWithExample();
    const code = field('统一社会信用代码');
    await code.fill('91510100MA6CXY3R1X');
    await expect.poll(() => errorOf('company.creditCode').textContent()).toBe('最后一位校验码应为“W”，现为“X”，请核对营业执照。');
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    expect(await code.getAttribute('aria-describedby')).toContain('field-company-creditCode-error');
    await code.fill('91510100MA6CXY3R1W');
    await expect.poll(() => errorOf('company.creditCode').textContent()).toBe('');
    expect(await code.getAttribute('aria-invalid')).toBe('false');
    assertSameOrigin();
  });

  it('writes a code pasted with spaces, in lower case or in full-width as the form asks, on leaving the field', async () => {
    await openWithExample();
    const code = field('统一社会信用代码');
    await code.fill(' ９１５１０１００ma6cxy3r1w ');
    await code.blur();
    await expect.poll(() => code.inputValue()).toBe('91510100MA6CXY3R1W');
    await expect.poll(() => errorOf('company.creditCode').textContent()).toBe('');
    // A name is not a code: what was typed stays as typed.
    const rep = field('法定代表人');
    await rep.fill('陈　立新');
    await rep.blur();
    expect(await rep.inputValue()).toBe('陈　立新');
  });

  it('keeps an amount typed in 元 in a 万元 field as typed, and says to convert it', async () => {
    await openWithExample();
    const capital = field('注册资本（万元）');
    await capital.fill('3000元');
    await capital.blur();
    await expect.poll(() => errorOf('company.registeredCapital').textContent()).toBe('本项以“万元”为单位，现为“3000元”，请换算成万元后只填数字。');
    expect(await capital.inputValue()).toBe('3000元');
    // Its own unit is understood, and said.
    await capital.fill('3000万');
    await capital.blur();
    await expect.poll(() => errorOf('company.registeredCapital').textContent()).toBe('');
    await expect.poll(() => page.locator('[data-path="company.registeredCapital"] .counter').textContent()).toBe('按 3000万元 记录');
  });

  it('shows a missing required value once the field is left', async () => {
    await openWithExample();
    const name = field('法定代表人');
    await name.fill('');
    await name.blur();
    await expect.poll(() => errorOf('company.legalRep').textContent()).toBe('请填写法定代表人。');
  });

  it('counts 企业简介 as a person does and flags it over 500', async () => {
    await openWithExample();
    await openStep(/企业简介/);
    const intro = field('企业简介（不超过500字，另附页无效）');
    await intro.fill('😀'.repeat(501));
    await expect.poll(() => page.getByText('已输入 501/500 字').count()).toBe(1);
    await expect.poll(() => errorOf('intro').textContent()).toBe('企业简介不能超过500字，现有501字，请删减1字。');
    await intro.fill('😀'.repeat(500));
    await expect.poll(() => errorOf('intro').textContent()).toBe('');
  });

  it('downloads 附件2 with the value just typed, loading the generator only then', async () => {
    await openWithExample();
    await field('企业名称').fill('四川新值测试科技有限公司');
    const scripts = () => requests.filter((u) => u.endsWith('.js'));
    // Nothing loaded so far may contain docxtemplater or pizzip: recognise them by their own code, not by file name.
    const loaded = await Promise.all(scripts().map(async (u) => (await fetch(u)).text()));
    expect(loaded.length).toBeGreaterThan(0);
    for (const code of loaded) {
      expect(code).not.toContain('paragraphLoop');
      expect(code).not.toContain('End of central directory');
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载附件2（Word）' }).click()]);
    expect(download.suggestedFilename()).toBe('附件2-四川新值测试科技有限公司-基本情况表.docx');
    const bytes = new Uint8Array(await readFile((await download.path())!));
    const text = paragraphs(bytes);
    expect(text[text.indexOf('企业名称') + 1]).toBe('四川新值测试科技有限公司');
    expect(text).toContain('91510100MA6CXY3R1W');
    const after = await Promise.all(scripts().map(async (u) => (await fetch(u)).text()));
    expect(after.some((code) => code.includes('paragraphLoop'))).toBe(true);

    // The document carries its answers: importing it brings the typed name back.
    await field('企业名称').fill('改过的名称');
    await page.locator('input[type=file]').setInputFiles((await download.path())!);
    await expect.poll(() => field('企业名称').inputValue()).toBe('四川新值测试科技有限公司');
    assertSameOrigin();
  });

  it('holds back the download of an incomplete form and marks what is missing', async () => {
    await page.goto(`${site.server.url}/enterprise/`);
    await openAnnex('附件2');
    await page.getByRole('button', { name: '下载附件2（Word）' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '还有 17 处' }).count()).toBeGreaterThan(0);
    await expect.poll(() => errorOf('company.name').first().textContent()).toBe('请填写企业名称。');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '仍然下载（未填的项留空，有误的项照所填内容）' }).click()]);
    expect(download.suggestedFilename()).toBe('附件2-未命名企业-基本情况表.docx');
  });
});

describe('fast typing', () => {
  it('keeps every keystroke, in a text field and in the draft', async () => {
    await openWithExample();
    const segment = field('具体细分领域名称');
    await segment.fill('');
    const text = '工业机器人用高精度RV减速器及谐波减速器关键零部件';
    await segment.pressSequentially(text, { delay: 5 });
    expect(await segment.inputValue()).toBe(text);
    await expect.poll(async () => ((await openDossierRecord(page))?.data.company as Record<string, unknown> | undefined)?.segment).toBe(text);
  });
});

describe('answers', () => {
  it('keeps the draft after the tab is closed and reopened', async () => {
    await openWithExample();
    await field('具体细分领域名称').fill('草稿保存测试');
    await expect.poll(async () => JSON.stringify((await openDossierRecord(page))?.data ?? {})).toContain('草稿保存测试');
    const again = await context.newPage();
    await page.close();
    await again.goto(`${site.server.url}/enterprise/`);
    await again.getByRole('navigation', { name: '附件' }).getByRole('button', { name: '附件2', exact: true }).click();
    await expect.poll(() => again.getByLabel('具体细分领域名称', { exact: true }).inputValue()).toBe('草稿保存测试');
  });

  it('exports an answer file and imports it back', async () => {
    await openWithExample();
    await field('主导产品名称').fill('导出导入测试');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出答案文件' }).click()]);
    const path = (await download.path())!;
    const saved = JSON.parse(await readFile(path, 'utf8'));
    expect(saved).toMatchObject({ format: 'zjtx-answers', kind: 'enterprise', data: { company: { productName: '导出导入测试' } } });
    await field('主导产品名称').fill('改掉了');
    await page.locator('input[type=file]').setInputFiles(path);
    await expect.poll(() => field('主导产品名称').inputValue()).toBe('导出导入测试');
  });

  it.each([
    ['broken.json', '{"format": "zjtx-answers", ', '不是有效的 JSON'],
    ['other.json', '{"hello": "world"}', '不是本站导出的答案文件'],
  ])('refuses %s with a Chinese message and keeps the open draft', async (name, content, message) => {
    await openWithExample();
    await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain(message);
    expect(await field('企业名称').inputValue()).toBe('四川蜀芯精密传动科技有限公司');
  });
});

describe('a file of another page', () => {
  const platformDocx = docxOf('platform');
  const desk = { name: '汇总文件-成都市.json', bytes: new TextEncoder().encode(serializeDesk(emptyDesk())) };
  const toPlatform = { text: '打开“公共服务示范平台”页面', href: '/platform/' };
  // Once it said only "答案文件" and "不能在本页打开", of a Word document too, and not where to go.
  it.each([
    {
      what: 'the platform\'s answer file',
      page: 'enterprise',
      file: answerFileOf('platform'),
      said: '这是“公共服务示范平台”的答案文件，不能在本页打开。请到“公共服务示范平台”页面，点“导入答案文件”选择它。',
      link: toPlatform,
    },
    {
      what: 'a Word document generated for the platform',
      page: 'enterprise',
      file: platformDocx,
      said: '这是本站为“公共服务示范平台”生成的 Word 文档，不能在本页打开。请到“公共服务示范平台”页面，点“导入答案文件”选择它。',
      link: toPlatform,
    },
    {
      what: 'the platform\'s zip of 全部下载',
      page: 'enterprise',
      file: { name: '全部下载.zip', bytes: zipFiles([answerFileOf('platform'), platformDocx]) },
      said: '这个压缩包里是“公共服务示范平台”的答案，不能在本页打开。请到“公共服务示范平台”页面，点“导入答案文件”选择它。',
      link: toPlatform,
    },
    {
      what: 'a Word document generated for an enterprise',
      page: 'platform',
      file: docxOf('enterprise'),
      said: '这是本站为“企业（专精特新“小巨人”）”生成的 Word 文档，不能在本页打开。请到“企业（专精特新“小巨人”）”页面，点“导入答案文件”选择它。',
      link: { text: '打开“企业（专精特新“小巨人”）”页面', href: '/enterprise/' },
    },
    {
      what: 'the city desk\'s 汇总文件',
      page: 'enterprise',
      file: desk,
      said: '这是市（州）汇总文件，不是企业或平台的答案文件。请在“市（州）中小企业主管部门”页面点“选择文件”打开它。',
      link: undefined,
    },
  ])('on the $page page, $what is refused with what it is and where it opens, and the open draft is kept', async ({ page: kind, file, said, link }) => {
    await page.goto(`${site.server.url}/${kind}/`);
    await loadExample(page);
    // The dossier bar names the applicant of the open draft: the example's, before and after.
    const name = page.getByTestId('dossier-name');
    const before = await name.textContent();
    expect(before).toContain(kind === 'enterprise' ? '四川蜀芯精密传动科技有限公司' : '成都蜀创中小企业服务中心有限公司');
    await page.locator('input[type=file]').setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: Buffer.from(file.bytes) });
    await expect.poll(() => page.getByRole('alert').locator('p').first().textContent()).toContain(said);
    const links = page.getByRole('alert').getByRole('link');
    if (link) {
      expect(await links.textContent()).toBe(link.text);
      expect(await links.getAttribute('href')).toBe(link.href);
    } else expect(await links.count()).toBe(0);
    expect(await name.textContent()).toBe(before);
  });
});

describe('a draft an earlier version kept in localStorage', () => {
  it('becomes a dossier in the browser\'s database', async () => {
    await page.goto(`${site.server.url}/`);
    await page.evaluate(() => localStorage.setItem('zjtx:draft:enterprise', JSON.stringify({ format: 'zjtx-answers', formatVersion: 1, kind: 'enterprise', data: { company: { name: '旧版草稿企业' } } })));
    await page.goto(`${site.server.url}/enterprise/`);
    await expect.poll(() => field('企业名称').inputValue()).toBe('旧版草稿企业');
    expect(await page.evaluate(() => localStorage.getItem('zjtx:draft:enterprise'))).toBeNull();
    expect((await openDossierRecord(page))?.data).toMatchObject({ company: { name: '旧版草稿企业' } });
  });

  it('is set aside, never overwritten, when this version cannot read it, and the user is told', async () => {
    await page.goto(`${site.server.url}/`);
    await page.evaluate(() => localStorage.setItem('zjtx:draft:enterprise', '{"format":"zjtx-answers","formatVersion":99,"kind":"enterprise","data":{}}'));
    await page.goto(`${site.server.url}/enterprise/`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '草稿无法读取' }).count()).toBe(1);
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':unreadable:')).map((k) => localStorage.getItem(k)));
    expect(backups).toEqual(['{"format":"zjtx-answers","formatVersion":99,"kind":"enterprise","data":{}}']);
  });
});

describe('the enterprise package', () => {
  it('fails rule 2 with its numbers when 主营业务收入 drops below 70%, and still downloads all three annexes', async () => {
    await openWithExample('附件1');
    const rule2 = page.locator('[data-rule="specialisation"]');
    await expect.poll(() => rule2.locator('.badge').textContent()).toBe('符合');
    await openStep(/三、相关指标/);
    await field('2020年主营业务收入（万元）').fill('25000');
    await expect.poll(() => rule2.locator('.badge').textContent()).toBe('不符合');
    expect(await rule2.textContent()).toContain('2020年：主营业务收入 25000 ÷ 营业收入 36500 = 68.49%（要求不低于70%）');
    await expect.poll(() => page.getByTestId('eligibility-count').textContent()).toContain('1 项不符合');

    // From another annex, the rule's field link opens 附件1 and puts the cursor in the field.
    await openAnnex('附件2');
    await rule2.getByRole('button', { name: '2020年主营业务收入（万元）' }).click();
    await expect.poll(() => page.locator('.annex-title').textContent()).toContain('附件1');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-indicators-2020-mainRevenue-input');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '全部下载（zip）' }).click()]);
    expect(download.suggestedFilename()).toBe('四川蜀芯精密传动科技有限公司-申报材料.zip');
    const zip = new PizZip(await readFile((await download.path())!));
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(
      [
        '附件1-四川蜀芯精密传动科技有限公司-申请书.docx',
        '附件2-四川蜀芯精密传动科技有限公司-基本情况表.docx',
        '附件3-四川蜀芯精密传动科技有限公司-目标表.docx',
        '答案文件-四川蜀芯精密传动科技有限公司.json',
      ].sort(),
    );
    const annex1 = paragraphs(zip.file('附件1-四川蜀芯精密传动科技有限公司-申请书.docx')!.asUint8Array()).join('\n');
    expect(annex1).toContain('25000');
    expect(annex1).toContain('68.49');
    const answers = JSON.parse(zip.file('答案文件-四川蜀芯精密传动科技有限公司.json')!.asText());
    expect(answers.summary.eligibility).toContainEqual({ id: 'specialisation', title: '2. 专业化程度', status: 'fail' });
  });
});

describe('preview', () => {
  it('draws the document in the page, loading the previewer only when asked, and prints only the document', async () => {
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push(r.url());
    });
    await openWithExample('附件2');
    const before = scripts.length;
    // The previewer is its own chunk, named after the module that imports it.
    const holdsPreviewer = (urls: string[]) => urls.some((u) => /\/preview\.[\w-]+\.js$/.test(u));
    expect(before).toBeGreaterThan(0);
    expect(holdsPreviewer(scripts)).toBe(false);

    await page.getByRole('button', { name: '预览附件2' }).click();
    const preview = page.getByRole('dialog', { name: /预览：附件2/ });
    await expect.poll(() => preview.getByRole('status').textContent(), { timeout: 15_000 }).toContain('附件2-四川蜀芯精密传动科技有限公司-基本情况表.docx');
    const pages = page.getByTestId('preview-pages');
    expect(await pages.locator('section.docx').count()).toBeGreaterThan(0);
    const shown = (await pages.locator('section.docx').allInnerTexts()).join('').replace(/\s+/g, '');
    for (const text of ['四川省第二批重点“小巨人”企业基本情况表', '四川蜀芯精密传动科技有限公司', '91510100MA6CXY3R1W', '☑']) expect(shown).toContain(text);
    expect(holdsPreviewer(scripts.slice(before))).toBe(true);

    // Printing: the form, the header and the preview's own buttons are hidden; the document is not.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('main').isVisible()).toBe(false);
    expect(await preview.getByRole('button', { name: '关闭预览' }).isVisible()).toBe(false);
    expect(await pages.locator('section.docx').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // 附件2 is one sheet, as in Word: no blank sheet spilled after it.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });

    // On a phone the page is wider than the screen: all of it can be scrolled to, its left edge too.
    const laptop = page.viewportSize()!;
    await page.setViewportSize({ width: 390, height: 844 });
    await pages.evaluate((el) => (el.scrollLeft = 0));
    const [box, sheet] = await Promise.all([pages.boundingBox(), pages.locator('section.docx').first().boundingBox()]);
    expect(sheet!.x).toBeGreaterThanOrEqual(box!.x);
    await page.setViewportSize(laptop);

    // Escape closes it and gives the form back.
    await page.keyboard.press('Escape');
    await expect.poll(() => preview.count()).toBe(0);
    expect(await page.locator('main').isVisible()).toBe(true);
  });
});

describe('检查与下载', () => {
  it('lists what is still wrong by annex and step, and each entry jumps to its field', async () => {
    await openWithExample('附件1');
    const overall = page.getByTestId('overall-progress');
    const before = Number(/(\d+)%/.exec((await overall.textContent())!)![1]);
    await field('统一社会信用代码').fill('');
    await field('统一社会信用代码').blur();
    await expect.poll(async () => Number(/(\d+)%/.exec((await overall.textContent())!)![1])).toBeLessThan(before);
    // The step shows it too.
    await expect.poll(() => page.getByRole('navigation', { name: '填写步骤' }).locator('[aria-current="step"]').textContent()).toContain('需修改');

    await page.getByRole('navigation', { name: '附件' }).getByRole('button', { name: '检查与下载' }).click();
    const review = page.getByRole('region', { name: '附件1 四川省第二批重点支持国家级专精特新“小巨人”企业申请书' });
    await expect.poll(() => review.textContent()).toContain('封面和基本信息');
    // A field 附件2 shares is listed under each annex that prints it; the first entry jumps to 附件1.
    await review.getByRole('button', { name: '统一社会信用代码' }).click();
    await expect.poll(() => page.locator('.annex-title').textContent()).toContain('附件1');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-company-creditCode-input');
    expect(await page.getByRole('navigation', { name: '填写步骤' }).locator('[aria-current="step"]').textContent()).toContain('封面和基本信息');
  });
});

describe('dropping a file', () => {
  it('onto the form reopens the answers it carries', async () => {
    await openWithExample('附件2');
    const answers = JSON.stringify({ format: 'zjtx-answers', formatVersion: 1, kind: 'enterprise', data: { company: { name: '拖放进来的企业' } } });
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], '答案文件-拖放.json', { type: 'application/json' }));
      return dt;
    }, answers);
    await page.locator('.editor').dispatchEvent('dragover', { dataTransfer: transfer });
    await expect.poll(() => page.locator('.editor.dragging').count()).toBe(1);
    await page.locator('.editor').dispatchEvent('drop', { dataTransfer: transfer });
    await expect.poll(() => field('企业名称').inputValue()).toBe('拖放进来的企业');
  });

  it('of two files takes neither, and says so', async () => {
    await openWithExample('附件2');
    // The first of them alone was once imported, with not a word about the other.
    const two = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      const answers = (name: string) => JSON.stringify({ format: 'zjtx-answers', formatVersion: 1, kind: 'enterprise', data: { company: { name } } });
      dt.items.add(new File([answers('甲企业')], '甲.json', { type: 'application/json' }));
      dt.items.add(new File([answers('乙企业')], '乙.json', { type: 'application/json' }));
      return dt;
    });
    await page.locator('.editor').dispatchEvent('drop', { dataTransfer: two });
    await expect.poll(() => page.getByText('一次只能导入一个答案文件，收到了2个，均未导入。').count()).toBe(1);
    expect(await field('企业名称').inputValue()).toBe('四川蜀芯精密传动科技有限公司');
  });
});

describe('a "如是" field', () => {
  // It said "请填写协同创新项目。" with no asterisk: JSON Forms marks only the schema's own required fields.
  it('is marked required while its answer opens it', async () => {
    await openWithExample('附件1');
    await openStep(/二、企业状况/);
    const project = field('协同创新项目');
    await expect.poll(() => project.count()).toBe(1);
    expect(await project.getAttribute('aria-required')).toBe('true');
    expect(await page.locator('[data-path="orientation.collaboration.project"] .label').getAttribute('class')).toContain('is-required');
    // A field required of every applicant keeps its mark.
    expect(await page.locator('[data-path="orientation.collaboration.applies"] .label').getAttribute('class')).toContain('is-required');
  });
});
