/** Output file names such as `附件2-四川某某科技有限公司-基本情况表.docx`. */
import type { AnnexDefinition } from './annexes/types.ts';
import { APPLICANT_NAMES } from './annexes/applicant-names.ts';
import { getPath } from './dossier/paths.ts';
import { xmlSafe } from './text/xml-safe.ts';

/**
 * Characters Windows, macOS or a zip reader would refuse or misread in a name, and invisible
 * format characters: a right-to-left override in "公司\u202Excod.exe" shows the name reversed, the
 * classic way to disguise a file's type.
 */
export function safeFileNamePart(text: string, maxChars = 60): string {
  const cleaned = xmlSafe(text)
    .replace(/\p{Cf}/gu, '')
    .replace(/[\\/:*?"<>|\n\t]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return Array.from(cleaned).slice(0, maxChars).join('');
}

export function annexFileName(annex: AnnexDefinition, dossier: unknown): string {
  const raw = getPath(dossier, annex.namePath);
  const name = safeFileNamePart(typeof raw === 'string' ? raw : '') || APPLICANT_NAMES[annex.kind].unnamed;
  return `${annex.number}-${name}-${annex.shortTitle}.docx`;
}
