/**
 * A cell's list of choices opens over the rows below it (global.css), inside the table's scroll box.
 * Below the last rows there is nothing for it to cover: it ran past the box, which clipped it, and the
 * options there could be neither seen nor clicked. While it is open the box is given room underneath
 * for it, as much as the list reaches below the table, and the list is scrolled into view; closed,
 * the room goes again.
 */
export function fitOpenChoices(details: HTMLDetailsElement): void {
  const scroller = details.closest<HTMLElement>('.data-table-scroll');
  const table = scroller?.querySelector('table');
  if (!scroller || !table) return;
  if (!details.open) {
    // Another cell's list may have opened meanwhile (focus moves to it before this one closes).
    if (!scroller.querySelector('.cell-choices[open]')) scroller.style.paddingBottom = '';
    return;
  }
  const list = details.querySelector<HTMLElement>(':scope > div');
  if (!list) return;
  // 8 px: the list's shadow, and a margin so its last option is not flush with the box's edge.
  const reach = list.getBoundingClientRect().bottom + 8 - table.getBoundingClientRect().bottom;
  scroller.style.paddingBottom = reach > 0 ? `${Math.ceil(reach)}px` : '';
  list.scrollIntoView({ block: 'nearest' });
}
