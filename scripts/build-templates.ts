// Generates the .docx templates under templates/ from their layout descriptions.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAnnex1 } from './templates/annex1.ts';
import { buildAnnex2 } from './templates/annex2.ts';
import { buildAnnex3 } from './templates/annex3.ts';

interface TemplateEntry {
  /** Output path relative to the project root. */
  file: string;
  build: () => Uint8Array;
}

const TEMPLATES: TemplateEntry[] = [
  { file: 'templates/annex1.docx', build: buildAnnex1 },
  { file: 'templates/annex2.docx', build: buildAnnex2 },
  { file: 'templates/annex3.docx', build: buildAnnex3 },
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

for (const { file, build } of TEMPLATES) {
  const out = join(root, file);
  const bytes = build();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  console.log(`${file}: ${bytes.length} bytes`);
}
