/**
 * A template compiled ahead (src/core/docx/render.ts, compileTemplate) makes the very document the
 * bytes make, and the browser's download module compiles the next one while the page is idle.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import PizZip from 'pizzip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annexesFor } from '../../src/core/annexes/registry.ts';
import { renderAnnexDocument } from '../../src/core/docx/annex-document.ts';
import { compileTemplate } from '../../src/core/docx/render.ts';
import { ProgramError } from '../../src/core/errors.ts';

const example = (name: string) => (JSON.parse(readFileSync(`public/examples/${name}.json`, 'utf8')) as { data: Record<string, unknown> }).data;
const template = (file: string) => new Uint8Array(readFileSync(`templates/${file}`));
const NOW = new Date('2026-05-01T08:00:00Z');
/** Every part of a .docx, as text: compared whole, not as bytes (compression may differ). */
const parts = (docx: Uint8Array) => {
  const zip = new PizZip(docx);
  return Object.fromEntries(Object.keys(zip.files).filter((n) => !zip.files[n]!.dir).sort().map((n) => [n, zip.file(n)!.asText()]));
};

const cases = [
  ...annexesFor('enterprise', example('enterprise')).map((a) => [a.number, a, example('enterprise')] as const),
  ...annexesFor('platform', example('platform')).map((a) => [a.number, a, example('platform')] as const),
];

describe.each(cases)('%s compiled ahead', (_number, annex, data) => {
  it('makes the same document as the template bytes', () => {
    const fromBytes = renderAnnexDocument(annex, template(annex.template), data, NOW);
    const fromCompiled = renderAnnexDocument(annex, compileTemplate(template(annex.template), annex.template), data, NOW);
    expect(parts(fromCompiled)).toEqual(parts(fromBytes));
  });
});

describe('compileTemplate', () => {
  it('reports a broken template with every problem, as a program error', () => {
    const zip = new PizZip(template('annex2.docx'));
    const xml = zip.file('word/document.xml')!.asText();
    zip.file('word/document.xml', xml.replace('</w:body>', '<w:p><w:r><w:t>{unclosed {also</w:t></w:r></w:p></w:body>'));
    const broken = zip.generate({ type: 'uint8array' });
    // docxtemplater prints what it throws; the test reads the error itself.
    const quiet = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    let caught: unknown;
    try {
      compileTemplate(broken, 'annex2.docx');
    } catch (error) {
      caught = error;
    }
    quiet.mockRestore();
    expect(caught).toBeInstanceOf(ProgramError);
    expect((caught as ProgramError).message).toContain('模板“annex2.docx”有误');
    expect((caught as ProgramError).problems.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the download module', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('compiles the next render of an annex while the page is idle, and a download takes it', async () => {
    const idle: (() => void)[] = [];
    const fetched: string[] = [];
    vi.stubGlobal('requestIdleCallback', (f: () => void) => idle.push(f));
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(template(basename(url.split('?')[0]!)));
    });
    const { buildAnnex, compiledWaiting } = await import('../../src/browser/download.ts');
    const runIdle = async () => {
      // A download asks for the idle moment once its file is handed over, from a timer.
      await new Promise((r) => setTimeout(r, 0));
      while (idle.length) {
        idle.shift()!();
        // The template is fetched (here, at once) before it is compiled.
        await new Promise((r) => setTimeout(r, 0));
      }
    };
    const data = example('enterprise');
    const [annex] = annexesFor('enterprise', data);

    expect(compiledWaiting()).toBe(0);
    const first = await buildAnnex(annex!, data);
    expect(compiledWaiting()).toBe(0);
    await runIdle();
    expect(compiledWaiting()).toBe(1);
    const second = await buildAnnex(annex!, data);
    // Taken by the download, and made again only when the page is idle once more.
    expect(compiledWaiting()).toBe(0);
    expect(parts(second.bytes)['word/document.xml']).toBe(parts(first.bytes)['word/document.xml']);
    await runIdle();
    expect(compiledWaiting()).toBe(1);
    // The template's bytes were fetched once for all of it.
    expect(fetched).toHaveLength(1);
  });

  it('gets every annex ready ahead of the first download, one template per idle moment, then rehearses each annex', async () => {
    const idle: (() => void)[] = [];
    const fetched: string[] = [];
    vi.stubGlobal('requestIdleCallback', (f: () => void) => idle.push(f));
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(basename(url.split('?')[0]!));
      return new Response(template(basename(url.split('?')[0]!)));
    });
    const { getDownloadsReady, buildAnnex, compiledWaiting, rehearsalsMade } = await import('../../src/browser/download.ts');
    // Loaded afresh with the module, as a page loads it: the schemas register in the same store.
    const { annexesFor: freshAnnexes } = await import('../../src/core/annexes/registry.ts');
    const data = example('enterprise');
    const annexes = freshAnnexes('enterprise', data);
    expect(annexes.length).toBeGreaterThan(1);

    getDownloadsReady(annexes, () => data);
    for (let ready = 0; ready < annexes.length; ready++) {
      // One idle moment at a time: nothing is compiled before the browser offers it.
      expect(compiledWaiting()).toBe(ready);
      expect(idle).toHaveLength(1);
      idle.shift()!();
      await vi.waitFor(() => expect(compiledWaiting()).toBe(ready + 1));
    }
    expect(fetched.sort()).toEqual(annexes.map((a) => a.template).sort());
    // Then a rehearsal of each annex, one per idle moment, that leaves the compiled templates alone.
    for (let done = 0; done < annexes.length; done++) {
      expect(rehearsalsMade()).toBe(done);
      expect(idle).toHaveLength(1);
      idle.shift()!();
      await vi.waitFor(() => expect(rehearsalsMade()).toBe(done + 1));
    }
    expect(compiledWaiting()).toBe(annexes.length);
    // Asked again, it finds everything ready and does nothing more.
    getDownloadsReady(annexes, () => data);
    for (let round = 0; round < 5; round++) {
      while (idle.length) idle.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(compiledWaiting()).toBe(annexes.length);
    expect(rehearsalsMade()).toBe(annexes.length);
    // A download takes the one compiled ahead: no template is fetched again.
    await buildAnnex(annexes[0]!, data);
    expect(compiledWaiting()).toBe(annexes.length - 1);
    expect(fetched).toHaveLength(annexes.length);
  });

  /** The download module loaded afresh, with idle moments run by hand and templates served from disk. */
  async function rehearsing() {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (f: () => void) => idle.push(f));
    vi.stubGlobal('fetch', async (url: string) => new Response(template(basename(url.split('?')[0]!))));
    const module = await import('../../src/browser/download.ts');
    const { annexesFor: freshAnnexes } = await import('../../src/core/annexes/registry.ts');
    const data = example('enterprise');
    /** Runs every idle moment offered, and what they start, `rounds` times over. */
    const settle = async (rounds = 10) => {
      for (let round = 0; round < rounds; round++) {
        await new Promise((r) => setTimeout(r, 0));
        while (idle.length) idle.shift()!();
      }
    };
    return { ...module, data, annexes: freshAnnexes('enterprise', data), settle };
  }

  it('does not rehearse once a real document was made', async () => {
    const { getDownloadsReady, buildAnnex, rehearsalsMade, data, annexes, settle } = await rehearsing();
    await buildAnnex(annexes[0]!, data);
    getDownloadsReady(annexes, () => data);
    await settle();
    expect(rehearsalsMade()).toBe(0);
  });

  it('stops rehearsing when a real document is made in the middle of it', async () => {
    const { getDownloadsReady, buildAnnex, rehearsalsMade, data, annexes, settle } = await rehearsing();
    getDownloadsReady(annexes, () => data);
    // Every template compiled, then the first annex rehearsed.
    while (rehearsalsMade() < 1) await settle(1);
    await buildAnnex(annexes[0]!, data);
    await settle();
    expect(rehearsalsMade()).toBe(1);
  });
});
