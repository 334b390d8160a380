/**
 * Whether a step of an annex asks for a date or a month. The browser's first date input costs it
 * about a tenth of a second on a slow phone (src/components/renderers/warm-date-input.ts): a page
 * pays that while its draft is read only if the step it opens on needs one.
 */
import { schemaAtPath } from '../schema/at-path.ts';
import { annexSchema } from './schemas.ts';
import { annexSteps, type AnnexStep } from './steps.ts';
import type { AnnexDefinition } from './types.ts';

const DATE_FORMATS = new Set(['date', 'yearMonth']);

/** A date format anywhere in a schema or a UI schema (a control's `options.format` counts). */
function holdsDate(node: unknown, seen = new WeakSet<object>()): boolean {
  if (node === null || typeof node !== 'object' || seen.has(node)) return false;
  seen.add(node);
  if (Array.isArray(node)) return node.some((n) => holdsDate(n, seen));
  const record = node as Record<string, unknown>;
  if (typeof record.format === 'string' && DATE_FORMATS.has(record.format)) return true;
  return Object.values(record).some((v) => holdsDate(v, seen));
}

export function stepAsksForDate(annex: AnnexDefinition, step: AnnexStep): boolean {
  const schema = annexSchema(annex);
  return holdsDate(step.uischema) || step.paths.some((path) => holdsDate(schemaAtPath(schema, path)));
}

/** The step a fresh dossier opens on: the first annex's first. */
export const firstStepAsksForDate = (annex: AnnexDefinition | undefined): boolean => {
  const step = annex && annexSteps(annex)[0];
  return !!step && stepAsksForDate(annex, step);
};
