/**
 * The one list of applicants and annexes. Adding an annex means adding an
 * entry here (plus its schema, UI schema and template files); every page,
 * download, CLI command and contract test picks it up from this list.
 */
import { ProgramError } from '../errors.ts';
import { annex1 } from './annex1.ts';
import { annex2 } from './annex2.ts';
import { annex3 } from './annex3.ts';
import { checkEligibility } from '../enterprise/eligibility.ts';
import type { AnnexDefinition, ApplicantDefinition, ApplicantKind } from './types.ts';

export const APPLICANTS: readonly ApplicantDefinition[] = [
  {
    kind: 'enterprise',
    label: '企业（专精特新“小巨人”）',
    summary: '国家级专精特新“小巨人”企业填写申请书、基本情况表和目标表（附件1、2、3）。',
    dossierSchemaId: 'enterprise.schema.json',
    unnamed: '未命名企业',
    summarize: (dossier) => ({ eligibility: checkEligibility(dossier).map(({ id, title, status }) => ({ id, title, status })) }),
  },
];

export const ANNEXES: readonly AnnexDefinition[] = [annex1, annex2, annex3];

export function getApplicant(kind: string): ApplicantDefinition {
  const found = APPLICANTS.find((a) => a.kind === kind);
  if (!found) throw new ProgramError('P_REGISTRY', `未知的申报主体类型：${kind}`);
  return found;
}

export const isApplicantKind = (kind: unknown): kind is ApplicantKind => APPLICANTS.some((a) => a.kind === kind);

export const annexesOf = (kind: ApplicantKind): AnnexDefinition[] => ANNEXES.filter((a) => a.kind === kind);

export function getAnnex(id: string): AnnexDefinition {
  const found = ANNEXES.find((a) => a.id === id);
  if (!found) throw new ProgramError('P_REGISTRY', `未知的附件：${id}`);
  return found;
}
