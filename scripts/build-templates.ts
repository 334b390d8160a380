// Generates the .docx templates under templates/ from their layout descriptions.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAnnex1 } from './templates/annex1.ts';
import { buildAnnex2 } from './templates/annex2.ts';
import { buildAnnex3 } from './templates/annex3.ts';
import { buildAnnex4 } from './templates/annex4.ts';
import { buildAnnex41 } from './templates/annex4-1.ts';
import { buildAnnex42, buildAnnex43 } from './templates/annex4-tables.ts';
import { buildAnnex44, buildAnnex45, buildAnnex46 } from './templates/annex4-plans.ts';
import { buildAnnex5, buildAnnex6 } from './templates/annex5-6.ts';

interface TemplateEntry {
  /** Output path relative to the project root. */
  file: string;
  build: () => Uint8Array;
}

const TEMPLATES: TemplateEntry[] = [
  { file: 'templates/annex1.docx', build: buildAnnex1 },
  { file: 'templates/annex2.docx', build: buildAnnex2 },
  { file: 'templates/annex3.docx', build: buildAnnex3 },
  { file: 'templates/annex4.docx', build: buildAnnex4 },
  { file: 'templates/annex4-1.docx', build: buildAnnex41 },
  { file: 'templates/annex4-2.docx', build: buildAnnex42 },
  { file: 'templates/annex4-3.docx', build: buildAnnex43 },
  { file: 'templates/annex4-4.docx', build: buildAnnex44 },
  { file: 'templates/annex4-5.docx', build: buildAnnex45 },
  { file: 'templates/annex4-6.docx', build: buildAnnex46 },
  { file: 'templates/annex5.docx', build: buildAnnex5 },
  { file: 'templates/annex6.docx', build: buildAnnex6 },
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

for (const { file, build } of TEMPLATES) {
  const out = join(root, file);
  const bytes = build();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  console.log(`${file}: ${bytes.length} bytes`);
}
