/**
 * The slow half of the property tests: a fixed-seed sample of the arbitrary text that the
 * unit tests render by the hundred, opened in real LibreOffice. Each document must open and
 * show the words typed into it.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANNEXES } from '../../src/core/annexes/registry.ts';
import { renderAnnexDocument } from '../../src/core/docx/annex-document.ts';
import { assertWellFormed } from '../helpers/docx.ts';
import { libreOfficeText } from '../helpers/libreoffice.ts';
import { textPaths, typed, typedInto } from '../helpers/arbitrary-text.ts';
import { normalise } from '../helpers/seed.ts';

const SAMPLES = 3;
const samples = ANNEXES.flatMap((annex) => {
  const { plain, long, cells } = textPaths(annex);
  const n = plain.length + long.length + cells.length;
  return fc.sample(fc.array(typed, { minLength: n, maxLength: n }), { numRuns: SAMPLES, seed: 20210620 }).map((values, i) => ({ annex, values, name: `${annex.id}-${i}.docx` }));
});
const TEXTS = new Map<string, string>();

beforeAll(async () => {
  const files = samples.map(({ annex, values, name }) => {
    const bytes = renderAnnexDocument(annex, new Uint8Array(readFileSync(`templates/${annex.template}`)), typedInto(annex, values));
    assertWellFormed(bytes);
    return { name, bytes };
  });
  for (const [k, v] of await libreOfficeText(files)) TEXTS.set(k, v);
}, 300_000);

describe.each(samples.map((s) => [s.name, s] as const))('%s', (name, { annex, values }) => {
  it('opens in LibreOffice and shows its annex number and the words typed into it', () => {
    const text = normalise(TEXTS.get(name) ?? '');
    expect(text).toContain(annex.number);
    // Words made only of letters and digits read back exactly; the rest (controls, odd spaces,
    // combining marks) LibreOffice's plain-text export may rewrite, which the unit tests cover in the XML.
    const words = values.flatMap((v) => v.match(/[\p{L}\p{N}]{2,}/gu) ?? []).filter((w) => !/\p{M}/u.test(w));
    for (const word of words) expect(text, word).toContain(word);
  });
});

it('samples enough readable words to mean something', () => {
  const words = samples.flatMap((s) => s.values.flatMap((v) => v.match(/[\p{L}\p{N}]{2,}/gu) ?? []));
  expect(words.length).toBeGreaterThan(50);
});
