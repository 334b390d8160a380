/**
 * What an applicant's island starts as its module loads, before it hydrates: reading its dossier and
 * asking for its lock (dossier-early.ts), which then go on while the rest of the page's code is
 * evaluated.
 */
import { openDossierEarly } from '../browser/dossier-early.ts';
import type { ApplicantDefinition } from '../core/annexes/types.ts';

export function startEditor(applicant: ApplicantDefinition): void {
  if (typeof document === 'undefined') return;
  openDossierEarly(applicant.kind);
}
