/**
 * Property-based: any string a person can type or paste, in any text field of
 * any annex, gives a document whose every XML part is well-formed, that never
 * says "undefined", prints the text again (as XML 1.0 can carry it), and
 * carries the answers back out unchanged.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANNEXES } from '../../src/core/annexes/registry.ts';
import { annexSchema } from '../../src/core/annexes/schemas.ts';
import type { AnnexDefinition, TextField } from '../../src/core/annexes/types.ts';
import { renderAnnexDocument } from '../../src/core/docx/annex-document.ts';
import { extractAnswerFile } from '../../src/core/docx/embed.ts';
import { schemaAtPath } from '../../src/core/schema/at-path.ts';
import { xmlSafe } from '../../src/core/text/xml-safe.ts';
import { assertWellFormed, paragraphs } from '../helpers/docx.ts';
import { example, setPath } from '../helpers/example.ts';
import { platformExample } from '../helpers/platform-example.ts';

/** Text fields printed as typed: a plain tag on a string field. */
const plainTextFields = (annex: AnnexDefinition): TextField[] =>
  annex.fields.filter(
    (f): f is TextField =>
      'tag' in f && !('rows' in f) && !f.as && !f.map && !f.fallback && schemaAtPath(annexSchema(annex), f.path)?.type === 'string',
  );

// Everything people produce: any code point (lone surrogates and XML-forbidden controls included),
// Word's odd spaces and line ends, emoji sequences, rare CJK, and template-like text.
const typed = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 40 }),
  fc.constantFrom('{#x}{/x}', '{name}', '{{', '}}', '<w:p>&amp;]]>', '\u00a0\u3000\u200b\u2028\r\n\t', '👨‍👩‍👧‍👦🇨🇳𠀀𪚥', '\u0000\u0001\ufffe\uffff\ud800'),
);

/** Long texts printed as paragraph loops. */
const paragraphFields = (annex: AnnexDefinition): TextField[] => annex.fields.filter((f): f is TextField => 'tag' in f && f.as === 'paragraphs');

/** String cells of the first row of each repeating table. */
const rowCells = (annex: AnnexDefinition): string[] =>
  annex.fields.flatMap((f) => {
    if (!('rows' in f)) return [];
    const items = schemaAtPath(annexSchema(annex), f.path)?.items as { properties?: Record<string, { type?: string; enum?: unknown }> } | undefined;
    return Object.entries(items?.properties ?? {})
      .filter(([, s]) => s.type === 'string' && !s.enum)
      .map(([k]) => `${f.path}.0.${k}`);
  });

const templates = new Map(ANNEXES.map((a) => [a.id, new Uint8Array(readFileSync(`templates/${a.template}`))]));
const base = (annex: AnnexDefinition) => (annex.kind === 'enterprise' ? example() : annex.id === 'annex4-5' ? platformExample('general') : platformExample('key'));

describe.each(ANNEXES.map((a) => [a.number, a] as const))('%s with arbitrary text', (_n, annex) => {
  const fields = plainTextFields(annex);
  const longTexts = paragraphFields(annex);
  const cells = rowCells(annex);
  const n = fields.length + longTexts.length + cells.length;

  it('has text to try', () => expect(n).toBeGreaterThan(0));

  it('renders well-formed, prints the text, and keeps the answers', () => {
    fc.assert(
      fc.property(fc.array(typed, { minLength: n, maxLength: n }), (values) => {
        const data = base(annex);
        fields.forEach((f, i) => setPath(data, f.path, values[i]));
        longTexts.forEach((f, i) => setPath(data, f.path, values[fields.length + i]));
        cells.forEach((path, i) => setPath(data, path, values[fields.length + longTexts.length + i]));
        const out = renderAnnexDocument(annex, templates.get(annex.id)!, data);
        assertWellFormed(out);
        const text = paragraphs(out).join('\n');
        const typedUndefined = values.some((v) => v.includes('undefined'));
        if (!typedUndefined) expect(text).not.toContain('undefined');
        for (const v of values.slice(0, fields.length)) expect(text).toContain(xmlSafe(v));
        // A long text is printed paragraph by paragraph: each non-blank line, trimmed.
        for (const v of values.slice(fields.length, fields.length + longTexts.length)) {
          for (const line of xmlSafe(v).split('\n').map((l) => l.trim()).filter(Boolean)) expect(text).toContain(line);
        }
        for (const v of values.slice(fields.length + longTexts.length)) expect(text).toContain(xmlSafe(v).trim() === '' ? '' : xmlSafe(v));
        expect(extractAnswerFile(out).data).toEqual(JSON.parse(JSON.stringify(data)));
      }),
      { numRuns: 25 },
    );
  });
});
