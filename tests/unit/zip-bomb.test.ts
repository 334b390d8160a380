/**
 * Zips whose entries claim a small size and inflate to a huge one: the claimed size passes every check
 * made before inflating (archive.ts), so the inflating itself must stop at the ceiling.
 */
import { readFileSync } from 'node:fs';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { collect } from '../../src/core/city/collect.ts';
import { emptyDesk } from '../../src/core/city/desk.ts';
import { extractAnswerFile } from '../../src/core/docx/embed.ts';
import { FileError } from '../../src/core/errors.ts';
import { answerFileOf, docxOf } from '../helpers/city.ts';

/** The zip with `name`'s inflated size written as `claimed` in its local and central headers. */
function lyingAbout(zip: Uint8Array, name: string, claimed: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const encoded = new TextEncoder().encode(name);
  const named = (at: number) => encoded.every((b, k) => out[at + k] === b);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && view.getUint16(i + 26, true) === encoded.length && named(i + 30)) view.setUint32(i + 22, claimed, true);
    if (sig === 0x02014b50 && view.getUint16(i + 28, true) === encoded.length && named(i + 46)) view.setUint32(i + 24, claimed, true);
  }
  return out;
}

const zeros = (mb: number) => new Uint8Array(mb * 1024 * 1024).fill(0x20);

function bombed(files: Record<string, Uint8Array>, bomb: string): Uint8Array {
  const zip = new PizZip();
  for (const [name, bytes] of Object.entries(files)) zip.file(name, bytes);
  return lyingAbout(zip.generate({ type: 'uint8array', compression: 'DEFLATE' }), bomb, 100);
}

describe('an entry that inflates far past the size it claims', () => {
  it('in a zip of answer files: refused by name, quickly, and the others collected', () => {
    const bytes = bombed({ 'a.json': answerFileOf('enterprise').bytes, 'bomb.json': zeros(64) }, 'bomb.json');
    const started = performance.now();
    const { desk, lines } = collect(emptyDesk(), [{ name: 'multi.zip', bytes }]);
    expect(desk.entries.map((e) => e.kind)).toEqual(['enterprise']);
    const refused = lines.filter((l) => l.status === 'refused');
    expect(refused.map((l) => l.file)).toEqual(['multi.zip 中的 bomb.json']);
    expect((refused[0] as { message: string }).message).toContain('远大于压缩包所记的大小');
    // Inflated in steps and stopped at 5 MB, not at 64: well under the seconds a full inflate takes here.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('in a Word document’s answer part: refused in Chinese', () => {
    const docx = new PizZip(docxOf('enterprise').bytes);
    const part = Object.keys(docx.files).find((n) => /^customXml\/item\d+\.xml$/.test(n))!;
    docx.file(part, zeros(40));
    const bytes = lyingAbout(docx.generate({ type: 'uint8array', compression: 'DEFLATE' }), part, 100);
    let error: unknown;
    try {
      extractAnswerFile(bytes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).message).toContain('远大于它所记的大小');
  });

  it('a true entry still reads whole', () => {
    const bytes = new Uint8Array(readFileSync('public/examples/enterprise.json'));
    const zip = new PizZip();
    zip.file('a.json', bytes);
    const { desk } = collect(emptyDesk(), [{ name: 'one.zip', bytes: zip.generate({ type: 'uint8array', compression: 'DEFLATE' }) }]);
    expect(desk.entries).toHaveLength(1);
  });
});
