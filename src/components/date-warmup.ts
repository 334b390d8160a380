/**
 * When the browser's date machinery is warmed (warm-date-input.ts). A page whose first step asks for
 * a date warms it as its modules load, in the wait for the draft; one whose first step does not (the
 * platform's 附件4 opens on 申报类别) would only push its form back by that task, so it warms once
 * the form is up and the browser idle, before a step with a date is opened.
 */
import { firstStepAsksForDate } from '../core/annexes/step-dates.ts';
import type { ApplicantDefinition } from '../core/annexes/types.ts';
import { warmDateInput } from './renderers/warm-date-input.ts';

/** Called as the applicant's island module loads. */
export function planDateWarmup(applicant: ApplicantDefinition): void {
  if (typeof document === 'undefined') return;
  if (firstStepAsksForDate(applicant.annexes[0])) setTimeout(() => warmDateInput(), 0);
}

/** Once the form shows: warms when the browser is idle (a no-op if it already was). Returns a cancel. */
export function warmDatesWhenIdle(): () => void {
  const idle = globalThis.requestIdleCallback;
  if (idle) {
    const id = idle(() => warmDateInput());
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => warmDateInput(), 500);
  return () => clearTimeout(id);
}
