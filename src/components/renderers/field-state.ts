/**
 * When a field's error is shown. Errors wait until the user has left the
 * field, typed something, or asked for a check, so an empty form does not
 * open as a wall of red.
 */
import { createContext } from 'react';

/** Set to true by "检查" and by a download attempt: from then on every error shows. */
export const ShowAllErrorsContext = createContext(false);

export const isEmptyValue = (v: unknown): boolean => v === undefined || v === null || v === '';

/**
 * Said at a date or month input that holds what is no date: a day its month does not have (02/30),
 * or a part cleared. The input then reports an empty value, which alone read as "请填写" beside a
 * date that looks filled in. Nothing is stored while it shows.
 */
export const BAD_DATE = '这个日期不完整或不存在（例如2月30日），请补全或改正。';
export const BAD_MONTH = '这个年月不完整，请补全或改正。';

export const shouldShowError = (errors: string, touched: boolean, value: unknown, showAll: boolean): boolean =>
  errors !== '' && (showAll || touched || !isEmptyValue(value));

/**
 * Sent on the document with a data path (`staff.149.name`) when the page wants to put the cursor in
 * a field it cannot find: a long table holding that path renders the row (TableControl), and the
 * page looks again on the next frame. Here because the page and the renderers both load this module.
 */
export const REVEAL_PATH = 'zjtx-reveal-path';

/**
 * Required as the form shows it (the asterisk and aria-required): the schema's own `required`, or a
 * "如是，…" answer whose gate is open (withGateRules marks those; JSON Forms reads only `required`,
 * so 协同创新项目 and the like said "请填写" with no asterisk).
 */
export const isRequiredField = (p: { required?: boolean | undefined; uischema?: { options?: Record<string, unknown> | undefined } | undefined }): boolean =>
  !!p.required || p.uischema?.options?.gatedRequired === true;
