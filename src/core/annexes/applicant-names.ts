/**
 * What each kind of applicant is called, apart from its definition: a page for one applicant names
 * the other (an answer file of the wrong kind, a file name) without loading the other's annexes.
 */
import type { ApplicantKind } from './types.ts';

export const APPLICANT_NAMES: Readonly<Record<ApplicantKind, { label: string; unnamed: string }>> = {
  enterprise: { label: '企业（专精特新“小巨人”）', unnamed: '未命名企业' },
  platform: { label: '公共服务示范平台', unnamed: '未命名平台' },
};

/** Whether a value names a kind of applicant (from a file, an address): own keys only, never `toString`. */
export const isApplicantKind = (kind: unknown): kind is ApplicantKind => typeof kind === 'string' && Object.hasOwn(APPLICANT_NAMES, kind);

/** What a file holding an applicant's answers is: its answer file, a Word document this site generated, or a zip of them. */
export type AnswersForm = 'json' | 'docx' | 'zip';

const FORM_TEXT: Readonly<Record<AnswersForm, (label: string) => string>> = {
  json: (label) => `这是“${label}”的答案文件`,
  docx: (label) => `这是本站为“${label}”生成的 Word 文档`,
  zip: (label) => `这个压缩包里是“${label}”的答案`,
};

/**
 * Why a page for one applicant does not open another's file, and where it does open: the page is
 * named as its heading and the home page name it, with the button to press there.
 */
export const otherApplicantFile = (form: AnswersForm, kind: ApplicantKind): string =>
  `${FORM_TEXT[form](APPLICANT_NAMES[kind].label)}，不能在本页打开。请到“${APPLICANT_NAMES[kind].label}”页面，点“导入答案文件”选择它。`;
