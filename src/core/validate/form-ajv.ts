/**
 * What JSON Forms gets as its `ajv`. JSON Forms 3.8 calls `compile(schema)` for
 * the form's root schema and `validate(schema, data)` for each SHOW rule's
 * condition (and `compile` for combinator branches, which our forms do not
 * render); all three, and `getSchema`, answer with the validators of
 * validators.ts, the same functions the export validates with. Nothing here
 * compiles, so the form runs under a Content-Security-Policy without 'unsafe-eval'.
 *
 * Until the page has loaded its applicant's validators (validators.ts), the
 * root schema's validator finds nothing wrong: the form takes input at once,
 * and messages appear when the validators arrive. Each arrival gives a new
 * instance, and JSON Forms validates again when its `ajv` prop changes.
 */
import type Ajv from 'ajv';
import type { AnySchema, ErrorObject, ValidateFunction } from 'ajv';
import { ProgramError } from '../errors.ts';
import { precompiledByKey, precompiledValidator, validatorFor, validatorPending, validatorsGeneration } from './validators.ts';

function asObject(schema: AnySchema | string): object {
  if (typeof schema !== 'object' || schema === null) throw new ProgramError('P_SCHEMA', '表单只按模式对象查找预编译的校验规则。');
  return schema;
}

class PrecompiledAjv {
  /** Errors of the last `validate` call, as on ajv. */
  errors: ErrorObject[] | null | undefined = null;

  compile(schema: AnySchema): ValidateFunction {
    const object = asObject(schema);
    return precompiledValidator(object) ? validatorFor(object) : notYet(object);
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

/** A validator still on its way, or a schema never precompiled (validatorFor's error, in the browser). */
function notYet(schema: object): ValidateFunction {
  // A schema no group holds gets the usual program error (or, under Node, compiles).
  if (!validatorPending(schema)) return validatorFor(schema);
  const fn = (() => true) as unknown as ValidateFunction;
  fn.errors = null;
  fn.schema = schema;
  return fn;
}

let shared = new PrecompiledAjv();
let sharedGeneration = validatorsGeneration();

/** The form's `ajv` prop: the same instance until more validators arrive, so JSON Forms recompiles only then. */
export function formAjv(): Ajv {
  if (sharedGeneration !== validatorsGeneration()) {
    shared = new PrecompiledAjv();
    sharedGeneration = validatorsGeneration();
  }
  return shared as unknown as Ajv;
}
