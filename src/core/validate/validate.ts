/** Validates a dossier against an annex, or against the dossier schema itself. */
import { annexSchema, resolvedSchema } from '../annexes/schemas.ts';
import type { AnnexDefinition } from '../annexes/types.ts';
import { skeleton } from '../dossier/skeleton.ts';
import { pruneClosedGates } from '../dossier/gates.ts';
import type { FieldError } from '../errors.ts';
import type { JsonSchema } from '../schema/types.ts';
import { translateErrors } from './translate.ts';
import { validatorFor } from './validators.ts';

export interface ValidationResult {
  valid: boolean;
  errors: FieldError[];
}

/** With the validator the form uses for the same schema (validators.ts): precompiled in the browser. */
export function validateAgainst(schema: JsonSchema, data: unknown): ValidationResult {
  const fn = validatorFor(schema);
  // A value left behind a closed gate is not part of the answer: the form hides it, so it must not block a download.
  const valid = fn(pruneClosedGates(schema, skeleton(schema, data))) as boolean;
  return { valid, errors: valid ? [] : translateErrors(fn.errors, schema) };
}

/** Is the dossier complete and correct for this annex? */
export function validateAnnex(annex: AnnexDefinition, dossier: unknown): ValidationResult {
  const result = validateAgainst(annexSchema(annex), dossier);
  const extra = annex.checks?.(dossier) ?? [];
  if (!extra.length) return result;
  // Cross-field rules report at their field like any other error, after the schema's own.
  const seen = new Set(result.errors.map((e) => e.path));
  return { valid: false, errors: [...result.errors, ...extra.filter((e) => !seen.has(e.path))] };
}

/** Is the dossier well-formed as a draft (types and formats, nothing required)? */
export const validateDossier = (dossierSchemaId: string, dossier: unknown): ValidationResult =>
  validateAgainst(resolvedSchema(dossierSchemaId), dossier);
