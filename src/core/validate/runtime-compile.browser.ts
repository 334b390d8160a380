/**
 * In the browser nothing is compiled: compiling means `new Function`, which
 * the Content-Security-Policy forbids. A schema missing from the precompiled
 * validators is a program error (see validators.ts).
 */
import type { ValidateFunction } from 'ajv';

export const runtimeCompile: ((schema: object) => ValidateFunction) | null = null;
