/**
 * Three kinds of failure, kept apart because each goes to a different place:
 * - FieldError: the user's data breaks a rule. Shown next to the field; never thrown.
 * - FileError: a file the user gave us cannot be used (not JSON, wrong kind, too big).
 *   Shown as a message; the open draft stays untouched.
 * - ProgramError: a template or the program itself is broken. Not the user's fault;
 *   lists every problem at once so one fix round is enough.
 * Every id is stable: tests, the CLI and the UI match on ids, never on wording.
 */

export type FieldErrorId =
  | 'E_REQUIRED'
  | 'E_USCC'
  | 'E_MOBILE'
  | 'E_WANYUAN'
  | 'E_PERCENT'
  | 'E_COUNT'
  | 'E_DATE'
  | 'E_MAX_CHARS'
  | 'E_TYPE'
  | 'E_CHOICE'
  | 'E_RANGE'
  | 'E_INVALID';

export interface FieldError {
  id: FieldErrorId;
  /** Dot path as JSON Forms uses it, e.g. `company.creditCode`. */
  path: string;
  /** The field's official label. */
  label: string;
  /** A complete Chinese sentence. */
  message: string;
}

export type FileErrorId =
  | 'F_TOO_LARGE'
  | 'F_NOT_JSON'
  | 'F_TOO_DEEP'
  | 'F_NOT_ANSWER_FILE'
  | 'F_UNKNOWN_KIND'
  | 'F_FUTURE_VERSION'
  | 'F_BAD_VERSION'
  | 'F_BAD_DATA';

export class FileError extends Error {
  override readonly name = 'FileError';
  constructor(
    readonly id: FileErrorId,
    message: string,
  ) {
    super(message);
  }
}

export type ProgramErrorId = 'P_TEMPLATE' | 'P_SCHEMA' | 'P_REGISTRY' | 'P_VALIDATORS';

export class ProgramError extends Error {
  override readonly name = 'ProgramError';
  constructor(
    readonly id: ProgramErrorId,
    message: string,
    /** Every individual problem, so a broken template is fixed in one pass. */
    readonly problems: readonly string[] = [],
  ) {
    super(problems.length ? `${message}\n${problems.map((p) => `- ${p}`).join('\n')}` : message);
  }
}
