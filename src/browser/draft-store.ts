/**
 * Keeps the open dossier in the browser between visits. Storage can be
 * missing (private mode) or full; then we say so and carry on in memory.
 */
import type { ApplicantKind } from '../core/annexes/types.ts';
import { parseAnswerFile, makeAnswerFile, serializeAnswerFile } from '../core/answer-file.ts';

const key = (kind: ApplicantKind) => `zjtx:draft:${kind}`;

export function loadDraft(kind: ApplicantKind): Record<string, unknown> | null {
  try {
    const text = globalThis.localStorage?.getItem(key(kind));
    if (!text) return null;
    const file = parseAnswerFile(text);
    return file.kind === kind ? file.data : null;
  } catch {
    return null;
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
