/** Saves the answers as a file the user keeps. Separate from download.ts so it does not pull in docxtemplater. */
import fileSaver from 'file-saver';
import type { ApplicantKind } from '../core/annexes/types.ts';
import { answerFileName, makeAnswerFile, serializeAnswerFile } from '../core/answer-file.ts';
import { getPath } from '../core/dossier/paths.ts';

export function downloadAnswerFile(kind: ApplicantKind, namePath: string, dossier: Record<string, unknown>): string {
  const file = makeAnswerFile(kind, dossier);
  const name = answerFileName(file, getPath(dossier, namePath));
  fileSaver.saveAs(new Blob([serializeAnswerFile(file)], { type: 'application/json' }), name);
  return name;
}
