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
import { checkPlatformEligibility } from '../platform/eligibility.ts';
import { annex4 } from './annex4.ts';
import { annex41 } from './annex4-1.ts';
import { annex42, annex43 } from './annex4-tables.ts';
import { annex44, annex45, annex46 } from './annex4-plans.ts';
import { getPath } from '../dossier/paths.ts';
import type { AnnexDefinition, ApplicantDefinition, ApplicantKind } from './types.ts';

export const APPLICANTS: readonly ApplicantDefinition[] = [
  {
    kind: 'enterprise',
    label: '企业（专精特新“小巨人”）',
    summary: '国家级专精特新“小巨人”企业填写申请书、基本情况表和目标表（附件1、2、3）。',
    dossierSchemaId: 'enterprise.schema.json',
    unnamed: '未命名企业',
    check: checkEligibility,
  },
  {
    kind: 'platform',
    label: '公共服务示范平台',
    summary: '中小企业公共服务示范平台填写申请书、基本情况表、服务企业和服务人员一览表、工作方案和承诺书（附件4、4-1至4-6）。',
    dossierSchemaId: 'platform.schema.json',
    unnamed: '未命名平台',
    check: checkPlatformEligibility,
  },
];

export const ANNEXES: readonly AnnexDefinition[] = [annex1, annex2, annex3, annex4, annex41, annex42, annex43, annex44, annex45, annex46];

export function getApplicant(kind: string): ApplicantDefinition {
  const found = APPLICANTS.find((a) => a.kind === kind);
  if (!found) throw new ProgramError('P_REGISTRY', `未知的申报主体类型：${kind}`);
  return found;
}

export const isApplicantKind = (kind: unknown): kind is ApplicantKind => APPLICANTS.some((a) => a.kind === kind);

export const annexesOf = (kind: ApplicantKind): AnnexDefinition[] => ANNEXES.filter((a) => a.kind === kind);

/** The annexes this applicant submits, given its answers (附件4-4 or 4-5 by 申报类别; neither until one is chosen). */
export function annexesFor(kind: ApplicantKind, dossier: unknown): AnnexDefinition[] {
  return annexesOf(kind).filter((a) => {
    if (!a.appliesWhen) return true;
    const v = getPath(dossier, a.appliesWhen.path);
    return typeof v === 'string' && a.appliesWhen.in.includes(v);
  });
}

export function getAnnex(id: string): AnnexDefinition {
  const found = ANNEXES.find((a) => a.id === id);
  if (!found) throw new ProgramError('P_REGISTRY', `未知的附件：${id}`);
  return found;
}
