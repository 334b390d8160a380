/** Which steps ask for a date (src/core/annexes/step-dates.ts), which decides when a page warms its date input. */
import { describe, expect, it } from 'vitest';
import type { UISchemaElement } from '@jsonforms/core';
import { APPLICANTS } from '../../src/core/annexes/registry.ts';
import { ENTERPRISE } from '../../src/core/annexes/enterprise.ts';
import { PLATFORM } from '../../src/core/annexes/platform.ts';
import { annexSchema } from '../../src/core/annexes/schemas.ts';
import { annexSteps } from '../../src/core/annexes/steps.ts';
import { firstStepAsksForDate, stepAsksForDate } from '../../src/core/annexes/step-dates.ts';
import { schemaAtPath } from '../../src/core/schema/at-path.ts';
import { quickChoice } from '../../src/components/renderers/testers.ts';

const annex = (number: string) => APPLICANTS.flatMap((a) => a.annexes).find((a) => a.number === number)!;

describe.each([
  ['附件1', 0, true, '填报日期'],
  ['附件1', 2, false, '二、企业状况: numbers and text'],
  ['附件3', 0, false, 'targets'],
  ['附件4', 0, false, '申报类别: one choice'],
  ['附件4', 1, true, '封面: its date'],
  ['附件4-2', 0, false, 'a table without dates'],
  ['附件4-3', 0, true, 'a table whose cells hold months'],
] as const)('%s step %i', (number, index, expected, why) => {
  it(`${expected ? 'asks' : 'does not ask'} for a date (${why})`, () => {
    const a = annex(number);
    expect(stepAsksForDate(a, annexSteps(a)[index]!)).toBe(expected);
  });
});

describe('the step a fresh dossier opens on', () => {
  it('asks for a date on the enterprise page (附件1 封面) and not on the platform page (附件4 申报类别)', () => {
    expect(firstStepAsksForDate(ENTERPRISE.annexes[0])).toBe(true);
    expect(firstStepAsksForDate(PLATFORM.annexes[0])).toBe(false);
    expect(firstStepAsksForDate(undefined)).toBe(false);
  });
});

// The direction that matters: a step with a date field is never taken for one without.
const controls = (node: { type?: string; elements?: unknown[] }): { type: string; scope?: string }[] =>
  node.type === 'Control' ? [node as { type: string; scope?: string }] : ((node.elements ?? []) as { type?: string }[]).flatMap((e) => controls(e));
const scopePath = (scope: string) => scope.replace(/^#\/properties\//, '').split('/properties/').join('.');

describe.each(APPLICANTS.flatMap((a) => a.annexes).map((a) => [a.number, a] as const))('%s', (_number, a) => {
  it('asks for a date in every step where the form draws a date field', () => {
    for (const step of annexSteps(a)) {
      const dated = controls(step.uischema as UISchemaElement & { elements?: unknown[] }).some((c) => quickChoice(c, schemaAtPath(annexSchema(a), scopePath(c.scope ?? ''))) === 'date');
      if (dated) expect(stepAsksForDate(a, step), step.label).toBe(true);
    }
  });
});
