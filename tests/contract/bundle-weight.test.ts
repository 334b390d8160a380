/**
 * The JavaScript budgets of the built site (issue 9), checked on `dist/` as `npm test` builds it.
 * Bundle weight is deterministic, so it is held here; `npm run bench` measures the same thing on
 * the network, with timings. Before the first input a page runs the service-worker registration and
 * its islands with everything they import statically (what module-preload.ts names in the page).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { staticClosure } from '../../src/integrations/module-preload.ts';
import { APPLICANTS } from '../../src/core/annexes/registry.ts';
import { getSchema } from '../../src/core/schema/store.ts';

const DIST = 'dist';
const KB = 1024;

function page(path: string): string {
  const file = join(DIST, path, 'index.html');
  if (!existsSync(file)) throw new Error(`没有找到 ${file}：请先运行 npm run build（npm test 会先构建）。`);
  return readFileSync(file, 'utf8');
}

const read = (url: string) => readFileSync(join(DIST, url), 'utf8');

/** The scripts a page runs before its first input: plain scripts, then each island's static closure. */
function scriptsBeforeInput(html: string): string[] {
  const plain = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1]!);
  const islands = [...html.matchAll(/\b(?:component-url|renderer-url)="([^"]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set([...plain, ...staticClosure([...new Set(islands)], read)])];
}

const gzip = (url: string) => gzipSync(readFileSync(join(DIST, url)), { level: 9 }).byteLength;
const weight = (urls: readonly string[]) => urls.reduce((n, u) => n + gzip(u), 0);

describe('JavaScript before the first input', () => {
  it('on the landing page: only the service-worker registration, under 1 KB', () => {
    const scripts = scriptsBeforeInput(page(''));
    expect(scripts).toEqual(['/sw-register.js']);
    expect(readFileSync(join(DIST, 'sw-register.js')).byteLength).toBeLessThan(KB);
  });

  // A mistyped address gets a Chinese page (the host's own was English), as light as the landing page.
  it('on the page for a missing address: Chinese, and only the service-worker registration', () => {
    const html = readFileSync(join(DIST, '404.html'), 'utf8');
    expect(html).toContain('<html lang="zh-CN"');
    expect(html).toContain('找不到这个页面');
    expect(scriptsBeforeInput(html)).toEqual(['/sw-register.js']);
  });

  it.each(['enterprise', 'platform', 'city'])('on /%s/: at most 100 KB gzipped, without the validators, the document writers or the archive code', (path) => {
    const scripts = scriptsBeforeInput(page(path));
    const total = weight(scripts);
    expect(total, `${scripts.map((u) => `${u} ${gzip(u)} B`).join('\n')}\n合计 ${total} B`).toBeLessThanOrEqual(100 * KB);
    expect(scripts.filter((u) => /\/validators-/.test(u))).toEqual([]);
    for (const url of scripts) {
      const code = read(url);
      expect(code, `${url} 含有 docxtemplater`).not.toContain('paragraphLoop');
      expect(code, `${url} 含有 pizzip`).not.toContain('End of central directory');
    }
  });

  // Each file is a request, a compile and an evaluation on the way to the first input: grouped by
  // the pages that share them (src/integrations/startup-chunks.ts), a form page loads 8, not 17.
  it.each([
    ['enterprise', 8],
    ['platform', 8],
    ['city', 12],
    ['dossiers', 5],
  ])('on /%s/: in at most %i files', (path, most) => {
    const files = scriptsBeforeInput(page(path)).filter((u) => u.startsWith('/_astro/'));
    expect(files.length, files.join('\n')).toBeLessThanOrEqual(most);
  });

  it('on /dossiers/: nothing of the forms’ shared schemas and validation, which the grouping could pull in', () => {
    const code = scriptsBeforeInput(page('dossiers')).map(read).join('\n');
    for (const id of ['common.schema.json', 'answer-file.schema.json', 'city.schema.json']) expect(code, id).not.toContain(String(getSchema(id).description));
    // A message of the validation's translation into Chinese (src/core/validate/translate.ts).
    expect(code).not.toContain('的内容不符合要求');
  });

  it('names each of those modules in the page, so none waits for the one importing it', () => {
    for (const path of ['enterprise', 'platform', 'city', 'dossiers']) {
      const html = page(path);
      const preloaded = new Set([...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]!));
      for (const url of scriptsBeforeInput(html).filter((u) => u.startsWith('/_astro/'))) expect(preloaded.has(url), `${path}: ${url}`).toBe(true);
    }
  });
});

// Each applicant's page imports that applicant's definition alone (EnterpriseEditor.tsx,
// PlatformEditor.tsx): the other's annexes and schemas, about a sixth of a page, stay off it.
describe.each(APPLICANTS.map((a) => [a.kind, a] as const))('/%s/ before the first input', (kind, applicant) => {
  // A dossier schema's description is long and its own: present in a bundle only with that schema.
  const marker = (dossierSchemaId: string) => String(getSchema(dossierSchemaId).description);
  const code = scriptsBeforeInput(page(kind)).map(read).join('\n');

  it('carries its own dossier schema', () => {
    expect(code).toContain(marker(applicant.dossierSchemaId));
  });

  it.each(APPLICANTS.filter((a) => a !== applicant).map((a) => [a.kind, a] as const))('carries nothing of the %s schemas', (_other, other) => {
    for (const schema of other.schemas) expect(code, String(schema.$id)).not.toContain(String(schema.description));
  });
});

// The first download loads the document generator. docxtemplater parses a few XML parts with a DOM
// parser: xmldom under Node, the browser's own in the browser bundle (src/integrations/native-xml.ts).
// xmldom was 30 KB of the generator's 56 KB (gzip) and froze a table of 2,000 HTML entities on load.
describe('the document generator, loaded by the first download', () => {
  const all = () => readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js')).map((f) => `/_astro/${f}`);
  const generator = () => all().filter((u) => read(u).includes('paragraphLoop'));

  it('parses XML with the browser’s own parser: no file of the site carries xmldom', () => {
    expect(generator().length).toBe(1);
    // xmldom's table of HTML entities, and the XML namespace its DOM binds the prefix xml to.
    for (const url of all()) for (const marker of ['CounterClockwiseContourIntegral', 'http://www.w3.org/XML/1998/namespace']) expect(read(url).includes(marker), `${url} 含有 xmldom（${marker}）`).toBe(false);
  });

  it('adds at most 60 KB gzipped to what /enterprise/ loaded before its first input', () => {
    const loaded = new Set(scriptsBeforeInput(page('enterprise')));
    const added = staticClosure(generator(), read).filter((u) => !loaded.has(u));
    const total = weight(added);
    expect(total, `${added.map((u) => `${u} ${gzip(u)} B`).join('\n')}\n合计 ${total} B`).toBeLessThanOrEqual(60 * KB);
  });
});
