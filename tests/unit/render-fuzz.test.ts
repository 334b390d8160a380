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
import { renderAnnexDocument } from '../../src/core/docx/annex-document.ts';
import { extractAnswerFile } from '../../src/core/docx/embed.ts';
import { displayText } from '../../src/core/docx/display.ts';
import { oneLineText } from '../../src/core/docx/template-data.ts';
import { assertWellFormed, paragraphs } from '../helpers/docx.ts';
import { textPaths, typed, typedInto } from '../helpers/arbitrary-text.ts';

const templates = new Map(ANNEXES.map((a) => [a.id, new Uint8Array(readFileSync(`templates/${a.template}`))]));

describe.each(ANNEXES.map((a) => [a.number, a] as const))('%s with arbitrary text', (_n, annex) => {
  const { plain: fields, long: longTexts, cells } = textPaths(annex);
  const n = fields.length + longTexts.length + cells.length;

  it('has text to try', () => expect(n).toBeGreaterThan(0));

  it('renders well-formed, prints the text, and keeps the answers', () => {
    fc.assert(
      fc.property(fc.array(typed, { minLength: n, maxLength: n }), (values) => {
        const data = typedInto(annex, values);
        const out = renderAnnexDocument(annex, templates.get(annex.id)!, data);
        assertWellFormed(out);
        const text = paragraphs(out).join('\n');
        const typedUndefined = values.some((v) => v.includes('undefined'));
        if (!typedUndefined) expect(text).not.toContain('undefined');
        // Printed as paper shows it (display.ts): a one-line field on one line, without direction controls or tabs.
        for (const v of values.slice(0, fields.length)) expect(text).toContain(oneLineText(v));
        // A long text is printed paragraph by paragraph: each non-blank line, trimmed.
        for (const v of values.slice(fields.length, fields.length + longTexts.length)) {
          for (const line of displayText(v).split('\n').map((l) => l.trim()).filter(Boolean)) expect(text).toContain(line);
        }
        for (const v of values.slice(fields.length + longTexts.length)) expect(text).toContain(displayText(v).trim() === '' ? '' : displayText(v));
        expect(extractAnswerFile(out).data).toEqual(JSON.parse(JSON.stringify(data)));
      }),
      { numRuns: 25 },
    );
  });
});
