import { readFileSync } from 'node:fs';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { getAnnex } from '../../src/core/annexes/registry.ts';
import { renderAnnexDocument } from '../../src/core/docx/annex-document.ts';
import { example } from '../helpers/example.ts';

describe('a finished annex', () => {
  it.each(['annex1', 'annex2', 'annex3'])('%s says in its properties when it was made, not when its template was', (id) => {
    const annex = getAnnex(id);
    const out = renderAnnexDocument(annex, new Uint8Array(readFileSync(`templates/${annex.template}`)), example(), new Date('2021-07-05T08:30:00.000Z'));
    const core = new PizZip(out).file('docProps/core.xml')!.asText();
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2021-07-05T08:30:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2021-07-05T08:30:00Z</dcterms:modified>');
  });
});
