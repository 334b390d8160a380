/**
 * What each seed annex prints: its section of the notice and the labels a filled document must
 * carry. Shared by the LibreOffice text tests and the PDF proof, so both hold the documents to
 * the same list, and each deliberate difference from the seed is stated once, with its reason.
 */
import { getSchema } from '../../src/core/schema/store.ts';
import { normalise, seedLabels, seedSection } from './seed.ts';

export type Category = 'key' | 'general';

const KEY_TARGETS = /^\t四、绩效目标表（重点支持/m;
const GENERAL_TARGETS = /^\t四、绩效目标表（统筹支持/m;

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

/** The seed's text of one annex; for a platform, the chosen category's variant. */
export function seedAnnexText(id: string, which: Category = 'key'): string {
  switch (id) {
    case 'annex1':
      return seedSection(/^ 附件1$/m, /^\t附件2$/m);
    case 'annex2':
      return seedSection(/^\t附件2$/m, /^\t附件3$/m);
    case 'annex3':
      return seedSection(/^\t附件3$/m, /^附件4$/m);
    case 'annex4':
      // The printed cover offers both category lines; a filled cover keeps the chosen one.
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
    case 'annex5':
      // The seed's empty numbered rows (1–7 and …) are for handwriting; a filled list has its own.
      return seedSection(/^附件5$/m, /^附件6$/m).replace(/^\t(?:\d+|\.\.\.)$/gm, '');
    case 'annex6':
      return seedSection(/^附件6$/m, /^\t附件7$/m).replace(/^\t\d+$/gm, '');
    default:
      throw new Error(`没有 ${id} 的样表`);
  }
}

/** Seed wording the filled documents deliberately print differently, each with its reason. */
export const DIFFERS: Record<string, string> = {
  '（模板）': 'the work-plan title carries the enterprise name instead of the word 模板',
  企业: 'the work-plan title line reads "<企业名称>" in the filled document',
  '2021年月日': 'the 承诺书 date line keeps its blanks, which the label extraction squeezes together',
  为实现发展目标根据主要任务测算资金投入情况包括投入总金额及分年度投入金额投入经额具体构成资金来源等:
    'the help text corrects the seed typo 投入经额 to 投入金额',
  '公共服务示范平台工作方案（提纲）': 'a filled work plan is the plan itself, no longer an outline: the title drops （提纲）',
  '工作方案（提纲）': 'the same for 附件4-5',
  '（一）近三年来为国家级专精特新“小巨人”企业，省（市）级“专精特新”中小企业、高成长型企业、行业“小巨人”企业等重点企业提供服务的情况':
    'printed as the short heading （一）近三年重点企业服务情况; the full sentence is the help text of that section',
  重点围绕以下几方面服务内容提出有操作性的具体服务举措: 'guidance for the section, shown as help text in the form',
};
const differs = (label: string) => label in DIFFERS || label.replace(/[，、。]/g, '') in DIFFERS;

/**
 * The seed's guidance that the enterprise's own text replaces on paper: the 工作方案 outline's
 * sentences and the 企业简介 prompts. These live in the form's help text instead.
 */
const GUIDANCE = new Set([
  ...seedLabels(seedSection(/^（模板）$/m, /^附件材料$/m)),
  ...seedLabels(seedSection(/^\t企业简介$/m, /^\t市（州）中小企业主管部门$/m)),
  ...seedLabels(seedSection(/^\t包括但不限于以下内容：$/m, /^\t附件3$/m)),
]);

/** Every title and description of a dossier schema: the form's labels and help texts. */
export const helpText = (kind: 'enterprise' | 'platform') => normalise(JSON.stringify(getSchema(`${kind}.schema.json`)));

/** Guidance the document leaves to the form, where the form does say it. */
export function guidanceInForm(label: string, kind: 'enterprise' | 'platform'): boolean {
  if (kind === 'enterprise') return GUIDANCE.has(label) && helpText(kind).includes(normalise(label.replace(/^（|）$/g, '')));
  return false;
}

/** The labels a filled document of this annex prints, in the seed's order. */
export function printedLabels(id: string, which: Category = 'key'): string[] {
  const kind = id.startsWith('annex4') || id === 'annex6' ? 'platform' : 'enterprise';
  return seedLabels(seedAnnexText(id, which)).filter((l) => !differs(l) && !guidanceInForm(l, kind));
}

/**
 * Labels not found in `text` in the seed's order: each label is looked for after the previous
 * one, so a label printed in the wrong place is reported even though it is present.
 */
export function labelsOutOfOrder(labels: string[], text: string): string[] {
  const flat = normalise(text);
  const wrong: string[] = [];
  let at = 0;
  for (const label of labels) {
    const found = flat.indexOf(normalise(label), at);
    if (found < 0) wrong.push(label);
    else at = found + normalise(label).length;
  }
  return wrong;
}
