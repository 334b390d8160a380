/**
 * The JSON Schemas this program knows, by `$id`, imported statically so the browser bundle, the
 * CLI and the tests see the same files without I/O.
 *
 * The few any page may need are here. Each applicant's own schemas come with its definition
 * (core/annexes/enterprise.ts, platform.ts), which registers them when it loads: a page for one
 * applicant then carries only that applicant's schemas, about a sixth of its JavaScript. Whatever
 * loads the registry (the CLI, the tests, the 市（州） desk) has every schema.
 */
import common from '../../../schemas/common.schema.json';
import sichuan from '../../../schemas/reference/sichuan.schema.json';
import answerFile from '../../../schemas/answer-file.schema.json';
import city from '../../../schemas/city.schema.json';
import type { JsonSchema } from './types.ts';

/** Shared by every applicant, the answer file and the 市（州） desk. */
export const BASE_SCHEMAS: readonly JsonSchema[] = [common, sichuan, answerFile, city] as JsonSchema[];

const byId = new Map<string, JsonSchema>(BASE_SCHEMAS.map((s) => [String(s.$id), s]));

/** Makes schemas known by their `$id`; registering one again changes nothing. */
export function registerSchemas(schemas: readonly JsonSchema[]): void {
  for (const schema of schemas) byId.set(String(schema.$id), schema);
}

export function getSchema(id: string): JsonSchema {
  const schema = byId.get(id);
  // Unknown, or an applicant's schema where nothing has loaded that applicant's definition.
  if (!schema) throw new Error(`未知的模式：${id}（申报主体的模式随其定义载入，见 core/annexes/registry.ts）`);
  return schema;
}
