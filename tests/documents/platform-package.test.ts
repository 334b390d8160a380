/**
 * Every platform annex of both categories, rendered from the examples and
 * opened in LibreOffice: each opens, carries the labels of its seed annex
 * (the chosen category's variant only), and prints every table row of the data.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { annexesFor } from '../../src/core/annexes/registry.ts';
import { templateData } from '../../src/core/docx/template-data.ts';
import { renderDocx } from '../../src/core/docx/render.ts';
import { assertWellFormed, footerText } from '../helpers/docx.ts';
import { libreOfficeText } from '../helpers/libreoffice.ts';
import { platformExample } from '../helpers/platform-example.ts';
import { DIFFERS, helpText, seedAnnexText } from '../helpers/seed-annex.ts';
import { normalise, seedLabels } from '../helpers/seed.ts';

const HELP = helpText('platform');
const TEXTS = new Map<string, string>();
const EXAMPLES = { key: platformExample('key'), general: platformExample('general') };

beforeAll(async () => {
  const files = (['key', 'general'] as const).flatMap((which) =>
    annexesFor('platform', EXAMPLES[which]).map((a) => ({
      name: `${which}-${a.id}.docx`,
      bytes: renderDocx(readFileSync(`templates/${a.template}`), templateData(a, EXAMPLES[which]), a.template),
    })),
  );
  for (const f of files) assertWellFormed(f.bytes);
  // With the footers' text, which LibreOffice's text export leaves out (the cover's foot line).
  const bytes = new Map(files.map((f) => [f.name, f.bytes]));
  for (const [k, v] of await libreOfficeText(files)) TEXTS.set(k.replace('.docx', ''), `${v}\n${footerText(bytes.get(k)!)}`);
});

const cases = (['key', 'general'] as const).flatMap((which) => annexesFor('platform', EXAMPLES[which]).map((a) => [`${which} ${a.number}`, which, a.id] as const));

describe.each(cases)('%s', (_name, which, id) => {
  const text = () => normalise(TEXTS.get(`${which}-${id}`) ?? '');

  it('opens in LibreOffice with text in it', () => expect(text().length).toBeGreaterThan(50));

  it('carries every label of its seed annex', () => {
    const labels = seedLabels(seedAnnexText(id, which));
    expect(labels.filter((label) => !DIFFERS[label] && !text().includes(normalise(label)))).toEqual([]);
    // What the paper leaves out, the form still says.
    for (const label of labels.filter((l) => DIFFERS[l] && /^（一）|^重点围绕/.test(l))) {
      expect(HELP.includes(normalise(label.replace(/^（一）/, ''))), label).toBe(true);
    }
  });
});

describe.each(['key', 'general'] as const)('the %s example on paper', (which) => {
  const text = (id: string) => normalise(TEXTS.get(`${which}-${id}`) ?? '');
  const data = EXAMPLES[which] as Record<string, unknown>;

  it('prints its category line on the cover', () => {
    expect(text('annex4')).toContain(which === 'key' ? '（重点支持国家级专精特新“小巨人”企业服务平台）' : '（统筹支持“专精特新”中小企业服务平台）');
    expect(text('annex4')).not.toContain('或统筹支持');
  });

  it('prints every served enterprise in 附件4-2', () => {
    for (const row of data.served as { name: string; mobile: string }[]) {
      expect(text('annex4-2')).toContain(row.name);
      expect(text('annex4-2')).toContain(row.mobile);
    }
  });

  it('prints every staff row in 附件4-3, numbered', () => {
    const staff = data.staff as { name: string; school: string }[];
    for (const row of staff) expect(text('annex4-3')).toContain(row.name);
    expect(text('annex4-3')).toContain(`${staff.length}${staff.at(-1)!.name}`);
  });

  it('prints every investor and partner in 附件4-1', () => {
    const operation = data.operation as { investors: { name: string }[] };
    const capacity = data.capacity as { partners: { signed: string; other: string }[] };
    for (const i of operation.investors) expect(text('annex4-1')).toContain(i.name);
    for (const p of capacity.partners) {
      expect(text('annex4-1')).toContain(p.signed);
      expect(text('annex4-1')).toContain(p.other);
    }
  });
});
