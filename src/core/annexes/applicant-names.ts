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
