/** Zips arriving at the 市（州） desk: every applicant in one, each once, and hostile ones refused in Chinese. */
import { readFileSync } from 'node:fs';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { annexesFor } from '../../src/core/annexes/registry.ts';
import { makeAnswerFile, serializeAnswerFile } from '../../src/core/answer-file.ts';
import { collect, type CollectLine, type IncomingFile } from '../../src/core/city/collect.ts';
import { emptyDesk } from '../../src/core/city/desk.ts';
import { MAX_ZIP_ENTRIES } from '../../src/core/docx/archive.ts';
import { renderAnnexDocument } from '../../src/core/docx/annex-document.ts';
import { ANSWERS_NAMESPACE, extractAnswerFile } from '../../src/core/docx/embed.ts';
import { zipFiles, type NamedFile } from '../../src/core/docx/zip.ts';
import { annexFileName } from '../../src/core/file-name.ts';
import { answerFileOf, docxOf, EXAMPLE_FILES } from '../helpers/city.ts';

const ENTERPRISE = '四川蜀芯精密传动科技有限公司';
const named = (f: IncomingFile): NamedFile => ({ name: f.name, bytes: f.bytes });
const zipOf = (name: string, files: NamedFile[]): IncomingFile => ({ name, bytes: zipFiles(files) });
const text = (s: string) => new TextEncoder().encode(s);

/** What 全部下载 gives an applicant: each of its documents and its answer file. */
function bundleFiles(example: (typeof EXAMPLE_FILES)[number], folder = ''): NamedFile[] {
  const data = JSON.parse(readFileSync(`public/examples/${example}.json`, 'utf8')).data as Record<string, unknown>;
  const kind = example === 'enterprise' ? 'enterprise' : 'platform';
  const docs = annexesFor(kind, data).map((a) => ({ name: folder + annexFileName(a, data), bytes: renderAnnexDocument(a, new Uint8Array(readFileSync(`templates/${a.template}`)), data) }));
  return [...docs, { name: `${folder}答案文件-${example}.json`, bytes: text(serializeAnswerFile(makeAnswerFile(kind, data))) }];
}

const shown = (lines: CollectLine[]) => lines.map((l) => `${l.status}|${l.file}|${'name' in l ? l.name : l.message}`);

describe('a zip of several applicants', () => {
  it.each([
    ['three answer files', () => zipOf('multi.zip', EXAMPLE_FILES.map((n) => named(answerFileOf(n)))), 'json'],
    ['three Word documents, no answer file', () => zipOf('multi.zip', EXAMPLE_FILES.map((n) => named(docxOf(n)))), 'docx'],
    ['three 全部下载 bundles unpacked into folders', () => zipOf('multi.zip', EXAMPLE_FILES.flatMap((n) => bundleFiles(n, `${n}/`))), 'json'],
  ])('%s: each applicant collected and named, once', (_what, make, ext) => {
    const { desk, lines, conflicts } = collect(emptyDesk(), [make()]);
    expect(desk.entries.map((e) => e.kind)).toEqual(['enterprise', 'platform', 'platform']);
    expect(lines.map((l) => l.status)).toEqual(['added', 'added', 'added']);
    expect(conflicts).toEqual([]);
    for (const line of lines) expect(line.file).toMatch(new RegExp(`^multi\\.zip 中的 .+\\.${ext}$`));
    expect(lines[0]).toMatchObject({ name: ENTERPRISE });
    expect(new Set(lines.map((l) => ('name' in l ? l.name : '')).values()).size).toBe(3);
    // The entry remembers which file in the zip it came from, as the conflict question names it.
    expect(desk.entries.map((e) => e.fileName)).toEqual(lines.map((l) => l.file));
  });

  it('reads one applicant’s 全部下载 bundle, and one of only its documents, as one file: one line naming the zip', () => {
    for (const files of [bundleFiles('enterprise'), bundleFiles('enterprise').filter((f) => f.name.endsWith('.docx'))]) {
      const { desk, lines } = collect(emptyDesk(), [zipOf('蜀芯-申报材料.zip', files)]);
      expect(shown(lines)).toEqual([`added|蜀芯-申报材料.zip|${ENTERPRISE}`]);
      expect(desk.entries).toHaveLength(1);
    }
  });

  it('asks about two versions of one applicant in the same zip, as about two files', () => {
    const { lines, conflicts } = collect(emptyDesk(), [zipOf('multi.zip', [named(answerFileOf('enterprise')), named(answerFileOf('enterprise', true))])]);
    expect(lines.map((l) => l.status)).toEqual(['added', 'duplicate']);
    expect(conflicts[0]!.incoming.fileName).toBe('multi.zip 中的 答案文件-enterprise-修改后.json');
  });
});

describe('a zip with entries it cannot use', () => {
  it.each<[string, NamedFile, string]>([
    ['broken JSON', { name: 'broken.json', bytes: text('{"format": ') }, '不是有效的 JSON'],
    ['a summary of its own', { name: '汇总文件-成都市.json', bytes: text('{"format":"zjtx-city","formatVersion":1,"entries":[]}') }, '市（州）汇总文件'],
    ['a Word document from elsewhere', { name: '通知.docx', bytes: new Uint8Array(readFileSync('templates/annex2.docx')) }, '没有本站的答案'],
    ['a path leaving the archive', { name: '../../etc/答案.json', bytes: new Uint8Array(readFileSync('public/examples/platform.json')) }, '指向压缩包以外'],
    ['an absolute path', { name: '/tmp/答案.json', bytes: new Uint8Array(readFileSync('public/examples/platform.json')) }, '指向压缩包以外'],
    ['a zip inside the zip', { name: '更多.zip', bytes: zipFiles([named(answerFileOf('platform'))]) }, '不会展开'],
    ['a .docx that is a zip of answers', { name: '伪装.docx', bytes: zipFiles([named(answerFileOf('platform'))]) }, '不是 Word 文档'],
    // 12 MB of spaces, deflated to a few KB: never inflated.
    ['an entry inflating past any answer file', { name: 'bomb.json', bytes: ' '.repeat(12 * 1024 * 1024) }, '文件过大'],
  ])('%s: named with the reason, and the others still collected', (_what, bad, words) => {
    const { desk, lines } = collect(emptyDesk(), [zipOf('multi.zip', [named(answerFileOf('enterprise')), bad, named(docxOf('platform-general'))])]);
    expect(desk.entries.map((e) => e.kind)).toEqual(['enterprise', 'platform']);
    const refused = lines.filter((l) => l.status === 'refused');
    expect(refused).toHaveLength(1);
    expect(refused[0]!.file).toBe(`multi.zip 中的 ${bad.name}`);
    expect(refused[0]).toMatchObject({ entry: bad.name });
    expect((refused[0] as { message: string }).message).toContain(words);
  });

  it('skips the resource forks a Mac adds, and says a zip with no answers at all is none', () => {
    const { desk, lines } = collect(emptyDesk(), [
      zipOf('mac.zip', [named(answerFileOf('enterprise')), { name: '__MACOSX/._答案文件-enterprise.json', bytes: new Uint8Array([0, 5, 22, 7]) }]),
      zipOf('readme.zip', [{ name: 'readme.txt', bytes: text('x') }]),
    ]);
    expect(desk.entries).toHaveLength(1);
    expect(shown(lines)).toEqual([`added|mac.zip|${ENTERPRISE}`, expect.stringMatching(/^refused\|readme\.zip\|这个压缩包里没有本站的答案文件/)]);
  });

  it('shows a GBK entry name (a zip made on a Chinese Windows) as Chinese', () => {
    const zip = new PizZip();
    zip.file('答案文件-坏.json', '{');
    const gbk = (s: string) => String.fromCharCode(...[...s].flatMap((c) => (c === '答' ? [0xb4, 0xf0] : c === '案' ? [0xb0, 0xb8] : c === '文' ? [0xce, 0xc4] : c === '件' ? [0xbc, 0xfe] : c === '坏' ? [0xbb, 0xb5] : [c.charCodeAt(0)])));
    const bytes = zip.generate({ type: 'uint8array', encodeFileName: (s: string) => gbk(s) } as unknown as { type: 'uint8array' });
    const { lines } = collect(emptyDesk(), [{ name: 'gbk.zip', bytes }]);
    expect(lines[0]!.file).toBe('gbk.zip 中的 答案文件-坏.json');
  });

  it(`refuses a zip of more than ${MAX_ZIP_ENTRIES} entries at once, before listing them`, () => {
    const zip = new PizZip();
    for (let i = 0; i < 20_000; i++) zip.file(`${i}.json`, '');
    const bytes = zip.generate({ type: 'uint8array' });
    const started = performance.now();
    const { lines } = collect(emptyDesk(), [{ name: 'many.zip', bytes }]);
    expect(performance.now() - started).toBeLessThan(500);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ file: 'many.zip', status: 'refused' });
    expect((lines[0] as { message: string }).message).toContain(`超过${MAX_ZIP_ENTRIES}个`);
  });

  it('does not believe an end record that undercounts the entries', () => {
    const zip = new PizZip();
    for (let i = 0; i < 2 * MAX_ZIP_ENTRIES; i++) zip.file(`${i}.json`, '');
    const bytes = zip.generate({ type: 'uint8array' });
    const view = new DataView(bytes.buffer);
    const end = bytes.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    view.setUint16(end + 8, 1, true);
    view.setUint16(end + 10, 1, true);
    expect(() => extractAnswerFile(bytes)).toThrow(`超过${MAX_ZIP_ENTRIES}个`);
  });
});

describe('the form pages, which open one dossier', () => {
  it('open a bundle of only Word documents, and refuse one of several applicants by saying so', () => {
    expect(extractAnswerFile(zipFiles(bundleFiles('platform').filter((f) => f.name.endsWith('.docx')))).kind).toBe('platform');
    expect(() => extractAnswerFile(zipFiles(EXAMPLE_FILES.map((n) => named(answerFileOf(n)))))).toThrow('这个压缩包里有 3 份不同的答案');
  });

  it('keep reading the answers part of a Word document only', () => {
    const zip = new PizZip(docxOf('enterprise').bytes);
    expect(zip.file('customXml/item1.xml')!.asText()).toContain(ANSWERS_NAMESPACE);
    expect(extractAnswerFile(zip.generate({ type: 'uint8array' })).kind).toBe('enterprise');
  });
});
