/**
 * The one place a schema becomes a validator, for the form (JSON Forms, through
 * form-ajv.ts) and for the export (validate.ts) alike: both get the same
 * function object for the same schema. In the browser that function is always
 * one of the precompiled validators (generated/validators.js, found by the
 * schema's content); only Node may compile a schema that is not among them.
 */
import type { ValidateFunction } from 'ajv';
import { runtimeCompile } from '#runtime-compile';
import { ProgramError } from '../errors.ts';
import PRECOMPILED from './generated/validators.js';
import { schemaKey } from './schema-key.ts';

type Compile = (schema: object) => ValidateFunction;

/** The precompiled validator for this schema, if there is one. */
export const precompiledValidator = (schema: object): ValidateFunction | undefined => PRECOMPILED[schemaKey(schema)];

/** By key, as ajv's `getSchema` looks validators up. */
export const precompiledByKey = (key: string): ValidateFunction | undefined => PRECOMPILED[key];

/** Resolution with the fallback passed in, so tests can check the browser's behaviour under Node. */
export function findValidator(schema: object, compile: Compile | null): ValidateFunction {
  const fn = precompiledValidator(schema) ?? compile?.(schema);
  if (fn) return fn;
  const title = typeof (schema as { title?: unknown }).title === 'string' ? `“${(schema as { title: string }).title}”` : '';
  throw new ProgramError(
    'P_SCHEMA',
    `校验规则${title}没有预先编译（${schemaKey(schema)}）：浏览器中不在运行时编译校验规则。请把它加入 src/core/validate/targets.ts，再运行 npm run build。`,
  );
}

const cache = new WeakMap<object, ValidateFunction>();

export function validatorFor(schema: object): ValidateFunction {
  let fn = cache.get(schema);
  if (!fn) {
    fn = findValidator(schema, runtimeCompile);
    cache.set(schema, fn);
  }
  return fn;
}
