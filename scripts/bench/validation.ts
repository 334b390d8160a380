/**
 * A full dossier validation in Node (no throttling): the enterprise example against every
 * enterprise annex. zjtx goes through `validateAnnex`, as the form and the export do (the
 * precompiled validators, plus the skeleton, closed gates, Chinese messages and cross-field
 * checks); stock compiles the same resolved schemas with JSON Forms' `createAjv` (stock-ajv.ts).
 */
import { annexesOf } from '../../src/core/annexes/registry.ts';
import { annexSchema } from '../../src/core/annexes/schemas.ts';
import { validateAnnex } from '../../src/core/validate/validate.ts';
import { enterpriseExample } from './fixtures.ts';
import { stockAjv } from './stock-ajv.ts';
import { stockAjvOptions } from './stock-inputs.ts';

const WARM_UP = 50;

/** Milliseconds per call of `once`, `runs` times after a warm-up (so the JIT has settled). */
function time(once: () => void, runs: number): number[] {
  for (let i = 0; i < WARM_UP; i++) once();
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    once();
    return performance.now() - start;
  });
}

export function zjtxValidation(runs: number): number[] {
  const annexes = annexesOf('enterprise');
  const data = enterpriseExample();
  const invalid = annexes.filter((a) => !validateAnnex(a, data).valid).map((a) => a.number);
  // The example is complete; if it stops being so, the figure would time error reporting instead.
  if (invalid.length) throw new Error(`示例未通过 ${invalid.join('、')} 的校验`);
  return time(() => {
    for (const a of annexes) validateAnnex(a, data);
  }, runs);
}

export function stockValidation(runs: number): number[] {
  const ajv = stockAjv(stockAjvOptions());
  const validators = annexesOf('enterprise').map((a) => ajv.compile(annexSchema(a)));
  const data = enterpriseExample();
  if (!validators.every((v) => v(data))) throw new Error('示例未通过 stock ajv 的校验');
  return time(() => {
    for (const v of validators) v(data);
  }, runs);
}
