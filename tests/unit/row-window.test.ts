import { describe, expect, it } from 'vitest';
import { FIRST_WINDOW, fitWindow, nextWindow, OVERSCAN, openingWindow, renderedRows, rowsInView } from '../../src/components/renderers/row-window.ts';
import { cellId, rowOfPath } from '../../src/components/renderers/table-cells.ts';

describe('nextWindow', () => {
  it.each([
    ['rows in view well inside the window keep it', { start: 20, end: 60 }, [30, 45], 200, { start: 20, end: 60 }],
    ['the top of a window opened at row 0 is no edge', { start: 0, end: 40 }, [0, 17], 200, { start: 0, end: 40 }],
    ['nor is the end of the last rows', { start: 160, end: 200 }, [182, 199], 200, { start: 160, end: 200 }],
    ['rows near the bottom edge move it ahead', { start: 0, end: 40 }, [22, 39], 200, { start: 22 - OVERSCAN, end: 40 + OVERSCAN }],
    ['rows near the top edge move it back', { start: 50, end: 90 }, [51, 68], 200, { start: 51 - OVERSCAN, end: 69 + OVERSCAN }],
    ['a jump far off opens a window there', { start: 0, end: 40 }, [150, 167], 200, { start: 150 - OVERSCAN, end: 168 + OVERSCAN }],
    ['it never reaches past the rows', { start: 0, end: 40 }, [190, 199], 200, { start: 190 - OVERSCAN, end: 200 }],
    ['nor before the first', { start: 100, end: 140 }, [0, 10], 200, { start: 0, end: 11 + OVERSCAN }],
    ['a single focused row is centred', { start: 0, end: 40 }, [39, 39], 200, { start: 39 - OVERSCAN, end: 40 + OVERSCAN }],
    ['no rows, no window', { start: 0, end: 40 }, [0, 0], 0, { start: 0, end: 0 }],
    ['a window past a shortened table is brought back inside it', { start: 150, end: 190 }, [60, 70], 80, { start: 60 - OVERSCAN, end: 71 + OVERSCAN }],
  ])('%s', (_name, current, [first, last], count, expected) => {
    expect(nextWindow(current, first!, last!, count)).toEqual(expected);
  });
});

describe('renderedRows', () => {
  it.each([
    ['the window alone', { start: 3, end: 6 }, 10, undefined, [3, 4, 5]],
    ['focus inside the window adds nothing', { start: 3, end: 6 }, 10, 4, [3, 4, 5]],
    ['a focused row above the window comes first', { start: 3, end: 6 }, 10, 0, [0, 3, 4, 5]],
    ['a focused row below the window comes last', { start: 3, end: 6 }, 10, 9, [3, 4, 5, 9]],
    ['a focus out of range is ignored', { start: 3, end: 6 }, 10, 12, [3, 4, 5]],
    ['a window past the rows is cut at them', { start: 8, end: 12 }, 10, undefined, [8, 9]],
  ])('%s', (_name, w, count, keep, expected) => {
    expect(renderedRows(w, count, keep)).toEqual(expected);
  });
});

describe('rowsInView', () => {
  it.each([
    ['the top of the table, under its header', 0, 666, 120, 37, 200, [0, 15]],
    ['scrolled to row 100', 120 + 37 * 100, 666, 120, 37, 200, [100, 118]],
    ['scrolled past the end', 99_999, 666, 120, 37, 200, [199, 199]],
    ['an unmeasured height counts as one pixel, never zero', 50, 10, 0, 0, 200, [50, 60]],
  ])('%s', (_name, top, height, offset, rowHeight, count, expected) => {
    expect(rowsInView(top, height, offset, rowHeight, count)).toEqual(expected);
  });
});

describe('fitWindow and openingWindow', () => {
  it.each([
    ['a long table opens on its first rows', openingWindow(200), { start: 0, end: FIRST_WINDOW }],
    ['a short one on all of them', openingWindow(12), { start: 0, end: 12 }],
    ['a window inside the rows is kept as it is', fitWindow({ start: 30, end: 70 }, 200), { start: 30, end: 70 }],
    ['rows cut under the window pull it back, full', fitWindow({ start: 150, end: 190 }, 60), { start: 60 - FIRST_WINDOW, end: 60 }],
    ['a short table grown long fills the window', fitWindow({ start: 0, end: 24 }, 64), { start: 0, end: FIRST_WINDOW }],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('returns the same window when nothing changes, so the table does not re-render', () => {
    const w = { start: 30, end: 70 };
    expect(fitWindow(w, 200)).toBe(w);
  });
});

describe('table cells', () => {
  it.each([
    ['a cell of the table', 'staff', 'staff.149.name', 149],
    ['the row itself', 'staff', 'staff.3', 3],
    ['another table', 'staff', 'servedEnterprises.3.name', undefined],
    ['a field whose name starts like the table', 'staff', 'staffTotal', undefined],
    ['the table as a whole', 'staff', 'staff', undefined],
    ['a nested table', 'plan.rows', 'plan.rows.0.goal', 0],
  ])('rowOfPath: %s', (_name, table, path, expected) => {
    expect(rowOfPath(table, path)).toBe(expected);
  });

  it("gives a cell the id any field of its path gets, so the page's jump to a field finds it", () => {
    const path = 'staff.149.name';
    expect(cellId('field-staff', 149, 'name')).toBe(`field-${path.replace(/\./g, '-')}-input`);
  });
});
