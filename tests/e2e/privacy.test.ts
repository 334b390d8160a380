/**
 * Privacy, proven in real headless Chromium against the built site: the whole journey (every page,
 * the example, typing, autosave, the Word preview, every download, importing, the 市（州） desk)
 * makes no request to another origin, and the page's Content-Security-Policy, which would refuse
 * such a connection and any eval, is never violated. The precompiled validators are what make
 * that possible: compiling a schema in the page would be an eval, refused and reported here.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';

// ZJTX_DIST: another build to check (e.g. a deliberately broken one, to see this test fail).
const DIST = resolve(process.env.ZJTX_DIST ?? 'dist');

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const violations: string[] = [];
const cspConsole: string[] = [];
const evalErrors: string[] = [];
const downloads: string[] = [];

/** Each document records what its policy refused; read before the document goes away. */
const RECORD_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (e) => (window.__csp ||= []).push(e.violatedDirective + ' ' + e.blockedURI));`;

async function collectViolations(): Promise<void> {
  const found = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => [] as string[]);
  violations.push(...found.map((v) => `${page.url()}: ${v}`));
  await page.evaluate(() => ((window as unknown as { __csp?: string[] }).__csp = [])).catch(() => undefined);
}

async function visit(path: string): Promise<void> {
  await collectViolations();
  await page.goto(`${server.url}${path}`);
}

const foreign = () => requests.filter((u) => !u.startsWith(`${server.url}/`) && !u.startsWith('blob:') && !u.startsWith('data:'));

/** Nothing left the site and nothing was refused, so far. */
async function assertClean(): Promise<void> {
  await collectViolations();
  expect(foreign()).toEqual([]);
  expect(violations).toEqual([]);
  expect(cspConsole).toEqual([]);
  expect(evalErrors).toEqual([]);
}

/** A step of the journey; when it fails, what the policy refused is the likelier story, so it comes first. */
function step(name: string, body: () => Promise<void>): void {
  it(name, async () => {
    try {
      await body();
    } catch (error) {
      await collectViolations();
      const refused = [...violations, ...cspConsole, ...evalErrors, ...foreign().map((u) => `request to ${u}`)];
      if (refused.length) throw new Error(`Content-Security-Policy refused:\n${[...new Set(refused)].join('\n')}`, { cause: error });
      throw error;
    }
  });
}

/** Clicks a download button; if the form holds the download back, downloads anyway. */
async function download(button: string): Promise<Download> {
  const started = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: button, exact: true }).click();
  const anyway = page.getByRole('button', { name: '仍然下载（未填的项留空，有误的项照所填内容）' });
  const first = await Promise.race([started.then(() => 'download' as const), anyway.waitFor({ timeout: 60_000 }).then(() => 'held' as const)]).catch(() => 'download' as const);
  if (first === 'held') await anyway.click();
  const file = await started;
  downloads.push(file.suggestedFilename());
  return file;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : Promise.resolve(e.name.endsWith('.html') ? [join(dir, e.name)] : []))));
  return nested.flat();
}

/** `/`, `/enterprise/`, …: every page the build wrote. */
async function pagePaths(): Promise<string[]> {
  return (await htmlFiles(DIST))
    .filter((f) => f.endsWith(`${sep}index.html`))
    .map((f) => `/${relative(DIST, f).split(sep).slice(0, -1).join('/')}`.replace(/\/?$/, '/'))
    .sort();
}

function cspOf(html: string): { content: string; index: number } | null {
  const m = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/i.exec(html);
  return m ? { content: m[1]!.replace(/&#39;/g, "'").replace(/&amp;/g, '&'), index: m.index } : null;
}

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

beforeAll(async () => {
  server = await serveDist({ dir: DIST });
  browser = await launchBrowser();
  context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: RECORD_VIOLATIONS });
  // The context sees the service worker's requests as well as the pages'.
  context.on('request', (r) => requests.push(r.url()));
  page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) cspConsole.push(m.text());
  });
  page.on('pageerror', (e) => {
    if (/EvalError|unsafe-eval|Content Security Policy/i.test(`${e.name} ${e.message}`)) evalErrors.push(`${e.name}: ${e.message}`);
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the browser bundle', () => {
  it('carries no schema compiler: ajv\'s option handling is absent, the stub that refuses is present', async () => {
    const dir = join(DIST, '_astro');
    const scripts = (await readdir(dir)).filter((f) => f.endsWith('.js'));
    const texts = await Promise.all(scripts.map((f) => readFile(join(dir, f), 'utf8')));
    // `strictTypes` is one of the options ajv's compiler reads; the precompiled validators never mention it.
    expect(scripts.filter((_, i) => texts[i]!.includes('strictTypes'))).toEqual([]);
    expect(texts.some((t) => t.includes('页面中不编译校验规则'))).toBe(true);
  });
});

describe('the Content-Security-Policy of the built site', () => {
  it('is on every page: connections to this site only, no eval, scripts only from here', async () => {
    const files = await htmlFiles(DIST);
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const html = await readFile(file, 'utf8');
      const csp = cspOf(html);
      expect(csp, file).not.toBeNull();
      const d = directives(csp!.content);
      expect(d.get('connect-src'), file).toEqual(["'self'"]);
      expect(d.get('default-src'), file).toEqual(["'self'"]);
      expect(d.get('object-src'), file).toEqual(["'none'"]);
      expect(csp!.content, file).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
      const scripts = d.get('script-src') ?? [];
      expect(scripts[0], file).toBe("'self'");
      expect(scripts.slice(1).every((s) => /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(s)), `${file}: ${scripts.join(' ')}`).toBe(true);
      for (const name of d.keys()) if (name.startsWith('script-src-')) expect(d.get(name)!.join(' '), file).not.toMatch(/unsafe-inline|\*|https?:/);
      for (const sources of d.values()) expect(sources.filter((s) => /^(https?:|\*|\/\/)/.test(s) || s.includes('.')), file).toEqual([]);
      // A policy in a <meta> covers what follows it: whatever precedes it is only this site's own files
      // (or a place in the page itself, which loads nothing: the first paint's #page-end).
      const before = html.slice(0, csp!.index);
      expect(before.match(/\b(?:src|href)="(?!\/(?!\/)|#[\w-]+")[^"]*"/g) ?? [], file).toEqual([]);
    }
  });
});

describe('the whole journey', () => {
  step('opens every page', async () => {
    const paths = await pagePaths();
    for (const p of ['/', '/enterprise/', '/platform/', '/city/']) expect(paths).toContain(p);
    for (const p of paths) {
      await visit(p);
      await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0);
    }
    await assertClean();
  });

  step('enterprise: example, typing, autosave, preview, every download, import', async () => {
    await visit('/enterprise/');
    const loadExample = page.getByRole('button', { name: '载入示例' });
    await expect.poll(() => loadExample.isEnabled()).toBe(true);
    await loadExample.click();
    const name = page.getByLabel('企业名称', { exact: true });
    await expect.poll(() => name.inputValue()).toBe('四川蜀芯精密传动科技有限公司');
    await name.fill('四川隐私测试科技有限公司');
    await expect.poll(() => page.locator('.save-state').textContent()).toContain('已自动保存');

    // A wrong value is shown at its field: the form validates, with nothing compiled in the page.
    const code = page.getByLabel('统一社会信用代码', { exact: true });
    const good = await code.inputValue();
    await code.fill('91510100MA6CXY3R1X');
    await expect.poll(() => page.locator('[data-path="company.creditCode"] .error').textContent()).toContain('校验码');
    await code.fill(good);
    await expect.poll(() => page.locator('[data-path="company.creditCode"] .error').textContent()).toBe('');

    const tabs = page.getByRole('navigation', { name: '附件' }).getByRole('button');
    // The annex tabs; the last tab, 检查与下载, is not an annex.
    const numbers = (await tabs.allTextContents()).map((t) => t.trim()).filter((t) => t.startsWith('附件'));
    expect(numbers.length).toBeGreaterThanOrEqual(3);
    let docx = '';
    for (const number of numbers) {
      await page.getByRole('navigation', { name: '附件' }).getByRole('button', { name: number, exact: true }).click();
      await expect.poll(() => page.locator('.annex-title').textContent()).toContain(number);
      await page.getByRole('button', { name: `预览${number}`, exact: true }).click();
      const preview = page.getByRole('dialog', { name: new RegExp(`预览：${number}`) });
      await expect.poll(() => preview.getByRole('status').textContent(), { timeout: 30_000 }).toContain('.docx');
      await expect.poll(() => preview.locator('section.docx').count()).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await expect.poll(() => preview.count()).toBe(0);
      const file = await download(`下载${number}（Word）`);
      expect(file.suggestedFilename()).toMatch(/\.docx$/);
      docx ||= (await file.path())!;
    }
    expect((await download('全部下载（zip）')).suggestedFilename()).toMatch(/\.zip$/);

    // Importing: a Word file this site made, then the answer file of the example.
    const input = page.locator('input[type=file]');
    await input.setInputFiles(docx);
    await expect.poll(() => page.locator('.notice').textContent()).toContain('已导入');
    await input.setInputFiles('public/examples/enterprise.json');
    await expect.poll(() => page.locator('.notice').textContent()).toContain('enterprise.json');
    await expect.poll(() => name.inputValue()).toBe('四川蜀芯精密传动科技有限公司');
    await assertClean();
  });

  step('platform: example and the zip', async () => {
    await visit('/platform/');
    const loadExample = page.getByRole('button', { name: '载入示例' });
    await expect.poll(() => loadExample.isEnabled()).toBe(true);
    await loadExample.click();
    await expect.poll(() => page.getByRole('navigation', { name: '附件' }).textContent()).toContain('附件4-4');
    await page.getByRole('navigation', { name: '附件' }).getByRole('button', { name: '附件4-1', exact: true }).click();
    await expect.poll(() => page.locator('.annex-title').textContent()).toContain('附件4-1');
    expect((await download('全部下载（zip）')).suggestedFilename()).toMatch(/\.zip$/);
    await assertClean();
  });

  step('市（州） desk: three answer files, an applicant read-only, the summaries', async () => {
    await visit('/city/');
    await expect.poll(() => page.getByRole('button', { name: '选择文件' }).isEnabled()).toBe(true);
    await page.locator('input[type=file]').setInputFiles(['public/examples/enterprise.json', 'public/examples/platform.json', 'public/examples/platform-general.json']);
    await expect.poll(() => page.getByTestId('review-row').count()).toBe(3);
    // The viewer shows an applicant's annex in the same (precompiled) form.
    const view = page.getByRole('button', { name: /^查看.*的填报内容$/ }).first();
    await view.click();
    const viewer = page.getByRole('region', { name: /的填报内容$/ });
    await expect.poll(() => viewer.locator('input').count()).toBeGreaterThan(0);
    await viewer.getByRole('button', { name: '关闭' }).click();
    // The desk's own answers are validated (市（州） is missing), then downloaded anyway.
    expect((await download('全部下载（zip）')).suggestedFilename()).toMatch(/\.zip$/);
    await assertClean();
  });

  it('left nothing behind: no foreign request, no refusal', async () => {
    await collectViolations();
    expect(requests.length).toBeGreaterThan(20);
    expect(downloads.filter((d) => d.endsWith('.zip'))).toHaveLength(3);
    await assertClean();
  });
});
