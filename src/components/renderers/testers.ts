/**
 * Which of our renderers handles which control, built from JSON Forms' core
 * predicates. Rank 3 beats the vanilla renderers (rank 1–2), which stay as a
 * fallback for anything we have not specialised.
 */
import {
  and,
  isDateControl,
  isEnumControl,
  isIntegerControl,
  isNumberControl,
  isOneOfEnumControl,
  isStringControl,
  not,
  or,
  rankWith,
  uiTypeIs,
  type RankedTester,
} from '@jsonforms/core';

export const ZJTX_RANK = 3;

export const textControlTester: RankedTester = rankWith(
  ZJTX_RANK,
  and(isStringControl, not(isDateControl), not(isEnumControl), not(isOneOfEnumControl)),
);
export const numberControlTester: RankedTester = rankWith(ZJTX_RANK, or(isNumberControl, isIntegerControl));
export const dateControlTester: RankedTester = rankWith(ZJTX_RANK, isDateControl);
export const radioControlTester: RankedTester = rankWith(ZJTX_RANK, isEnumControl);
export const selectControlTester: RankedTester = rankWith(ZJTX_RANK, isOneOfEnumControl);
export const groupLayoutTester: RankedTester = rankWith(ZJTX_RANK, uiTypeIs('Group'));
