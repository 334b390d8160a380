import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../src/core/docx/render.ts';

describe('writeDocx', () => {
  it.each([
    ['Chinese text', '<w:t>四川省“专精特新”企业</w:t>'],
    ['characters outside the BMP', '<w:t>𠀀𡈽 😀</w:t>'],
    ['plain ASCII', '<w:t>abc</w:t>'],
  ])('writes a text part with %s as UTF-8 that reads back the same', (_name, xml) => {
    const zip = new PizZip();
    zip.file('word/document.xml', xml);
    zip.file('word/media/image.bin', new Uint8Array([0, 255, 128]), { binary: true });
    const back = new PizZip(writeDocx(zip));
    expect(back.file('word/document.xml')!.asText()).toBe(xml);
    expect([...back.file('word/media/image.bin')!.asUint8Array()]).toEqual([0, 255, 128]);
  });
});
