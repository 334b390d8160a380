/**
 * What a screen reader hears of a field's message: it is said once, politely, when the person leaves
 * a field they changed and the message is new. Messages are shown at their field as before, and tied
 * to it (aria-describedby, aria-invalid), but the message elements are not live regions: each was
 * re-read at every pause in typing ("现为1位" … "现为11位"), and 检查 or a download revealing a
 * step's messages all at once had them spoken as a burst (the page's notice sums them up then).
 */
import { isEmptyValue } from './field-state.ts';

let region: HTMLElement | undefined;

/** The one polite live region of the page, in place before it is first given text. */
function liveRegion(): HTMLElement {
  if (!region?.isConnected) {
    region = document.createElement('p');
    region.className = 'visually-hidden';
    region.setAttribute('aria-live', 'polite');
    region.dataset.testid = 'field-announcer';
    document.body.append(region);
  }
  return region;
}

/** Has the live region say `text` (a text node replaced, so the same words twice are said twice). */
export function announce(text: string): void {
  const live = liveRegion();
  // A region added in this task is not yet known to assistive technology: its text waits a moment.
  setTimeout(() => live.replaceChildren(document.createTextNode(text)), 50);
}

/** A field's state as focus entered it. */
export interface Visit {
  /** The message shown then ('' for none). */
  shown: string;
  value: unknown;
}

/**
 * What to say as focus leaves a field: its message, if one shows now that did not as focus entered
 * and the person changed the field on the way. Passing through an empty field says nothing (its
 * "请填写" shows, and aria-required has said 必填), nor does leaving a message unchanged (it was read
 * with the field's name on entering).
 */
export function leavingMessage(visit: Visit, shown: string, value: unknown, edited: boolean): string {
  if (shown === '' || shown === visit.shown) return '';
  const changed = edited || (value !== visit.value && !(isEmptyValue(value) && isEmptyValue(visit.value)));
  return changed ? shown : '';
}
