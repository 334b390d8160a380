/**
 * Which rows of a long table are rendered as editable rows. A 200-row table of inputs made every
 * keystroke cost its browser layout, layering and painting across all the rows it kept rendered
 * (about half of them); rendering the rows in view plus a margin halves a keystroke's time. The rows
 * outside are stood in for by two spacers as tall as the rows they replace.
 */

export interface RowWindow {
  /** First rendered row. */
  start: number;
  /** One past the last rendered row. */
  end: number;
}

/** Rows rendered beyond those in view, each side: room to scroll a little, or Tab on, before the window moves. */
export const OVERSCAN = 4;
/** A window narrower than this around the rows in view is widened before they reach its edge. */
const MARGIN = 2;
/** Rendered before the table has been measured (its box shows about 18 rows on a laptop); then fitted to the box. */
export const FIRST_WINDOW = 30;

const clamp = (w: RowWindow, count: number): RowWindow => {
  const start = Math.max(0, Math.min(w.start, count));
  return { start, end: Math.max(start, Math.min(w.end, count)) };
};

/**
 * The window for rows `first`..`last` in view. The current window stays while it covers them with
 * some margin, so scrolling re-renders the table once every few rows rather than on every frame.
 */
export function nextWindow(current: RowWindow, first: number, last: number, count: number): RowWindow {
  if (count <= 0) return { start: 0, end: 0 };
  const lo = Math.max(0, Math.min(first, last, count - 1));
  const hi = Math.min(count - 1, Math.max(first, last, 0));
  const fits = lo >= current.start && hi < current.end && (lo >= current.start + MARGIN || current.start === 0) && (hi < current.end - MARGIN || current.end >= count);
  if (fits) return clamp(current, count);
  return clamp({ start: lo - OVERSCAN, end: hi + 1 + OVERSCAN }, count);
}

/**
 * The rows to render, in order: the window, and the row holding focus wherever it is (it must never
 * be unmounted under the caret, however far the box is scrolled from it).
 */
export function renderedRows(w: RowWindow, count: number, keep?: number): number[] {
  const out: number[] = [];
  const extra = keep !== undefined && keep >= 0 && keep < count && (keep < w.start || keep >= w.end) ? keep : undefined;
  if (extra !== undefined && extra < w.start) out.push(extra);
  for (let i = w.start; i < Math.min(w.end, count); i++) out.push(i);
  if (extra !== undefined && extra >= w.end) out.push(extra);
  return out;
}

/** The rows in view of a box scrolled to `top` with `height` showing, for rows of `rowHeight` after `offset` of header. */
export function rowsInView(top: number, height: number, offset: number, rowHeight: number, count: number): [number, number] {
  const h = rowHeight > 0 ? rowHeight : 1;
  const first = Math.floor(Math.max(0, top - offset) / h);
  const last = Math.ceil(Math.max(0, top + height - offset) / h);
  return [Math.min(first, Math.max(0, count - 1)), Math.min(last, Math.max(0, count - 1))];
}

/** The window a table of `count` rows opens with. */
export const openingWindow = (count: number): RowWindow => clamp({ start: 0, end: FIRST_WINDOW }, count);

/**
 * The window kept when the rows change from elsewhere (an import, a paste, a short table grown long):
 * inside the rows, and never fewer than the opening window's rows.
 */
export function fitWindow(w: RowWindow, count: number): RowWindow {
  const want = Math.min(count, FIRST_WINDOW);
  let { start, end } = clamp(w, count);
  if (end - start < want) {
    end = Math.min(count, start + want);
    start = Math.max(0, end - want);
  }
  return start === w.start && end === w.end ? w : { start, end };
}
