/** The date machinery warmed before the form needs it (src/components/renderers/warm-date-input.ts). */
import { beforeEach, describe, expect, it } from 'vitest';
import { datesReady, onDatesReady, resetWarmDateInput, warmDateInput } from '../../src/components/renderers/warm-date-input.ts';

/** A document that records what is done to it, in order. */
function fakeDocument(withBody = true) {
  const log: string[] = [];
  let type = 'text';
  const input = {
    get type() {
      return type;
    },
    set type(value: string) {
      log.push(`type ${value}`);
      type = value;
    },
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

/** Holds the step meant for the next task until the test runs it. */
function heldTask() {
  const steps: (() => void)[] = [];
  return {
    later: (step: () => void) => void steps.push(step),
    run: () => steps.splice(0).forEach((step) => step()),
    get pending() {
      return steps.length;
    },
  };
}

describe('warming the date input', () => {
  beforeEach(() => resetWarmDateInput());

  it('makes a date input now, and lays it out unseen and out of the flow and takes it away in the next task', () => {
    const { doc, input, log } = fakeDocument();
    const task = heldTask();
    expect(warmDateInput(doc, task.later)).toBe(true);
    expect(log).toEqual(['created input', 'type date', 'attr aria-hidden=true']);
    expect(task.pending).toBe(1);
    task.run();
    expect(log).toEqual(['created input', 'type date', 'attr aria-hidden=true', 'appended date', 'measured as date', 'removed']);
    expect(input.tabIndex).toBe(-1);
    expect(input.style.cssText).toMatch(/position:absolute/);
    expect(input.style.cssText).toMatch(/visibility:hidden/);
  });

  it('leaves the layout to a task of its own by default', async () => {
    const { doc, log } = fakeDocument();
    warmDateInput(doc);
    expect(log).not.toContain('appended date');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log.slice(-3)).toEqual(['appended date', 'measured as date', 'removed']);
  });

  it('lays nothing out if the body has gone by the next task', () => {
    const { doc, log } = fakeDocument();
    const task = heldTask();
    warmDateInput(doc, task.later);
    (doc as { body: unknown }).body = null;
    task.run();
    expect(log).toEqual(['created input', 'type date', 'attr aria-hidden=true']);
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

  it('tells the date fields it is warm once the input has been laid out, not before', () => {
    const { doc, log } = fakeDocument();
    const task = heldTask();
    const heard: string[] = [];
    onDatesReady(() => heard.push(`ready after ${log.at(-1)}`));
    const cancelled = onDatesReady(() => heard.push('cancelled one'));
    cancelled();
    warmDateInput(doc, task.later);
    expect(datesReady()).toBe(false);
    expect(heard).toEqual([]);
    task.run();
    expect(datesReady()).toBe(true);
    expect(heard).toEqual(['ready after removed']);
    // Asked afterwards: told at once.
    onDatesReady(() => heard.push('late'));
    expect(heard).toEqual(['ready after removed', 'late']);
  });

  it('is warm even when the body has gone by the next task: the type was set, and no field should wait for ever', () => {
    const { doc } = fakeDocument();
    const task = heldTask();
    warmDateInput(doc, task.later);
    (doc as { body: unknown }).body = null;
    task.run();
    expect(datesReady()).toBe(true);
  });

  it('is not warm on a fresh page', () => {
    expect(datesReady()).toBe(false);
  });
});
