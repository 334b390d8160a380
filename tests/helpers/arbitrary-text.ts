/** What people type or paste, as fast-check arbitraries, and where it goes in each annex. */
import fc from 'fast-check';
import { annexSchema } from '../../src/core/annexes/schemas.ts';
import type { AnnexDefinition, TextField } from '../../src/core/annexes/types.ts';
import { schemaAtPath } from '../../src/core/schema/at-path.ts';
import { example, setPath } from './example.ts';
import { platformExample } from './platform-example.ts';

// Everything people produce: any code point (lone surrogates and XML-forbidden controls included),
// Word's odd spaces and line ends, emoji sequences, rare CJK, and template-like text.
export const typed = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 40 }),
  fc.constantFrom('{#x}{/x}', '{name}', '{{', '}}', '<w:p>&amp;]]>', '\u00a0\u3000\u200b\u2028\r\n\t', '👨‍👩‍👧‍👦🇨🇳𠀀𪚥', '\u0000\u0001\ufffe\uffff\ud800'),
);

/** Text fields printed as typed: a plain tag on a string field. */
export const plainTextFields = (annex: AnnexDefinition): TextField[] =>
  annex.fields.filter(
    (f): f is TextField =>
      'tag' in f && !('rows' in f) && !f.as && !f.map && !f.fallback && schemaAtPath(annexSchema(annex), f.path)?.type === 'string',
  );

/** Long texts printed as paragraph loops. */
export const paragraphFields = (annex: AnnexDefinition): TextField[] => annex.fields.filter((f): f is TextField => 'tag' in f && f.as === 'paragraphs');

/** String cells of the first row of each repeating table. */
export const rowCells = (annex: AnnexDefinition): string[] =>
  annex.fields.flatMap((f) => {
    if (!('rows' in f)) return [];
    const items = schemaAtPath(annexSchema(annex), f.path)?.items as { properties?: Record<string, { type?: string; enum?: unknown }> } | undefined;
    return Object.entries(items?.properties ?? {})
      .filter(([, s]) => s.type === 'string' && !s.enum)
      .map(([k]) => `${f.path}.0.${k}`);
  });

/** Every path a person types free text into, in one order: plain fields, long texts, table cells. */
export function textPaths(annex: AnnexDefinition): { plain: string[]; long: string[]; cells: string[] } {
  const plain = plainTextFields(annex).map((f) => f.path);
  // One path is typed once: 附件2 maps its 简介 once per size it may be set in, and a cover maps
  // the name (a plain field elsewhere) to each of its two name lines.
  const long = [...new Set(paragraphFields(annex).map((f) => f.path))].filter((p) => !plain.includes(p));
  return { plain, long, cells: rowCells(annex) };
}

/** The example dossier that shows this annex. */
export const baseDossier = (annex: AnnexDefinition): Record<string, unknown> =>
  annex.kind === 'enterprise' ? example() : annex.id === 'annex4-5' ? platformExample('general') : platformExample('key');

/** The example with `values` typed into the annex's text paths, in `textPaths` order. */
export function typedInto(annex: AnnexDefinition, values: string[]): Record<string, unknown> {
  const { plain, long, cells } = textPaths(annex);
  const data = baseDossier(annex);
  [...plain, ...long, ...cells].forEach((path, i) => setPath(data, path, values[i]));
  return data;
}
