/**
 * A table cell taking focus is shown clear of what sticks over the rows: the 序号 column on the left
 * and the header row on top. Chromium scrolls a focused element into view only when it is wholly out
 * of sight; a cell half under the 序号 column (Shift+Tab back along a row scrolled sideways) or under
 * the header stayed hidden there. Measured in the next frame, when the browser lays the page out
 * anyway: Tab then costs no layout of its own.
 */

/** How far a focused control's ring reaches past its box: 3px outline 2px off, and a pixel to spare. */
const RING_PX = 6;

/** The horizontal and vertical scroll that bring `cell` clear of the sticky parts; 0 where none is needed. */
export function stickyOverlap(cell: DOMRectReadOnly, stickyRight: number, stickyBottom: number): { left: number; top: number } {
  const left = cell.left - RING_PX - stickyRight;
  const top = cell.top - RING_PX - stickyBottom;
  return { left: left < 0 ? left : 0, top: top < 0 ? top : 0 };
}

export function revealBesideSticky(target: EventTarget | null, box: HTMLElement | null): void {
  if (!box || !(target instanceof HTMLElement)) return;
  const row = target.closest('tr');
  // The row's own number cell is the focused control's neighbour: nothing hides it.
  if (!row || target.closest('.row-number')) return;
  requestAnimationFrame(() => {
    if (!target.isConnected || document.activeElement !== target) return;
    const number = row.querySelector('.row-number')?.getBoundingClientRect();
    const head = box.querySelector('thead')?.getBoundingClientRect();
    if (!number || !head) return;
    const { left, top } = stickyOverlap(target.getBoundingClientRect(), number.right, head.bottom);
    if (left || top) box.scrollBy({ left, top });
  });
}
