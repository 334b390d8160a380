/** What the stock page is built from, computed by the repository's own code so both sides see one schema. */
import { getAnnex } from '../../src/core/annexes/registry.ts';
import { annexSchema, annexUiSchema } from '../../src/core/annexes/schemas.ts';
import { FORMATS } from '../../src/core/validate/runtime.ts';
import type { StockAjvOptions } from './stock-ajv.ts';

/** The keywords createAjv (src/core/validate/create-ajv.ts) adds to JSON Schema. */
export const CUSTOM_KEYWORDS = ['maxChars', 'unit', 'suggest'] as const;

export const stockAjvOptions = (): StockAjvOptions => ({ formats: Object.keys(FORMATS), keywords: CUSTOM_KEYWORDS });

export interface StockAnnex {
  schema: unknown;
  uischema: unknown;
}

/** Each annex as JSON Forms gets it: the resolved schema and the UI schema with its SHOW rules. */
export function stockAnnexes(ids: readonly string[]): Record<string, StockAnnex> {
  return Object.fromEntries(ids.map((id) => [id, { schema: annexSchema(getAnnex(id)), uischema: annexUiSchema(getAnnex(id)) }]));
}
