/**
 * A Vite plugin for the browser bundle only: the bare `ajv` and `ajv-formats` imports (JSON
 * Forms' fallback validator) resolve to a stub that refuses to run. Deep imports the
 * precompiled validators need (`ajv/dist/runtime/…`) and the server render are untouched.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { browserAlias } from './browser-alias.ts';

const AJV = fileURLToPath(new URL('../core/validate/no-compiler.browser.ts', import.meta.url));
const FORMATS = fileURLToPath(new URL('../core/validate/no-formats.browser.ts', import.meta.url));

export default (): Plugin => browserAlias('zjtx-no-ajv-compiler', { ajv: AJV, 'ajv-formats': FORMATS });
