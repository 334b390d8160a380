/**
 * Golden output: the example rendered into each template, compared as
 * paragraph text and as document XML, never as bytes (zip timestamps and
 * compression may differ). Run with UPDATE_GOLDEN=1 to accept a deliberate change.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANNEXES } from '../../src/core/annexes/registry.ts';
import { templateData } from '../../src/core/docx/template-data.ts';
import { renderDocx } from '../../src/core/docx/render.ts';
import { docxParts, paragraphs } from '../helpers/docx.ts';
import { example } from '../helpers/example.ts';
import { platformExample } from '../helpers/platform-example.ts';

const update = process.env.UPDATE_GOLDEN === '1';

function golden(file: string, actual: string): void {
  const path = `tests/fixtures/golden/${file}`;
  if (update || !existsSync(path)) {
    if (!update) throw new Error(`缺少基准文件 ${path}。确认输出无误后运行 UPDATE_GOLDEN=1 npx vitest run tests/documents 生成。`);
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe.each(ANNEXES.map((a) => [a.number, a] as const))('%s golden output', (_n, annex) => {
  const data = annex.kind === 'enterprise' ? example() : annex.id === 'annex4-5' ? platformExample('general') : platformExample('key');
  const out = renderDocx(readFileSync(`templates/${annex.template}`), templateData(annex, data), annex.template);

  it('has the expected text', () => golden(`${annex.id}.txt`, `${paragraphs(out).join('\n')}\n`));

  it('has the expected document XML', () => {
    // One element per line keeps a failing diff readable.
    const xml = docxParts(out).get('word/document.xml')!.replace(/></g, '>\n<');
    golden(`${annex.id}.document.xml`, `${xml}\n`);
  });
});
