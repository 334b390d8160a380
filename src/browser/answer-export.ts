/** Saves the answers as a file the user keeps. Separate from download.ts so it does not pull in docxtemplater. */
import fileSaver from 'file-saver';
import type { ApplicantKind } from '../core/annexes/types.ts';
import { answerFileName, makeAnswerFile, MAX_ANSWER_FILE_BYTES, serializeAnswerFile } from '../core/answer-file.ts';
import { getPath } from '../core/dossier/paths.ts';

/** The file's name, and whether it is larger than an import takes (a novel pasted into 企业简介). */
export function downloadAnswerFile(kind: ApplicantKind, namePath: string, dossier: Record<string, unknown>): { name: string; bytes: number; tooLarge: boolean } {
  const file = makeAnswerFile(kind, dossier);
  const name = answerFileName(file, getPath(dossier, namePath));
  const blob = new Blob([serializeAnswerFile(file)], { type: 'application/json' });
  // Saved all the same: it is the person's only copy outside this browser. Said, because the import
  // refuses files past its limit, and the page must not promise what it cannot do.
  fileSaver.saveAs(blob, name);
  return { name, bytes: blob.size, tooLarge: blob.size > MAX_ANSWER_FILE_BYTES };
}
