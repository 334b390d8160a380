/** One finished annex: the template filled in, with the dossier's answer file inside. */
import type { AnnexDefinition } from '../annexes/types.ts';
import { makeAnswerFile, serializeAnswerFile } from '../answer-file.ts';
import { isPlainObject } from '../util/objects.ts';
import { addAnswerPart } from './embed.ts';
import { renderDocxZip, writeDocx, type CompiledTemplate } from './render.ts';
import { templateData } from './template-data.ts';

export function renderAnnexDocument(annex: AnnexDefinition, template: Uint8Array | CompiledTemplate, dossier: unknown, now = new Date()): Uint8Array {
  const zip = renderDocxZip(template, templateData(annex, dossier), annex.template);
  const answers = makeAnswerFile(annex.kind, isPlainObject(dossier) ? dossier : {}, now);
  stampDates(zip, now);
  return writeDocx(addAnswerPart(zip, serializeAnswerFile(answers)));
}

/**
 * The document's properties (文件 → 属性) say when it was made. They kept the template's own date,
 * the day it was built, which on a 2021 application reads as a file made after the deadline.
 */
function stampDates(zip: ReturnType<typeof renderDocxZip>, now: Date): void {
  const part = zip.file('docProps/core.xml');
  if (!part) return;
  const when = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  zip.file('docProps/core.xml', part.asText().replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*/g, `$1${when}`));
}
