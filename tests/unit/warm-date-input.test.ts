/** The date machinery warmed before the form needs it (src/components/renderers/warm-date-input.ts). */
import { beforeEach, describe, expect, it } from 'vitest';
import { resetWarmDateInput, warmDateInput } from '../../src/components/renderers/warm-date-input.ts';

/** A document that records what is done to it, in order. */
function fakeDocument(withBody = true) {
  const log: string[] = [];
  const input = {
    type: 'text',
    tabIndex: 0,
    style: { cssText: '' },
    setAttribute: (name: string, value: string) => log.push(`attr ${name}=${value}`),
    getBoundingClientRect: () => log.push(`measured as ${input.type}`),
    remove: () => log.push('removed'),
  };
  const doc = {
    body: withBody ? { append: () => log.push(`appended ${input.type}`) } : null,
    createElement: (tag: 'input') => (log.push(`created ${tag}`), input),
  };
  return { doc, input, log };
}

describe('warming the date input', () => {
  beforeEach(() => resetWarmDateInput());

  it('makes a date input, lays it out unseen and out of the flow, and takes it away', () => {
    const { doc, input, log } = fakeDocument();
    expect(warmDateInput(doc)).toBe(true);
    expect(log).toEqual(['created input', 'attr aria-hidden=true', 'appended date', 'measured as date', 'removed']);
    expect(input.tabIndex).toBe(-1);
    expect(input.style.cssText).toMatch(/position:absolute/);
    expect(input.style.cssText).toMatch(/visibility:hidden/);
  });

  it('does it once per page', () => {
    const first = fakeDocument();
    const second = fakeDocument();
    warmDateInput(first.doc);
    expect(warmDateInput(second.doc)).toBe(false);
    expect(second.log).toEqual([]);
  });

  it('waits for a body: before one exists it does nothing, and still warms later', () => {
    const early = fakeDocument(false);
    expect(warmDateInput(early.doc)).toBe(false);
    expect(early.log).toEqual([]);
    expect(warmDateInput(fakeDocument().doc)).toBe(true);
  });
});
