/**
 * The one list of applicants and annexes. Adding an annex means adding it to its applicant's list
 * (enterprise.ts or platform.ts, plus its schema, UI schema and template files); every page,
 * download, CLI command and contract test picks it up from there. A page for one applicant imports
 * only that applicant's definition; everything else goes through this list.
 */
import { ProgramError } from '../errors.ts';
import { ENTERPRISE } from './enterprise.ts';
import { PLATFORM } from './platform.ts';
import { applyingAnnexes } from './applying.ts';
import type { AnnexDefinition, ApplicantDefinition, ApplicantKind } from './types.ts';

export const APPLICANTS: readonly ApplicantDefinition[] = [ENTERPRISE, PLATFORM];

export const ANNEXES: readonly AnnexDefinition[] = APPLICANTS.flatMap((a) => a.annexes);

export function getApplicant(kind: string): ApplicantDefinition {
  const found = APPLICANTS.find((a) => a.kind === kind);
  if (!found) throw new ProgramError('P_REGISTRY', `未知的申报主体类型：${kind}`);
  return found;
}

export { isApplicantKind } from './applicant-names.ts';

export const annexesOf = (kind: ApplicantKind): readonly AnnexDefinition[] => getApplicant(kind).annexes;

/** The annexes this applicant submits, given its answers (附件4-4 or 4-5 by 申报类别; neither until one is chosen). */
export const annexesFor = (kind: ApplicantKind, dossier: unknown): AnnexDefinition[] => applyingAnnexes(getApplicant(kind), dossier);

export function getAnnex(id: string): AnnexDefinition {
  const found = ANNEXES.find((a) => a.id === id);
  if (!found) throw new ProgramError('P_REGISTRY', `未知的附件：${id}`);
  return found;
}
