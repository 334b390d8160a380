/**
 * The pure core: no DOM, React or Astro. The browser, the CLI and the tests
 * all go through these exports. Rendering (docxtemplater, pizzip) is kept out
 * of this entry on purpose: import `./docx/render.ts` and `./docx/zip.ts`
 * where a document is actually produced, so pages do not load them up front.
 */
export * from './errors.ts';
export * from './annexes/types.ts';
export * from './annexes/registry.ts';
export * from './annexes/schemas.ts';
export * from './annexes/field-label.ts';
export * from './validate/create-ajv.ts';
export * from './validate/translate.ts';
export * from './validate/validate.ts';
export * from './docx/template-data.ts';
export * from './docx/display.ts';
export * from './file-name.ts';
export * from './answer-file.ts';
export * from './dossier/skeleton.ts';
export * from './dossier/paths.ts';
export * from './dossier/gates.ts';
export * from './dossier/repair.ts';
export * from './text/number-input.ts';
export * from './schema/at-path.ts';
export * from './text/count-chars.ts';
export * from './text/xml-safe.ts';
export * from './formats/uscc.ts';
export * from './formats/numbers.ts';
export * from './reference/industries.ts';
