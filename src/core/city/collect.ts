/**
 * Adding files to the desk: answer files (.json) and the Word documents this site generated,
 * which carry their answers inside. Every file gets one line saying what happened to it; a bad
 * file is refused whole and never disturbs what was already collected.
 */
import { parseAnswerBytes, type AnswerFile } from '../answer-file.ts';
import { getApplicant } from '../annexes/registry.ts';
import { extractAnswerFile } from '../docx/embed.ts';
import { FileError, ProgramError } from '../errors.ts';
import { type CityDesk, type DeskEntry, defaultOwn, entryIdentity, entryName } from './desk.ts';
import { shownName } from '../text/shown-name.ts';
import { equal } from '../validate/runtime.ts';

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

export type CollectLine =
  | { file: string; status: 'added'; name: string; kind: DeskEntry['kind'] }
  | { file: string; status: 'duplicate'; name: string; kind: DeskEntry['kind'] }
  // The same answers again (the same file chosen twice, or sent twice): nothing to choose between.
  | { file: string; status: 'same'; name: string; kind: DeskEntry['kind'] }
  | { file: string; status: 'refused'; message: string };

import type { Conflict } from './entries.ts';

export type { Conflict };

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;

/** The answer file in one received file, whichever form it came in. */
export function readReceivedFile(file: IncomingFile): AnswerFile {
  if (/\.docx$/i.test(file.name) || isZip(file.bytes)) return extractAnswerFile(file.bytes);
  return parseAnswerBytes(file.bytes);
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
    let answers: AnswerFile;
    try {
      answers = readReceivedFile(file);
    } catch (error) {
      lines.push({ file: file.name, status: 'refused', message: describe(error) });
      continue;
    }
    const entry: DeskEntry = { kind: answers.kind, fileName: file.name, receivedAt: now.toISOString(), data: answers.data, own: defaultOwn(answers.kind, answers.data) };
    const name = shownName(entryName(entry)) || getApplicant(entry.kind).unnamed;
    const identity = entryIdentity(entry);
    if (!identity) {
      lines.push({ file: file.name, status: 'refused', message: `没有填写${entry.kind === 'enterprise' ? '企业名称和统一社会信用代码' : '平台名称'}，无法确认是哪个申报单位。` });
      continue;
    }
    if (known.has(identity)) {
      const collected = entries.find((e) => entryIdentity(e) === identity);
      if (collected && equal(collected.data, entry.data)) {
        lines.push({ file: file.name, status: 'same', name, kind: entry.kind });
        continue;
      }
      conflicts.push({ identity, incoming: entry });
      lines.push({ file: file.name, status: 'duplicate', name, kind: entry.kind });
      continue;
    }
    known.add(identity);
    entries.push(entry);
    lines.push({ file: file.name, status: 'added', name, kind: entry.kind });
  }
  return { desk: { ...desk, entries }, lines, conflicts };
}
