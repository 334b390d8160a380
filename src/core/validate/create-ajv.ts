/**
 * The one ajv configuration. It compiles at build time (scripts/build-validators.ts
 * turns its output into the precompiled validators the site ships) and, under
 * Node only, at run time for a schema that was not precompiled. The form and
 * the export both validate with what it produced, so a dossier the form shows
 * as valid is never refused at download, nor the other way round.
 */
import Ajv2020, { _, type KeywordCxt } from 'ajv/dist/2020.js';
import { FORMATS, notAfterToday, withinChars } from './runtime.ts';
import { BASE_SCHEMAS } from '../schema/store.ts';
import { APPLICANTS } from '../annexes/registry.ts';

export type Ajv = InstanceType<typeof Ajv2020>;

export interface CreateAjvOptions {
  /** Keep each validator's source so `ajv/dist/standalone` can write it out as an ES module. */
  standalone?: boolean;
}

export function createAjv({ standalone = false }: CreateAjvOptions = {}): Ajv {
  const ajv = new Ajv2020({
    // JSON Forms needs every error of every field, with the failing schema attached.
    allErrors: true,
    verbose: true,
    strict: true,
    // Conditional `required` (if/then) is the whole point of checkbox rows; do not warn about it.
    strictRequired: false,
    // Cross-field limits such as 主营业务收入 ≤ 营业收入 ({ "maximum": { "$data": "1/revenue" } }).
    $data: true,
    // Generated code reaches runtime.ts as `runtime` (build-validators.ts imports it under that name):
    // a format is `runtime.FORMATS.<name>`, the very object registered below.
    code: { source: standalone, esm: standalone, lines: standalone, formats: _`runtime.FORMATS` },
  });
  for (const [name, format] of Object.entries(FORMATS)) ajv.addFormat(name, format);
  ajv.addKeyword({
    keyword: 'maxChars',
    type: 'string',
    schemaType: 'number',
    // Written as code (not a `validate` function) so that standalone output can call `runtime.withinChars`.
    code(cxt: KeywordCxt) {
      const fn = cxt.gen.scopeValue('func', { ref: withinChars, code: _`runtime.withinChars` });
      cxt.fail(_`!${fn}(${cxt.data}, ${cxt.schemaCode})`);
    },
  });
  // A date that cannot be after today (注册时间, 出生年月): read at validation, so a page left open overnight moves on.
  ajv.addKeyword({
    keyword: 'notFuture',
    type: 'string',
    schemaType: 'boolean',
    code(cxt: KeywordCxt) {
      if (cxt.schema !== true) return;
      const fn = cxt.gen.scopeValue('func', { ref: notAfterToday, code: _`runtime.notAfterToday` });
      cxt.fail(_`!${fn}(${cxt.data})`);
    },
  });
  // Display-only annotation read by the form and the documents.
  ajv.addKeyword({ keyword: 'unit', schemaType: 'string' });
  // Display-only: where a text field's suggestions come from (see reference/suggestions.ts).
  ajv.addKeyword({ keyword: 'suggest', schemaType: 'string' });
  // Schemas that still hold `$ref`s across files (tests, the CLI) find their targets.
  for (const schema of [...BASE_SCHEMAS, ...APPLICANTS.flatMap((a) => a.schemas)]) ajv.addSchema(schema);
  return ajv;
}
