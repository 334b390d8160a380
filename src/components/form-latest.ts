/**
 * The newest answers the open form holds. JSON Forms tells the page about a change only after an
 * effect and a 10 ms debounce, so a tab closed right after a keystroke would otherwise leave the
 * page's copy one change behind. The form holds its data here once it has taken the page's latest
 * answers, and lets go whenever the page gives it other answers or it closes; use-dossier.ts saves
 * this copy when the tab goes away.
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
