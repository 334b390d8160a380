/**
 * The character limits of what the authority types on the desk, read from city.schema.json: the
 * counter under a box says the same limit as the check that reports it (a literal 200 once
 * counted 250 of 附件6's 300-character 提供服务内容 as over nothing).
 */
import { getSchema } from '../schema/store.ts';

type OwnDef = 'enterpriseOwn' | 'platformOwn';

function maxChars(def: OwnDef, key: string): number {
  const limit = (getSchema('city.schema.json') as { $defs?: Record<string, { properties?: Record<string, { maxChars?: unknown }> }> }).$defs?.[def]?.properties?.[key]?.maxChars;
  if (typeof limit !== 'number') throw new Error(`city.schema.json 中 ${def}.${key} 没有 maxChars`);
  return limit;
}

/** Each counted box's limit: 附件5's 说明 and 附件6's 提供服务内容. */
export const OWN_LIMITS = {
  note: maxChars('enterpriseOwn', 'note'),
  services: maxChars('platformOwn', 'services'),
} as const;
