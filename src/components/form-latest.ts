/**
 * The newest answers the open form holds, and the edits it has not taken yet.
 *
 * Text fields and table cells keep what is being typed to themselves and hand it to the form after a
 * pause (PAUSE_MS) or on leaving the field: handing it over re-renders and re-validates the whole
 * step, which a keystroke must not wait for. Anything that reads the answers first takes those edits
 * (flushPendingEdits): a download, an export, a tab closing, the form closing.
 *
 * JSON Forms tells the page about a change only after an effect and a 10 ms debounce, so the page's
 * copy may still be one change behind. The form holds its data here once it has taken the page's
 * latest answers, and lets go whenever the page gives it other answers or it closes; use-dossier.ts
 * saves this copy when the tab goes away, and the editor downloads it.
 */
let held: { data: unknown } | null = null;

export const holdFormData = (data: unknown): void => {
  held = { data };
};

export const releaseFormData = (): void => {
  held = null;
};

/** The form's answers, if a form holds newer ones than the page may have heard of. */
export const heldFormData = (): { data: unknown } | null => held;

/** How long typing must pause before the form takes the text. */
export const PAUSE_MS = 300;

const pending = new Set<() => void>();

/** A field with text the form has not taken; `commit` hands it over now. Returns the undo. */
export function addPendingEdit(commit: () => void): () => void {
  pending.add(commit);
  return () => void pending.delete(commit);
}

/** Whether some field holds text the form has not taken. */
export const hasPendingEdits = (): boolean => pending.size > 0;

/** Hands every field's waiting text to the form, synchronously (JSON Forms' reducer runs at once). */
export function flushPendingEdits(): void {
  for (const commit of [...pending]) commit();
}
