/**
 * Where the dossier stands: per annex and step, what is filled and what is still wrong, and
 * one overall percentage. Computed once per change for every annex the applicant submits.
 */
import { annexSteps, type AnnexStep, stepProgress, stepShown, type StepProgress } from '../core/annexes/steps.ts';
import type { AnnexDefinition } from '../core/annexes/types.ts';
import type { FieldError } from '../core/errors.ts';
import { validateAnnex } from '../core/validate/validate.ts';

export interface AnnexProgress {
  annex: AnnexDefinition;
  errors: FieldError[];
  steps: { step: AnnexStep; progress: StepProgress }[];
}

export interface DossierProgress {
  annexes: AnnexProgress[];
  percent: number;
  /** False while the validators are still loading: no errors are known yet (use-validators.ts). */
  checked: boolean;
  /** False before the first count: steps are known, how much of each is filled is not. */
  counted: boolean;
}

const NOT_COUNTED: StepProgress = { filled: 0, total: 0, errors: [], shownPaths: [], filledPaths: [] };

/**
 * What the page shows before its first count: the open annex's steps, nothing counted. Counting
 * every annex's steps the first time costs a tenth of a second on a slow phone (each annex's UI
 * schema is built then), which the form's first input should not wait for.
 */
export function uncountedProgress(annexes: readonly AnnexDefinition[], open: AnnexDefinition, data: unknown): DossierProgress {
  return {
    annexes: annexes.map((annex) => ({
      annex,
      errors: [],
      steps: annex === open ? annexSteps(annex).filter((step) => stepShown(step, data)).map((step) => ({ step, progress: NOT_COUNTED })) : [],
    })),
    percent: 0,
    checked: false,
    counted: false,
  };
}

/** One annex's share of the count: its errors (once the validators are here) and its steps' progress. */
export function annexProgress(annex: AnnexDefinition, data: unknown, checked = true): AnnexProgress {
  const errors = checked ? validateAnnex(annex, data).errors : [];
  const steps = annexSteps(annex)
    .filter((step) => stepShown(step, data))
    .map((step) => ({ step, progress: stepProgress(annex, step, data, errors) }));
  return { annex, errors, steps };
}

/** The annexes' shares summed up into the dossier's progress. */
export function combineProgress(annexes: AnnexProgress[], checked: boolean): DossierProgress {
  // A field several annexes share (附件1 and 附件3's 发展目标) counts once.
  const shown = new Set(annexes.flatMap((a) => a.steps.flatMap((s) => s.progress.shownPaths)));
  const filled = new Set(annexes.flatMap((a) => a.steps.flatMap((s) => s.progress.filledPaths)));
  const share = shown.size ? Math.floor((filled.size / shown.size) * 100) : 0;
  // A table counts as filled once it has a row, and a wrong value is still a value: every field could
  // hold something while a cell or a code is still to be put right. "100%" beside "还有 2 处需要填写或修改"
  // reads as a contradiction; until nothing is wrong, the most it says is 99%.
  const percent = share === 100 && annexes.some((a) => a.errors.length > 0) ? 99 : share;
  return { annexes, percent, checked, counted: true };
}

export function dossierProgress(annexes: readonly AnnexDefinition[], data: unknown, checked = true): DossierProgress {
  return combineProgress(
    annexes.map((annex) => annexProgress(annex, data, checked)),
    checked,
  );
}

/**
 * A count made for an earlier list of annexes (one has since appeared or gone with an answer),
 * fitted to the list now shown: an annex it did not count shows its steps uncounted until the next count.
 */
export function fitProgress(count: DossierProgress, annexes: readonly AnnexDefinition[], open: AnnexDefinition, data: unknown): DossierProgress {
  if (count.annexes.length === annexes.length && count.annexes.every((a, i) => a.annex === annexes[i])) return count;
  const fallback = uncountedProgress(annexes, open, data).annexes;
  return { ...count, annexes: annexes.map((annex, i) => count.annexes.find((a) => a.annex === annex) ?? fallback[i]!) };
}
