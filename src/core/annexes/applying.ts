/** Which of an applicant's annexes its answers call for. */
import { getPath } from '../dossier/paths.ts';
import type { AnnexDefinition, ApplicantDefinition } from './types.ts';

/** The annexes this applicant submits, given its answers (附件4-4 or 4-5 by 申报类别; neither until one is chosen). */
/** The annexes that wait for an answer not yet given (附件4-4 and 4-5 until 申报类别 is chosen); an answered question leaves none. */
export function pendingAnnexes(applicant: ApplicantDefinition, dossier: unknown): AnnexDefinition[] {
  return applicant.annexes.filter((a) => {
    if (!a.appliesWhen) return false;
    const v = getPath(dossier, a.appliesWhen.path);
    return typeof v !== 'string' || v === '';
  });
}

export function applyingAnnexes(applicant: ApplicantDefinition, dossier: unknown): AnnexDefinition[] {
  return applicant.annexes.filter((a) => {
    if (!a.appliesWhen) return true;
    const v = getPath(dossier, a.appliesWhen.path);
    return typeof v === 'string' && a.appliesWhen.in.includes(v);
  });
}
