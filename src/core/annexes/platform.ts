/**
 * The public service platform (公共服务示范平台) applicant: its annexes, schemas and self-check.
 * Loaded alone by the platform page; the registry lists it with the other applicant.
 */
import dossier from '../../../schemas/platform.schema.json';
import annex4Schema from '../../../schemas/annex4.schema.json';
import annex41Schema from '../../../schemas/annex4-1.schema.json';
import annex42Schema from '../../../schemas/annex4-2.schema.json';
import annex43Schema from '../../../schemas/annex4-3.schema.json';
import annex44Schema from '../../../schemas/annex4-4.schema.json';
import annex45Schema from '../../../schemas/annex4-5.schema.json';
import annex46Schema from '../../../schemas/annex4-6.schema.json';
import { registerSchemas } from '../schema/store.ts';
import type { JsonSchema } from '../schema/types.ts';
import { checkPlatformEligibility } from '../platform/eligibility.ts';
import { annex4 } from './annex4.ts';
import { annex41 } from './annex4-1.ts';
import { annex42, annex43 } from './annex4-tables.ts';
import { annex44, annex45, annex46 } from './annex4-plans.ts';
import { APPLICANT_NAMES } from './applicant-names.ts';
import type { ApplicantDefinition } from './types.ts';

const schemas = [dossier, annex4Schema, annex41Schema, annex42Schema, annex43Schema, annex44Schema, annex45Schema, annex46Schema] as JsonSchema[];
// Before anything can ask for them: whatever imports this definition may resolve its schemas.
registerSchemas(schemas);

export const PLATFORM: ApplicantDefinition = {
  kind: 'platform',
  ...APPLICANT_NAMES.platform,
  summary: '中小企业公共服务示范平台填写申请书、基本情况表、服务企业和服务人员一览表、工作方案和承诺书（附件4、4-1至4-6）。',
  dossierSchemaId: 'platform.schema.json',
  check: checkPlatformEligibility,
  annexes: [annex4, annex41, annex42, annex43, annex44, annex45, annex46],
  schemas,
};
