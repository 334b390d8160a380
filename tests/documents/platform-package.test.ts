/**
 * Every platform annex of both categories, rendered from the examples and
 * opened in LibreOffice: each opens, carries the labels of its seed annex
 * (the chosen category's variant only), and prints every table row of the data.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { annexesFor } from '../../src/core/annexes/registry.ts';
import { getSchema } from '../../src/core/schema/store.ts';
import { templateData } from '../../src/core/docx/template-data.ts';
import { renderDocx } from '../../src/core/docx/render.ts';
import { assertWellFormed } from '../helpers/docx.ts';
import { libreOfficeText } from '../helpers/libreoffice.ts';
import { platformExample } from '../helpers/platform-example.ts';
import { normalise, seedLabels, seedSection } from '../helpers/seed.ts';

const KEY_TARGETS = /^\t四、绩效目标表（重点支持/m;
const GENERAL_TARGETS = /^\t四、绩效目标表（统筹支持/m;

/** The seed's text of each annex, for one category: 附件4-1 keeps only that category's 绩效目标表. */
function seedText(id: string, which: 'key' | 'general'): string {
  switch (id) {
    case 'annex4':
      // The printed cover offers both category lines; a filled cover keeps the chosen one (checked below).
      return seedSection(/^附件4$/m, /^\t附件4-1/m).replace(/（重点支持国家级专精特新“小巨人”企业服务平台\n\n或统筹支持“专精特新”中小企业服务平台）/, '');
    case 'annex4-1': {
      const all = seedSection(/^\t附件4-1/m, /^附件4-2$/m);
      const key = all.search(KEY_TARGETS);
      const general = all.search(GENERAL_TARGETS);
      return which === 'key' ? all.slice(0, general) : all.slice(0, key) + all.slice(general);
    }
    case 'annex4-2':
      return seedSection(/^附件4-2$/m, /^附件4-3$/m);
    case 'annex4-3':
      return seedSection(/^附件4-3$/m, /^附件4-4$/m);
    case 'annex4-4':
      return outlineHeadings(seedSection(/^附件4-4$/m, /^附件4-5$/m));
    case 'annex4-5':
      return outlineHeadings(seedSection(/^附件4-5$/m, /^附件4-6$/m));
    case 'annex4-6':
      return seedSection(/^附件4-6$/m, /^附件5$/m);
    default:
      throw new Error(id);
  }
}

/** A work-plan outline prints its headings; the guidance after each heading is the form's help text. */
function outlineHeadings(section: string): string {
  return section
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => (/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/.test(l) ? (l.match(/^.*?(?:。|$)/)?.[0] ?? l).replace(/。$/, '') : l))
    .filter((l) => !/。/.test(l) || l.length < 20)
    .join('\n');
}

// Seed wording the filled documents deliberately print differently; each with its reason.
const DIFFERS: Record<string, string> = {
  '公共服务示范平台工作方案（提纲）': 'a filled work plan is the plan itself, no longer an outline: the title drops （提纲）',
  '工作方案（提纲）': 'the same for 附件4-5',
  '（一）近三年来为国家级专精特新“小巨人”企业，省（市）级“专精特新”中小企业、高成长型企业、行业“小巨人”企业等重点企业提供服务的情况':
    'printed as the short heading （一）近三年重点企业服务情况; the full sentence is the help text of that section',
  重点围绕以下几方面服务内容提出有操作性的具体服务举措: 'guidance for the section, shown as help text in the form',
};
// Every title and description of the platform schema: the form's labels and help texts.
const HELP = normalise(JSON.stringify(getSchema('platform.schema.json')));

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
  for (const [k, v] of await libreOfficeText(files)) TEXTS.set(k.replace('.docx', ''), v);
});

const cases = (['key', 'general'] as const).flatMap((which) => annexesFor('platform', EXAMPLES[which]).map((a) => [`${which} ${a.number}`, which, a.id] as const));

describe.each(cases)('%s', (_name, which, id) => {
  const text = () => normalise(TEXTS.get(`${which}-${id}`) ?? '');

  it('opens in LibreOffice with text in it', () => expect(text().length).toBeGreaterThan(50));

  it('carries every label of its seed annex', () => {
    const labels = seedLabels(seedText(id, which));
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
