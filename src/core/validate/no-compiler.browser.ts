/**
 * Stands in for `ajv` and `ajv-formats` in the browser build. JSON Forms imports both only to
 * create a validator when none is given; the form always gives the precompiled one
 * (form-ajv.ts), and the page's CSP forbids the eval that compiling needs anyway. Leaving the
 * compiler out saves the bytes of code that must never run.
 */
import { ProgramError } from '../errors.ts';

const refuse = (): never => {
  throw new ProgramError('P_SCHEMA', '页面中不编译校验规则：表单应使用预编译的校验器（src/core/validate/form-ajv.ts）。');
};

export default class NoCompiler {
  constructor() {
    refuse();
  }
}

/** ajv-formats' default export, `addFormats(ajv)`. */
export function addFormats(): never {
  return refuse();
}
