/** How far a focused table cell is moved clear of the table's sticky 序号 column and header (sticky-reveal.ts). */
import { describe, expect, it } from 'vitest';
import { stickyOverlap } from '../../src/components/renderers/sticky-reveal.ts';

describe('stickyOverlap', () => {
  const rect = (left: number, top: number) => ({ left, top }) as DOMRectReadOnly;
  it.each([
    ['clear of both', rect(100, 100), { left: 0, top: 0 }],
    ['half under the 序号 column', rect(20, 100), { left: -36, top: 0 }],
    ['its ring under the column', rect(52, 100), { left: -4, top: 0 }],
    ['under the header', rect(100, 40), { left: 0, top: -36 }],
  ])('%s', (_, cell, expected) => {
    // The 序号 column ends at 50, the header at 70; a ring reaches 6px past the box.
    expect(stickyOverlap(cell, 50, 70)).toEqual(expected);
  });
});
