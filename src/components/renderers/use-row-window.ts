/**
 * Keeps a long table's rendered rows (row-window.ts) in step with its scroll box, the row holding
 * focus and printing. A short table renders every row.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FocusEvent } from 'react';
import { revealBesideSticky } from './sticky-reveal.ts';
import { fitWindow, nextWindow, openingWindow, renderedRows, rowsInView, type RowWindow } from './row-window.ts';

/** A row of inputs before any has been measured (0.9rem text, padded inputs). */
const ROW_PX = 37;

export interface RowWindowState {
  /** Indices of the rows to render, ascending; the rows between them are spacers. */
  rows: number[];
  /** Height given to each row that is not rendered. */
  rowHeight: number;
  scrollerRef: { current: HTMLDivElement | null };
  bodyRef: { current: HTMLTableSectionElement | null };
  onScroll(): void;
  onFocus(e: FocusEvent<HTMLTableSectionElement>): void;
  onBlur(e: FocusEvent<HTMLTableSectionElement>): void;
  /** Renders row `index` (a row about to be added and focused). */
  reveal(index: number): void;
}

const rowOf = (target: EventTarget | null): number | undefined => {
  const tr = target instanceof Element ? target.closest<HTMLElement>('tr[data-row]') : null;
  const n = tr ? Number(tr.dataset.row) : NaN;
  return Number.isInteger(n) ? n : undefined;
};

export function useRowWindow(count: number, windowed: boolean): RowWindowState {
  const [win, setWin] = useState<RowWindow>(() => openingWindow(count));
  const [printing, setPrinting] = useState(false);
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  const bodyRef = useRef<HTMLTableSectionElement | null>(null);
  const rowHeight = useRef(ROW_PX);
  const focused = useRef<number | undefined>(undefined);
  const frame = useRef(0);
  const latest = useRef({ count, win });
  latest.current = { count, win };

  const update = useCallback(() => {
    frame.current = 0;
    const box = scrollerRef.current;
    const body = bodyRef.current;
    const { count, win } = latest.current;
    if (!box || !body) return;
    // Where row 0 would sit in the box's scrolled content (the top spacer stands in for rows above the window).
    const rowsTop = body.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientTop + box.scrollTop;
    const [first, last] = rowsInView(box.scrollTop, box.clientHeight, rowsTop, rowHeight.current, count);
    const next = nextWindow(win, first, last, count);
    if (next.start !== win.start || next.end !== win.end) setWin(next);
  }, []);

  const onScroll = useCallback(() => {
    if (!windowed || frame.current) return;
    frame.current = requestAnimationFrame(update);
  }, [windowed, update]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  // The opening window is a guess: fitted to the box once it is laid out, and again when the window
  // is resized (a tall screen shows more rows than the guess).
  useEffect(() => {
    if (!windowed) return;
    onScroll();
    window.addEventListener('resize', onScroll);
    return () => window.removeEventListener('resize', onScroll);
  }, [windowed, onScroll]);

  // The spacers take the rendered rows' average height, so the scroll box keeps its length as the window moves.
  useLayoutEffect(() => {
    if (!windowed) return;
    const rows = bodyRef.current?.querySelectorAll<HTMLElement>('tr[data-row]');
    if (!rows || rows.length === 0) return;
    const firstRow = rows[0]!;
    const lastRow = rows[rows.length - 1]!;
    const h = (lastRow.offsetTop + lastRow.offsetHeight - firstRow.offsetTop) / rows.length;
    if (h > 0 && Math.abs(h - rowHeight.current) > 0.5) rowHeight.current = h;
  });

  // Rows replaced, cut or grown from elsewhere: the window stays inside them, and full.
  useEffect(() => setWin((w) => fitWindow(w, count)), [count]);

  // The row holding focus stays rendered wherever the box scrolls, and the window moves ahead of it
  // at once: Tab pressed again before the box's scroll has moved the window (a slow machine, a held
  // key) must find the next row already there, not leave the table.
  const onFocus = useCallback(
    (e: FocusEvent<HTMLTableSectionElement>) => {
      revealBesideSticky(e.target, scrollerRef.current);
      const at = rowOf(e.target);
      focused.current = at;
      if (windowed && at !== undefined) setWin((w) => nextWindow(w, at, at, latest.current.count));
    },
    [windowed],
  );
  const onBlur = useCallback((e: FocusEvent<HTMLTableSectionElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) focused.current = undefined;
  }, []);
  const reveal = useCallback(
    (index: number) => {
      if (windowed) setWin((w) => nextWindow(w, index, index, Math.max(latest.current.count, index + 1)));
    },
    [windowed],
  );

  // Printed, the form shows every row: the window opens for the print and closes after it.
  useEffect(() => {
    if (!windowed) return;
    const media = window.matchMedia?.('print');
    const on = () => setPrinting(true);
    const sync = () => setPrinting(!!media?.matches);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', sync);
    media?.addEventListener?.('change', sync);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', sync);
      media?.removeEventListener?.('change', sync);
    };
  }, [windowed]);

  const rows = !windowed || printing ? renderedRows({ start: 0, end: count }, count) : renderedRows(win, count, focused.current);
  return { rows, rowHeight: rowHeight.current, scrollerRef, bodyRef, onScroll, onFocus, onBlur, reveal };
}
