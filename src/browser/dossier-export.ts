/** A dossier from the list, saved as the file its own page would export. */
import fileSaver from 'file-saver';
import { answerFileName, makeAnswerFile, serializeAnswerFile } from '../core/answer-file.ts';
import { type CityDesk, serializeDesk } from '../core/city/desk.ts';
import { deskFileName } from '../core/city/package.ts';
import { isPlainObject } from '../core/util/objects.ts';
import type { DossierRecord } from './dossier-db.ts';

export function exportRecord(record: DossierRecord, name: string): string {
  if (record.kind === 'city') {
    const desk = record.data as CityDesk;
    const file = deskFileName(desk);
    fileSaver.saveAs(new Blob([serializeDesk(desk)], { type: 'application/json' }), file);
    return file;
  }
  const answers = makeAnswerFile(record.kind, isPlainObject(record.data) ? record.data : {});
  const file = answerFileName(answers, name);
  fileSaver.saveAs(new Blob([serializeAnswerFile(answers)], { type: 'application/json' }), file);
  return file;
}
