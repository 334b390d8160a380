/**
 * 附件1's "具体……：____（限10字以内）" lines as LibreOffice prints them: an answer at its limit
 * keeps the note whole on its line. "以内）" was once left alone on the next line.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAnnex } from '../../src/core/annexes/registry.ts';
import { renderDocx } from '../../src/core/docx/render.ts';
import { templateData } from '../../src/core/docx/template-data.ts';
import { libreOfficePages, type PdfWord } from '../helpers/libreoffice-pdf.ts';
import { example, setPath } from '../helpers/example.ts';

const data = example();
setPath(data, 'orientation.tenFields.field', '生物医药及高性能医疗器械');
setPath(data, 'orientation.shortBoard.field', '高精度谐波传动部件总');
setPath(data, 'orientation.gap.field', '高精度谐波减速器齿轮');

let words: PdfWord[] = [];
beforeAll(async () => {
  const annex = getAnnex('annex1');
  const bytes = renderDocx(readFileSync(`templates/${annex.template}`), templateData(annex, data), annex.template);
  words = (await libreOfficePages([{ name: 'annex1.docx', bytes }])).get('annex1.docx')!.flat();
}, 180_000);

describe('附件1 fill-ins at their limit', () => {
  it.each(['生物医药及高性能医疗器械', '高精度谐波传动部件总', '高精度谐波减速器齿轮'])('%s: the answer and the whole note on one line', (answer) => {
    const at = words.find((w) => w.text.includes(answer));
    expect(at, answer).toBeDefined();
    const line = words.filter((w) => Math.abs(w.y - at!.y) < 2).map((w) => w.text).join('');
    expect(line).toContain('（限10字以内）');
  });
});
