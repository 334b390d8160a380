/** Files an authority receives, made from the shipped examples, and a desk built from them. */
import { readFileSync } from 'node:fs';
import { annexesFor } from '../../src/core/annexes/registry.ts';
import { collect, type IncomingFile } from '../../src/core/city/collect.ts';
import { type CityDesk, emptyDesk } from '../../src/core/city/desk.ts';
import { renderAnnexDocument } from '../../src/core/docx/annex-document.ts';
import { annexFileName } from '../../src/core/file-name.ts';

export const EXAMPLE_FILES = ['enterprise', 'platform', 'platform-general'] as const;

const exampleData = (name: (typeof EXAMPLE_FILES)[number], revised: boolean): Record<string, unknown> => {
  const file = JSON.parse(readFileSync(`public/examples/${name}.json`, 'utf8'));
  // A later version of the same applicant's answers: filled in again a week on.
  if (revised) (name === 'enterprise' ? file.data.company : file.data.platform).filledOn = '2021-07-08';
  return file;
};

/** An answer file as the applicant exported it; `revised`, a later version with other answers. */
export const answerFileOf = (name: (typeof EXAMPLE_FILES)[number], revised = false): IncomingFile => ({
  name: `答案文件-${name}${revised ? '-修改后' : ''}.json`,
  bytes: revised ? new TextEncoder().encode(JSON.stringify(exampleData(name, true))) : new Uint8Array(readFileSync(`public/examples/${name}.json`)),
});

/** The first Word document an applicant would send, as this site generated it; `revised`, of a later version. */
export function docxOf(name: (typeof EXAMPLE_FILES)[number], revised = false): IncomingFile {
  const data = exampleData(name, revised).data as Record<string, unknown>;
  const kind = name === 'enterprise' ? 'enterprise' : 'platform';
  const annex = annexesFor(kind, data)[0]!;
  return { name: annexFileName(annex, data), bytes: renderAnnexDocument(annex, new Uint8Array(readFileSync(`templates/${annex.template}`)), data) };
}

/** The examples with a few answers changed (tests/fixtures/city/variants.json), by the variant's name. */
export type Variant = 'listed' | 'key-first-batch' | 'city-recognised' | 'no-legal-rep';

/** A variant's answer file, named after the variant: `listed.json`. */
export function variantOf(variant: Variant): IncomingFile {
  const { example, set } = (JSON.parse(readFileSync('tests/fixtures/city/variants.json', 'utf8')) as Record<string, { example: (typeof EXAMPLE_FILES)[number]; set: Record<string, unknown> }>)[variant]!;
  const file = exampleData(example, false) as { data: Record<string, unknown> };
  for (const [path, value] of Object.entries(set)) {
    const keys = path.split('.');
    const parent = keys.slice(0, -1).reduce((o, k) => o[k] as Record<string, unknown>, file.data);
    if (value === null) delete parent[keys.at(-1)!];
    else parent[keys.at(-1)!] = value;
  }
  return { name: `${variant}.json`, bytes: new TextEncoder().encode(JSON.stringify(file)) };
}

export const summaryTemplates = (): Record<string, Uint8Array> => ({
  'annex5.docx': new Uint8Array(readFileSync('templates/annex5.docx')),
  'annex6.docx': new Uint8Array(readFileSync('templates/annex6.docx')),
});

/** 成都市 with the three examples collected and the authority's own values entered. */
export function exampleDesk(): CityDesk {
  const { desk } = collect({ ...emptyDesk(), city: '成都市', department: '成都市经济和信息化局' }, EXAMPLE_FILES.map((n) => answerFileOf(n)), new Date('2021-07-08T02:00:00Z'));
  desk.entries[0]!.own = { ...desk.entries[0]!.own, district: '高新区', note: '主导产品RV减速器属于高档数控机床和机器人领域关键部件，打破国外垄断。' };
  return desk;
}
