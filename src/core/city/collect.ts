/**
 * Adding files to the desk: answer files (.json), the Word documents this site generated, which
 * carry their answers inside, and zips of either. Every file gets one line saying what happened to
 * it, and a zip one line for each applicant in it and each entry it could not read; a bad file is
 * refused whole and never disturbs what was already collected.
 */
import { parseAnswerBytes, type AnswerFile } from '../answer-file.ts';
import { getApplicant } from '../annexes/registry.ts';
import { NO_ANSWERS_IN_ZIP } from '../docx/bundle.ts';
import { readArchive } from '../docx/embed.ts';
import { FileError, ProgramError } from '../errors.ts';
import { type CityDesk, type DeskEntry, defaultOwn, entryIdentity, entryName } from './desk.ts';
import { shownName } from '../text/shown-name.ts';
import { equal } from '../validate/runtime.ts';

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * `file` is the received file, or for one of several in a zip, `withinZip(zip, entry)`: the name the
 * page shows and the entry keeps. `entry` is then the name inside the zip, for a caller naming the
 * zip by its own path (the command line).
 */
export type CollectLine = (
  | { file: string; status: 'added'; name: string; kind: DeskEntry['kind'] }
  | { file: string; status: 'duplicate'; name: string; kind: DeskEntry['kind'] }
  // The same answers again (the same file chosen twice, or sent twice): nothing to choose between.
  | { file: string; status: 'same'; name: string; kind: DeskEntry['kind'] }
  | { file: string; status: 'refused'; message: string }
) & { entry?: string };

export const withinZip = (zip: string, entry: string) => `${zip} 中的 ${entry}`;

import type { Conflict } from './entries.ts';

export type { Conflict };

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;

type Read = { entry?: string; answers: AnswerFile } | { entry: string; message: string };

/**
 * The answers in one received file, whichever form it came in: one set, or a zip's each. A zip
 * that is one applicant's bundle reads as that one file would; throws when the file holds none.
 */
export function readReceivedFile(file: IncomingFile): Read[] {
  if (!/\.docx$/i.test(file.name) && !isZip(file.bytes)) return [{ answers: parseAnswerBytes(file.bytes) }];
  const read = readArchive(file.bytes);
  if ('answers' in read) return [read];
  const { found, unread } = read.bundle;
  if (!found.length && !unread.length) throw new FileError('F_NOT_ANSWER_FILE', NO_ANSWERS_IN_ZIP);
  if (found.length === 1 && !unread.length) return [{ answers: found[0]!.answers }];
  return [...found, ...unread];
}

const describe = (error: unknown): string =>
  error instanceof FileError || error instanceof ProgramError ? error.message : `无法读取：${error instanceof Error ? error.message : String(error)}`;

/**
 * Adds what can be added. A file for an applicant already on the desk (or earlier in the same
 * batch) is not added; it comes back as a conflict for the authority to settle.
 */
export function collect(desk: CityDesk, files: readonly IncomingFile[], now = new Date()): { desk: CityDesk; lines: CollectLine[]; conflicts: Conflict[] } {
  const entries = [...desk.entries];
  const lines: CollectLine[] = [];
  const conflicts: Conflict[] = [];
  const known = new Set(entries.map(entryIdentity).filter((id): id is string => id !== undefined));
  for (const file of files) {
    let read: Read[];
    try {
      read = readReceivedFile(file);
    } catch (error) {
      lines.push({ file: file.name, status: 'refused', message: describe(error) });
      continue;
    }
    for (const one of read) {
      const fileName = one.entry === undefined ? file.name : withinZip(file.name, one.entry);
      const at = one.entry === undefined ? {} : { entry: one.entry };
      if ('message' in one) {
        lines.push({ file: fileName, status: 'refused', message: one.message, ...at });
        continue;
      }
      const { answers } = one;
      const entry: DeskEntry = {
        kind: answers.kind,
        fileName,
        receivedAt: now.toISOString(),
        ...(answers.savedAt ? { savedAt: answers.savedAt } : {}),
        data: answers.data,
        own: defaultOwn(answers.kind, answers.data),
      };
      const name = shownName(entryName(entry)) || getApplicant(entry.kind).unnamed;
      const identity = entryIdentity(entry);
      if (!identity) {
        lines.push({ file: fileName, status: 'refused', message: `没有填写${entry.kind === 'enterprise' ? '企业名称和统一社会信用代码' : '平台名称'}，无法确认是哪个申报单位。`, ...at });
        continue;
      }
      if (known.has(identity)) {
        const collected = entries.find((e) => entryIdentity(e) === identity);
        if (collected && equal(collected.data, entry.data)) {
          lines.push({ file: fileName, status: 'same', name, kind: entry.kind, ...at });
          continue;
        }
        conflicts.push({ identity, incoming: entry });
        lines.push({ file: fileName, status: 'duplicate', name, kind: entry.kind, ...at });
        continue;
      }
      known.add(identity);
      entries.push(entry);
      lines.push({ file: fileName, status: 'added', name, kind: entry.kind, ...at });
    }
  }
  return { desk: { ...desk, entries }, lines, conflicts };
}
