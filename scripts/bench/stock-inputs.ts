/** What the stock page is built from, computed by the repository's own code so both sides see one schema. */
import { ANNEXES } from '../../src/core/annexes/registry.ts';
import { annexSchema } from '../../src/core/annexes/schemas.ts';
import { annexSteps } from '../../src/core/annexes/steps.ts';
import { FORMATS } from '../../src/core/validate/runtime.ts';
import type { StockAjvOptions } from './stock-ajv.ts';

/** The keywords createAjv (src/core/validate/create-ajv.ts) adds to JSON Schema. */
export const CUSTOM_KEYWORDS = ['maxChars', 'unit', 'suggest'] as const;

export const stockAjvOptions = (): StockAjvOptions => ({ formats: Object.keys(FORMATS), keywords: CUSTOM_KEYWORDS });

export interface StockForms {
  /** Resolved schema of each annex needed, once each. */
  schemas: Record<string, unknown>;
  /** By step id: the annex whose schema it uses and the step's UI schema, rules included (as zjtx renders it). */
  forms: Record<string, { annex: string; uischema: unknown }>;
}

export function stockForms(stepIds: readonly string[]): StockForms {
  const out: StockForms = { schemas: {}, forms: {} };
  for (const id of stepIds) {
    const annex = ANNEXES.find((a) => annexSteps(a).some((s) => s.id === id));
    if (!annex) throw new Error(`没有这个填写步骤：${id}`);
    out.schemas[annex.id] ??= annexSchema(annex);
    out.forms[id] = { annex: annex.id, uischema: annexSteps(annex).find((s) => s.id === id)!.uischema };
  }
  return out;
}
