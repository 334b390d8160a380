/** The answer file inside each generated .docx, and the hostile-archive checks of reading it back. */
import { readFileSync } from 'node:fs';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { getAnnex } from '../../src/core/annexes/registry.ts';
import { renderAnnexDocument } from '../../src/core/docx/annex-document.ts';
import { ANSWERS_NAMESPACE, embedAnswerFile, extractAnswerFile, MAX_DOCX_BYTES } from '../../src/core/docx/embed.ts';
import { FileError } from '../../src/core/errors.ts';
import { parseAnswerBytes } from '../../src/core/answer-file.ts';
import { assertWellFormed, paragraphs } from '../helpers/docx.ts';
import { example, exampleWith } from '../helpers/example.ts';

const annex2 = getAnnex('annex2');
const template = new Uint8Array(readFileSync('templates/annex2.docx'));
const docx = (data: unknown = example()) => renderAnnexDocument(annex2, template, data, new Date('2021-07-01T00:00:00Z'));

function refusal(bytes: Uint8Array): FileError {
  try {
    extractAnswerFile(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(FileError);
    return e as FileError;
  }
  throw new Error('expected the file to be refused');
}

/** A zip with one customXml part holding `text`. */
function withPart(text: string): Uint8Array {
  const zip = new PizZip(template);
  zip.file('customXml/item1.xml', text);
  return zip.generate({ type: 'uint8array' });
}

describe('a generated document', () => {
  it('carries the dossier and reopens to exactly it', () => {
    const file = extractAnswerFile(docx());
    expect(file.kind).toBe('enterprise');
    expect(file.data).toEqual(example());
  });

  it('keeps every part well-formed and the document text unchanged', () => {
    const bytes = docx();
    assertWellFormed(bytes);
    const zip = new PizZip(bytes);
    expect(zip.file('customXml/item1.xml')!.asText()).toContain(ANSWERS_NAMESPACE);
    expect(zip.file('word/_rels/document.xml.rels')!.asText()).toContain('Target="../customXml/item1.xml"');
    expect(zip.file('[Content_Types].xml')!.asText()).toContain('/customXml/itemProps1.xml');
    expect(paragraphs(bytes)).toContain('四川蜀芯精密传动科技有限公司');
  });

  it('survives text that looks like XML or CDATA', () => {
    const data = exampleWith('intro', '<zjtxAnswers>]]>&amp;</zjtxAnswers>{"x":1}');
    expect(extractAnswerFile(docx(data)).data.intro).toBe('<zjtxAnswers>]]>&amp;</zjtxAnswers>{"x":1}');
  });

  it('carries characters XML cannot hold (U+FFFE, U+FFFF, lone surrogates) escaped, and reopens to exactly them', () => {
    const odd = '名\ufffe称\uffff、\ud800孤\udc00立、\u0001';
    const data = exampleWith('company.segment', odd);
    const bytes = docx(data);
    const part = new PizZip(bytes).file('customXml/item1.xml')!.asText();
    // Not one of them as a raw character: Word reports a document holding one as unreadable.
    // eslint-disable-next-line no-control-regex
    expect(part).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/);
    expect(part).toContain('\\ufffe');
    assertWellFormed(bytes);
    expect(extractAnswerFile(bytes).data).toEqual(data);
  });

  it('takes a free part number when the document already has custom parts (edited in Word)', () => {
    const twice = embedAnswerFile(docx(), '{"format":"zjtx-answers"}');
    const zip = new PizZip(twice);
    expect(zip.file('customXml/item2.xml')).not.toBeNull();
    assertWellFormed(twice);
    // The first answer part found is the original one.
    expect(extractAnswerFile(twice).data).toEqual(example());
  });
});

describe('a file named .docx that is an answer file', () => {
  // Renamed by hand, or saved so by a mail program: read by its bytes, not its name.
  it.each(['public/examples/enterprise.json', 'tests/fixtures/answers/enterprise-gbk.json'])('%s is read as the answers it holds', (path) => {
    const bytes = new Uint8Array(readFileSync(path));
    expect(extractAnswerFile(bytes).data).toEqual(parseAnswerBytes(bytes).data);
  });
});

describe('reading back refuses, in Chinese, and never half-imports', () => {
  it('does not inflate a part that claims to be huge (a zip bomb)', () => {
    const zip = new PizZip(template);
    zip.file('customXml/item1.xml', `<zjtxAnswers xmlns="${ANSWERS_NAMESPACE}">${' '.repeat(12 * 1024 * 1024)}</zjtxAnswers>`);
    const bomb = zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(100_000);
    expect(refusal(bomb).id).toBe('F_NOT_ANSWER_FILE');
  });

  it('does not inflate a part whose size, past 2 GB, reads as a negative number', () => {
    const zip = new PizZip(template);
    zip.file('customXml/item1.xml', `<zjtxAnswers xmlns="${ANSWERS_NAMESPACE}">{}</zjtxAnswers>`);
    const bytes = zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
    // Claim 2 147 483 761 bytes (0x80000071) in the local and the central header of that part.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = new TextEncoder().encode('customXml/item1.xml');
    const named = (at: number) => name.every((b, i) => bytes[at + i] === b);
    for (let i = 0; i + 46 < bytes.length; i++) {
      const signature = view.getUint32(i, true);
      if (signature === 0x04034b50 && named(i + 30)) view.setUint32(i + 22, 0x80000071, true);
      if (signature === 0x02014b50 && named(i + 46)) view.setUint32(i + 24, 0x80000071, true);
    }
    const e = refusal(bytes);
    expect(e.id).toBe('F_NOT_ANSWER_FILE');
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    expect(e.message).not.toMatch(/Bug|mismatch/);
  });

  it.each([
    ['a text file', () => new TextEncoder().encode('这不是 Word 文档'), 'F_NOT_ANSWER_FILE', '不是 Word 文档'],
    ['a broken zip', () => new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 1, 2, 3]), 'F_NOT_ANSWER_FILE', '已损坏'],
    ['a Word file from elsewhere', () => template, 'F_NOT_ANSWER_FILE', '没有本站的答案'],
    ['an oversized file', () => new Uint8Array(MAX_DOCX_BYTES + 1).fill(0x50), 'F_TOO_LARGE', '文件过大'],
    ['our part with broken JSON', () => withPart(`<zjtxAnswers xmlns="${ANSWERS_NAMESPACE}">{"format": </zjtxAnswers>`), 'F_NOT_JSON', '不是有效的 JSON'],
    [
      'our part from a future version',
      () => withPart(`<zjtxAnswers xmlns="${ANSWERS_NAMESPACE}">{"format":"zjtx-answers","formatVersion":9,"kind":"enterprise","data":{}}</zjtxAnswers>`),
      'F_FUTURE_VERSION',
      '更新版本',
    ],
  ])('%s', (_what, make, id, words) => {
    const e = refusal(make());
    expect(e.id).toBe(id);
    expect(e.message).toContain(words);
  });
});
