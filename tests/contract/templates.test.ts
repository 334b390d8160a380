/**
 * Keeps templates and schemas in step: a tag the mapping does not fill, a
 * field that never reaches paper, or a template that does not render fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANNEXES } from '../../src/core/annexes/registry.ts';
import { annexSchema } from '../../src/core/annexes/schemas.ts';
import { mappedTags, templateData } from '../../src/core/docx/template-data.ts';
import { renderDocx } from '../../src/core/docx/render.ts';
import { fieldOrder } from '../../src/core/validate/translate.ts';
import { assertWellFormed, paragraphs, tagsOf } from '../helpers/docx.ts';
import { example } from '../helpers/example.ts';

describe.each(ANNEXES.map((a) => [a.number, a] as const))('%s template', (_n, annex) => {
  const template = new Uint8Array(readFileSync(`templates/${annex.template}`));

  it('is a well-formed package', () => assertWellFormed(template));

  it('has exactly the tags its mapping fills', () => {
    // A tag may appear more than once (企业名称 on the cover and in the table), but none may be unknown or missing.
    expect([...new Set(tagsOf(template))].sort()).toEqual([...new Set(mappedTags(annex))].sort());
  });

  it('prints every field of the annex schema', () => {
    const mapped = new Set([...annex.fields.map((f) => f.path), ...(annex.inputOnly ?? [])]);
    // A field is printed when it, or the object holding it (e.g. 主导产品类别 name + code), is mapped.
    const printed = (path: string) => path.split('.').some((_, i, keys) => mapped.has(keys.slice(0, i + 1).join('.')));
    for (const path of fieldOrder(annexSchema(annex))) expect(printed(path), path).toBe(true);
  });

  it('renders the example with no tag left and no "undefined"', () => {
    const out = renderDocx(template, templateData(annex, example()), annex.template);
    assertWellFormed(out);
    const text = paragraphs(out).join('\n');
    expect(text).not.toMatch(/[{}]/);
    expect(text).not.toContain('undefined');
  });

  it('renders an empty dossier as the blank form', () => {
    const out = renderDocx(template, templateData(annex, {}), annex.template);
    const text = paragraphs(out).join('\n');
    expect(text).not.toContain('undefined');
    expect(text).not.toContain('☑');
    // Every box of a template with check boxes stays open for a tick by hand.
    if (mappedTags(annex).some((t) => t.includes('='))) expect(text).toContain('□');
  });
});
