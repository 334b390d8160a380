/**
 * Every JSON Schema of the project, by `$id`. Imported statically so the
 * browser bundle, the CLI and the tests see the same files without I/O.
 */
import common from '../../../schemas/common.schema.json';
import gbt4754 from '../../../schemas/reference/gbt4754-2017.schema.json';
import enterprise from '../../../schemas/enterprise.schema.json';
import sichuan from '../../../schemas/reference/sichuan.schema.json';
import annex1 from '../../../schemas/annex1.schema.json';
import annex2 from '../../../schemas/annex2.schema.json';
import annex3 from '../../../schemas/annex3.schema.json';
import platform from '../../../schemas/platform.schema.json';
import annex4 from '../../../schemas/annex4.schema.json';
import annex41 from '../../../schemas/annex4-1.schema.json';
import annex42 from '../../../schemas/annex4-2.schema.json';
import annex43 from '../../../schemas/annex4-3.schema.json';
import annex44 from '../../../schemas/annex4-4.schema.json';
import annex45 from '../../../schemas/annex4-5.schema.json';
import annex46 from '../../../schemas/annex4-6.schema.json';
import answerFile from '../../../schemas/answer-file.schema.json';
import city from '../../../schemas/city.schema.json';
import type { JsonSchema } from './types.ts';

export const ALL_SCHEMAS: readonly JsonSchema[] = [
  common,
  gbt4754,
  sichuan,
  enterprise,
  annex1,
  annex2,
  annex3,
  platform,
  annex4,
  annex41,
  annex42,
  annex43,
  annex44,
  annex45,
  annex46,
  answerFile,
  city,
] as JsonSchema[];

const byId = new Map<string, JsonSchema>(ALL_SCHEMAS.map((s) => [String(s.$id), s]));

export function getSchema(id: string): JsonSchema {
  const schema = byId.get(id);
  if (!schema) throw new Error(`未知的模式：${id}`);
  return schema;
}
