/**
 * The enterprise (专精特新“小巨人”) applicant: its annexes, schemas and self-check. Loaded alone by
 * the enterprise page; the registry lists it with the other applicant.
 */
import gbt4754 from '../../../schemas/reference/gbt4754-2017.schema.json';
import dossier from '../../../schemas/enterprise.schema.json';
import annex1Schema from '../../../schemas/annex1.schema.json';
import annex2Schema from '../../../schemas/annex2.schema.json';
import annex3Schema from '../../../schemas/annex3.schema.json';
import { registerSchemas } from '../schema/store.ts';
import type { JsonSchema } from '../schema/types.ts';
import { checkEligibility } from '../enterprise/eligibility.ts';
import { annex1 } from './annex1.ts';
import { annex2 } from './annex2.ts';
import { annex3 } from './annex3.ts';
import { APPLICANT_NAMES } from './applicant-names.ts';
import type { ApplicantDefinition } from './types.ts';

const schemas = [gbt4754, dossier, annex1Schema, annex2Schema, annex3Schema] as JsonSchema[];
// Before anything can ask for them: whatever imports this definition may resolve its schemas.
registerSchemas(schemas);

export const ENTERPRISE: ApplicantDefinition = {
  kind: 'enterprise',
  ...APPLICANT_NAMES.enterprise,
  summary: '国家级专精特新“小巨人”企业填写申请书、基本情况表和目标表（附件1、2、3）。',
  dossierSchemaId: 'enterprise.schema.json',
  check: checkEligibility,
  annexes: [annex1, annex2, annex3],
  schemas,
};
