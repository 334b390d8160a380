/**
 * What JSON Forms gets as its `ajv`. JSON Forms 3.8 calls `compile(schema)` for
 * the form's root schema and `validate(schema, data)` for each SHOW rule's
 * condition (and `compile` for combinator branches, which our forms do not
 * render); all three, and `getSchema`, answer with the validators of
 * validators.ts, the same functions the export validates with. Nothing here
 * compiles, so the form runs under a Content-Security-Policy without 'unsafe-eval'.
 */
import type Ajv from 'ajv';
import type { AnySchema, ErrorObject, ValidateFunction } from 'ajv';
import { ProgramError } from '../errors.ts';
import { precompiledByKey, validatorFor } from './validators.ts';

function asObject(schema: AnySchema | string): object {
  if (typeof schema !== 'object' || schema === null) throw new ProgramError('P_SCHEMA', '表单只按模式对象查找预编译的校验规则。');
  return schema;
}

class PrecompiledAjv {
  /** Errors of the last `validate` call, as on ajv. */
  errors: ErrorObject[] | null | undefined = null;

  compile(schema: AnySchema): ValidateFunction {
    return validatorFor(asObject(schema));
  }

  validate(schema: AnySchema | string, data: unknown): boolean {
    const fn = validatorFor(asObject(schema));
    const valid = fn(data) as boolean;
    this.errors = fn.errors;
    return valid;
  }

  getSchema(key: string): ValidateFunction | undefined {
    return precompiledByKey(key);
  }
}

const shared = new PrecompiledAjv();

/** The form's `ajv` prop: stable, so JSON Forms never recompiles for a new instance. */
export const formAjv = (): Ajv => shared as unknown as Ajv;
