/**
 * The answer file: the user's own copy of a dossier, as JSON. It is how a
 * draft moves between computers and how the 市（州） desk receives it, so
 * anything read from one is treated as hostile until proven otherwise.
 */
import { isPlainObject, JsonTooDeepError, parseUntrustedJson } from './util/objects.ts';
import { APPLICANT_NAMES, isApplicantKind } from './annexes/applicant-names.ts';
import { CHECKS } from './annexes/checks.ts';
import type { ApplicantKind } from './annexes/types.ts';
import { FileError, ProgramError } from './errors.ts';
import { migrate } from './answer-migrations.ts';
import { safeFileNamePart } from './file-name.ts';
import { decodeText } from './text/decode.ts';

export const ANSWER_FORMAT = 'zjtx-answers';
export const ANSWER_FORMAT_VERSION = 2;
/** Far above any real dossier (the full enterprise example is a few KB), far below what hangs a tab. */
export const MAX_ANSWER_FILE_BYTES = 5 * 1024 * 1024;

export interface AnswerFile {
  format: typeof ANSWER_FORMAT;
  formatVersion: number;
  kind: ApplicantKind;
  savedAt: string;
  data: Record<string, unknown>;
  /** Derived digest for the reader (eligibility results); ignored when the file is read back. */
  summary?: unknown;
}


export function makeAnswerFile(kind: ApplicantKind, data: Record<string, unknown>, now = new Date()): AnswerFile {
  const file: AnswerFile = { format: ANSWER_FORMAT, formatVersion: ANSWER_FORMAT_VERSION, kind, savedAt: now.toISOString(), data };
  file.summary = { eligibility: CHECKS[kind](data).map(({ id, title, status }) => ({ id, title, status })) };
  return file;
}

export const serializeAnswerFile = (file: AnswerFile): string => `${JSON.stringify(file, null, 2)}\n`;

export function answerFileName(file: AnswerFile, name: unknown): string {
  const label = (typeof name === 'string' && safeFileNamePart(name)) || APPLICANT_NAMES[file.kind].unnamed;
  return `答案文件-${label}.json`;
}

/**
 * Reads an answer file's bytes: UTF-8 as the site writes it, or GBK and UTF-16 as Notepad saves
 * it again (decodeText). Bytes that are no text are refused like any other non-answer file.
 */
export function parseAnswerBytes(bytes: Uint8Array): AnswerFile {
  if (bytes.length > MAX_ANSWER_FILE_BYTES) return parseAnswerFile('', bytes.length);
  const text = decodeText(bytes);
  if (text === undefined) throw new FileError('F_NOT_JSON', '这个文件不是答案文件：既不是本站导出的 .json 文件，也不是本站生成的 Word 文档。');
  return parseAnswerFile(text, bytes.length);
}

/** Reads an answer file's text. Throws FileError with a Chinese message; never returns half a file. */
export function parseAnswerFile(text: string, byteLength = new TextEncoder().encode(text).length): AnswerFile {
  if (byteLength > MAX_ANSWER_FILE_BYTES) {
    throw new FileError('F_TOO_LARGE', `文件过大（${(byteLength / 1024 / 1024).toFixed(1)} MB），答案文件不会超过5 MB，请确认选择的文件是否正确。`);
  }
  let parsed: unknown;
  try {
    parsed = parseUntrustedJson(text);
  } catch (error) {
    if (error instanceof JsonTooDeepError) {
      throw new FileError('F_TOO_DEEP', '这个文件不是答案文件：内容的嵌套层级过深（本站导出的答案文件只有几层），无法读取。请选择“导出答案文件”保存的 .json 文件。');
    }
    throw new FileError('F_NOT_JSON', '这个文件不是答案文件：内容不是有效的 JSON。请选择本站“导出答案文件”保存的 .json 文件。');
  }
  // The 市（州） desk's own file (DESK_FORMAT of city/desk.ts, not imported here: the form pages need none of it).
  // The page is named as its heading and the home page name it; no "本页": the desk itself meets this file inside a zip.
  if (isPlainObject(parsed) && parsed.format === 'zjtx-city') {
    throw new FileError('F_NOT_ANSWER_FILE', '这是市（州）汇总文件，不是企业或平台的答案文件。请在“市（州）中小企业主管部门”页面点“选择文件”打开它。');
  }
  if (!isPlainObject(parsed) || parsed.format !== ANSWER_FORMAT) {
    throw new FileError('F_NOT_ANSWER_FILE', '这个文件不是本站导出的答案文件。请选择“导出答案文件”保存的 .json 文件。');
  }
  let file: Record<string, unknown> = parsed;
  const version = file.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new FileError('F_BAD_VERSION', '答案文件的版本号缺失或无效，文件可能已损坏。');
  }
  if (version > ANSWER_FORMAT_VERSION) {
    throw new FileError('F_FUTURE_VERSION', `答案文件来自更新版本的本站（格式版本${version}），当前只能读取到版本${ANSWER_FORMAT_VERSION}。请刷新页面后重试。`);
  }
  if (version < ANSWER_FORMAT_VERSION) {
    try {
      file = migrate(file, version, ANSWER_FORMAT_VERSION);
    } catch (error) {
      throw new ProgramError('P_REGISTRY', `无法升级格式版本${version}的答案文件：${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (!isApplicantKind(file.kind)) {
    throw new FileError('F_UNKNOWN_KIND', `答案文件的申报主体类型“${String(file.kind).slice(0, 20)}”无法识别。`);
  }
  if (!isPlainObject(file.data)) {
    throw new FileError('F_BAD_DATA', '答案文件中没有填报内容，文件可能已损坏。');
  }
  return {
    format: ANSWER_FORMAT,
    formatVersion: ANSWER_FORMAT_VERSION,
    kind: file.kind,
    savedAt: typeof file.savedAt === 'string' ? file.savedAt : '',
    data: file.data,
  };
}
