/** One finished annex: the template filled in, with the dossier's answer file inside. */
import type { AnnexDefinition } from '../annexes/types.ts';
import { makeAnswerFile, serializeAnswerFile } from '../answer-file.ts';
import { isPlainObject } from '../util/objects.ts';
import { addAnswerPart } from './embed.ts';
import { renderDocxZip, stampDates, writeDocx, type CompiledTemplate } from './render.ts';
import { templateData } from './template-data.ts';

export function renderAnnexDocument(annex: AnnexDefinition, template: Uint8Array | CompiledTemplate, dossier: unknown, now = new Date()): Uint8Array {
  const zip = renderDocxZip(template, templateData(annex, dossier), annex.template);
  const answers = makeAnswerFile(annex.kind, isPlainObject(dossier) ? dossier : {}, now);
  stampDates(zip, now);
  return writeDocx(addAnswerPart(zip, serializeAnswerFile(answers)));
}
