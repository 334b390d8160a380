/** The seed's sections as steps: what each holds, how far it is filled, where each error goes. */
import { describe, expect, it } from 'vitest';
import { ANNEXES, annexesOf, getAnnex } from '../../src/core/annexes/registry.ts';
import { dossierProgress, uncountedProgress } from '../../src/components/dossier-progress.ts';
import { annexSteps, stepOf, stepProgress, stepShown, stepToReopen } from '../../src/core/annexes/steps.ts';
import { validateAnnex } from '../../src/core/validate/validate.ts';
import { example, exampleWith } from '../helpers/example.ts';
import { platformExample } from '../helpers/platform-example.ts';

describe.each(ANNEXES.map((a) => [a.number, a] as const))('%s steps', (_n, annex) => {
  const steps = annexSteps(annex);

  it('are the top-level sections, each with a label and fields, every field in exactly one', () => {
    expect(steps.length).toBeGreaterThan(0);
    for (const s of steps) {
      expect(s.label.length).toBeGreaterThan(1);
      expect(s.controls.length).toBeGreaterThan(0);
    }
    const paths = steps.flatMap((s) => s.controls.map((c) => c.path));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('place every error of an empty dossier in a step', () => {
    const errors = validateAnnex(annex, {}).errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((e) => !stepOf(annex, e.path)).map((e) => e.path)).toEqual([]);
  });
});

describe.each(ANNEXES.map((a) => [a.number, a] as const))('%s: the step of a path', (_n, annex) => {
  // The plain search the index stands in for: the first step with a control that is the path or holds it.
  const search = (path: string) => annexSteps(annex).find((s) => s.controls.some((c) => path === c.path || path.startsWith(`${c.path}.`)));
  const controls = annexSteps(annex).flatMap((s) => s.controls.map((c) => c.path));
  const paths = [
    ...controls,
    ...controls.map((p) => `${p}.0.name`),
    ...controls.map((p) => p.split('.').slice(0, -1).join('.')),
    ...controls.map((p) => `${p}x`),
    'nowhere',
    '',
  ];

  it('is found where a search of every step finds it: each control, a row inside it, the group holding it, a near name, none', () => {
    expect(paths.filter((p) => stepOf(annex, p) !== search(p))).toEqual([]);
    expect(paths.filter((p) => search(p)).length).toBeGreaterThan(controls.length);
  });
});

describe('progress', () => {
  const annex1 = getAnnex('annex1');
  const first = annexSteps(annex1)[0]!;

  it('counts a complete example as complete, with no errors', () => {
    const data = example();
    for (const step of annexSteps(annex1)) {
      const p = stepProgress(annex1, step, data, validateAnnex(annex1, data).errors);
      expect(p.errors, step.label).toEqual([]);
      expect(p.total, step.label).toBeGreaterThan(0);
    }
    const p = stepProgress(annex1, first, data, []);
    expect(p.filled).toBe(p.total);
  });

  it('counts an emptied field as unfilled and puts its error in its step', () => {
    const data = exampleWith('company.creditCode', undefined);
    const p = stepProgress(annex1, first, data, validateAnnex(annex1, data).errors);
    expect(p.filled).toBe(p.total - 1);
    expect(p.errors.map((e) => e.path)).toEqual(['company.creditCode']);
  });

  it('counts a gated field only while its gate is open', () => {
    const annex2 = getAnnex('annex2');
    const step = annexSteps(annex2).find((s) => s.controls.some((c) => c.path === 'orientation.fourBase.category'))!;
    const open = stepProgress(annex2, step, example(), []).total;
    const closed = stepProgress(annex2, step, exampleWith('orientation.fourBase.applies', '否'), []).total;
    expect(closed).toBe(open - 1);
  });

  it('hides the other category\'s 绩效目标表 step of 附件4-1', () => {
    const annex41 = getAnnex('annex4-1');
    const shown = (which: 'key' | 'general') => annexSteps(annex41).filter((s) => stepShown(s, platformExample(which))).map((s) => s.label);
    expect(shown('key').some((l) => l.includes('重点支持'))).toBe(true);
    expect(shown('key').some((l) => l.includes('统筹支持'))).toBe(false);
    expect(shown('general').some((l) => l.includes('统筹支持'))).toBe(true);
  });
});

describe('the step a dossier reopens on', () => {
  // The step saved with the dossier, checked against its answers as they are when it reopens.
  it.each([
    ['a later step of 附件2', 'annex2', 'annex2-3', example(), true],
    ['附件4-1\'s 绩效目标表 of the 申报类别 chosen', 'annex4-1', 'annex4-1-5', platformExample('key'), true],
    ['附件4-1\'s 绩效目标表 of the other 申报类别', 'annex4-1', 'annex4-1-5', platformExample('general'), false],
    ['附件4-1\'s 绩效目标表 before a 申报类别 is chosen', 'annex4-1', 'annex4-1-6', {}, false],
    ['a step the annex no longer has', 'annex2', 'annex2-9', example(), false],
    ['another annex\'s step', 'annex2', 'annex1-1', example(), false],
  ])('%s', (_what, annexId, stepId, data, reopens) => {
    expect(stepToReopen(getAnnex(annexId), stepId, data)).toBe(reopens);
  });
});

describe('before the first count', () => {
  const platform = annexesOf('platform');
  // The page shows this until its form is on screen: the open annex's steps, as the count will have them.
  it.each([
    ['an empty dossier', {}],
    ['a 申报类别 chosen', platformExample()],
  ])('the open annex keeps the steps shown for %s, nothing counted, nothing validated', (_what, data) => {
    const open = platform[1]!;
    const before = uncountedProgress(platform, open, data);
    const after = dossierProgress(platform, data);
    expect(before.counted).toBe(false);
    expect(before.checked).toBe(false);
    expect(before.annexes.find((a) => a.annex === open)!.steps.map((s) => s.step.id)).toEqual(after.annexes.find((a) => a.annex === open)!.steps.map((s) => s.step.id));
    expect(before.annexes.flatMap((a) => a.errors)).toEqual([]);
    expect(before.annexes.filter((a) => a.annex !== open).every((a) => a.steps.length === 0)).toBe(true);
    expect(after.counted).toBe(true);
  });
});
