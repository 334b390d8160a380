/**
 * Each kind of applicant's self-check, by kind, without its annexes or schemas: the answer file
 * records the check's results, and is written from pages that load only one applicant's definition.
 */
import { checkEligibility } from '../enterprise/eligibility.ts';
import { checkPlatformEligibility } from '../platform/eligibility.ts';
import type { RuleResult } from '../rules.ts';
import type { ApplicantKind } from './types.ts';

export const CHECKS: Readonly<Record<ApplicantKind, (dossier: unknown) => RuleResult[]>> = {
  enterprise: checkEligibility,
  platform: checkPlatformEligibility,
};
