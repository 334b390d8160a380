/**
 * Keeps the open dossier in the browser between visits. Storage can be
 * missing (private mode) or full; then we say so and carry on in memory.
 * A draft this version cannot read is never overwritten: it is set aside
 * under a backup key first.
 */
import type { ApplicantKind } from '../core/annexes/types.ts';
import { parseAnswerFile, makeAnswerFile, serializeAnswerFile } from '../core/answer-file.ts';

const key = (kind: ApplicantKind) => `zjtx:draft:${kind}`;

export type DraftLoad =
  | { kind: 'none' }
  | { kind: 'loaded'; data: Record<string, unknown> }
  /** The stored draft could not be read; it was copied to `backupKey` and is left untouched. */
  | { kind: 'unreadable'; backupKey: string; reason: string };

export function loadDraft(kind: ApplicantKind): DraftLoad {
  let text: string | null;
  try {
    text = globalThis.localStorage?.getItem(key(kind)) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (!text) return { kind: 'none' };
  try {
    const file = parseAnswerFile(text);
    if (file.kind === kind) return { kind: 'loaded', data: file.data };
    throw new Error('申报主体类型不符');
  } catch (error) {
    const backupKey = `${key(kind)}:unreadable:${Date.now()}`;
    try {
      globalThis.localStorage.setItem(backupKey, text);
    } catch {
      /* storage is full: the next autosave fails as well, and the page says so */
    }
    return { kind: 'unreadable', backupKey, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Returns false when the browser refused to store the draft. */
export function saveDraft(kind: ApplicantKind, data: Record<string, unknown>): boolean {
  try {
    globalThis.localStorage.setItem(key(kind), serializeAnswerFile(makeAnswerFile(kind, data)));
    return true;
  } catch {
    return false;
  }
}
