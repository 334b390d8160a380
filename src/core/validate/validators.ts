/**
 * The one place a schema becomes a validator, for the form (JSON Forms, through
 * form-ajv.ts) and for the export (validate.ts) alike: both get the same
 * function object for the same schema. In the browser that function is always
 * one of the precompiled validators (generated/, found by the schema's
 * content); only Node may compile a schema that is not among them.
 *
 * The browser starts with the SHOW rules' validators only ("#precompiled" in
 * package.json); an applicant's annex validators arrive with `loadValidators`,
 * which a page calls once its form accepts input and awaits before it checks.
 * Node has every group from the start.
 */
import type { ValidateFunction } from 'ajv';
import { runtimeCompile } from '#runtime-compile';
import START from '#precompiled';
import { ProgramError } from '../errors.ts';
import { GROUP_OF_KEY, LOADERS, type LazyGroup } from './generated/index.js';
import { schemaKey } from './schema-key.ts';

export type { LazyGroup };
type Compile = (schema: object) => ValidateFunction;

const available: Record<string, ValidateFunction | undefined> = { ...START };

/** The precompiled validator for this schema, if it is here (precompiled and, in the browser, loaded). */
export const precompiledValidator = (schema: object): ValidateFunction | undefined => available[schemaKey(schema)];

/** By key, as ajv's `getSchema` looks validators up. */
export const precompiledByKey = (key: string): ValidateFunction | undefined => available[key];

const groupKeys = (group: LazyGroup) => Object.keys(GROUP_OF_KEY).filter((k) => GROUP_OF_KEY[k] === group);
const loadedGroups = new Set<LazyGroup>((Object.keys(LOADERS) as LazyGroup[]).filter((g) => groupKeys(g).every((k) => k in available)));
const loading = new Map<LazyGroup, Promise<void>>();
let generation = 0;

/** A precompiled validator whose group is not loaded yet (in the browser). */
export const validatorPending = (schema: object): boolean => {
  const key = schemaKey(schema);
  return !(key in available) && key in GROUP_OF_KEY;
};

/** Whether every validator of these groups is here. */
export const validatorsLoaded = (groups: readonly LazyGroup[]): boolean => groups.every((g) => loadedGroups.has(g));

/** Bumped by each group that arrives: the form's ajv is renewed with it, so JSON Forms validates again. */
export const validatorsGeneration = (): number => generation;

/** Loads these groups' validators (once each; a failed load may be retried). */
export function loadValidators(groups: readonly LazyGroup[]): Promise<void> {
  return Promise.all(
    groups.map((group) => {
      if (loadedGroups.has(group)) return undefined;
      let pending = loading.get(group);
      if (!pending) {
        pending = LOADERS[group]()
          .then((module) => {
            Object.assign(available, module.default);
            loadedGroups.add(group);
            generation++;
          })
          .catch((error: unknown) => {
            loading.delete(group);
            throw new ProgramError('P_VALIDATORS', `未能载入检查规则（${group}）：${error instanceof Error ? error.message : String(error)}。请检查网络后刷新页面。`);
          });
        loading.set(group, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}

/** Resolution with the fallback passed in, so tests can check the browser's behaviour under Node. */
export function findValidator(schema: object, compile: Compile | null): ValidateFunction {
  const key = schemaKey(schema);
  const fn = available[key] ?? compile?.(schema);
  if (fn) return fn;
  const title = typeof (schema as { title?: unknown }).title === 'string' ? `“${(schema as { title: string }).title}”` : '';
  const group = GROUP_OF_KEY[key];
  if (group)
    throw new ProgramError('P_VALIDATORS', `校验规则${title}属于尚未载入的“${group}”组：请先 await loadValidators(["${group}"])。`);
  throw new ProgramError(
    'P_SCHEMA',
    `校验规则${title}没有预先编译（${key}）：浏览器中不在运行时编译校验规则。请把它加入 src/core/validate/targets.ts，再运行 npm run build。`,
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
