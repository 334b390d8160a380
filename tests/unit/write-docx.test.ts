import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { getAnnex } from '../../src/core/annexes/registry.ts';
import { renderDocxZip, writeDocx } from '../../src/core/docx/render.ts';
import { templateData } from '../../src/core/docx/template-data.ts';
import { example } from '../helpers/example.ts';

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

  // A package is a flat set of parts: the renderer's folder entries (word/, docProps/) made some
  // versions of Word offer to repair the file.
  it('writes parts only, no folder entries', () => {
    const annex = getAnnex('annex2');
    const zip = renderDocxZip(new Uint8Array(readFileSync(`templates/${annex.template}`)), templateData(annex, example()), annex.template);
    expect(Object.values(zip.files).some((f) => f.dir), 'the renderer no longer adds folders: this test proves nothing').toBe(true);
    const names = Object.keys(new PizZip(writeDocx(zip)).files);
    expect(names.filter((n) => n.endsWith('/'))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'docProps/core.xml']));
  });
});
