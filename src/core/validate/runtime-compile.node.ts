/**
 * Under Node (the CLI, the tests, Astro rendering pages), a schema that was
 * not precompiled is compiled here, with the very configuration the
 * precompiled ones were made with. Chosen through package.json `imports`
 * (`#runtime-compile`): the browser build gets runtime-compile.browser.ts.
 */
import type { ValidateFunction } from 'ajv';
import { createAjv, type Ajv } from './create-ajv.ts';

let ajv: Ajv | null = null;

export const runtimeCompile: ((schema: object) => ValidateFunction) | null = (schema) => (ajv ??= createAjv()).compile(schema);
