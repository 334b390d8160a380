/** The label a person knows a field by, for messages that point at it ("相关填写项"). */
import { schemaAtPath } from '../schema/at-path.ts';
import { resolvedSchema } from './schemas.ts';
import type { ApplicantDefinition } from './types.ts';

export function fieldLabel(applicant: ApplicantDefinition, path: string): string {
  const root = resolvedSchema(applicant.dossierSchemaId);
  const own = schemaAtPath(root, path)?.title;
  if (typeof own !== 'string') return path;
  // Generic titles such as 个数 or 具体为 only make sense with their parent's: 国家级研发机构：个数.
  const parent = schemaAtPath(root, path.split('.').slice(0, -1).join('.'))?.title;
  return Array.from(own).length <= 4 && typeof parent === 'string' ? `${parent}：${own}` : own;
}
