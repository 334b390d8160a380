/**
 * The seed's own sections as steps: each top-level group of an annex's UI schema is one step.
 * A step knows its fields, so the form can show one step at a time, count what is filled
 * ("12/15 项已填写") and place each error in the step that holds its field.
 */
import { isVisible, type UISchemaElement } from '@jsonforms/core';
import { getPath } from '../dossier/paths.ts';
import type { FieldError } from '../errors.ts';
import { formAjv } from '../validate/form-ajv.ts';
import { annexUiSchema } from './schemas.ts';
import type { AnnexDefinition } from './types.ts';

interface UiNode {
  type: string;
  label?: string;
  scope?: string;
  elements?: UiNode[];
  rule?: unknown;
}

export interface AnnexStep {
  /** `annex1-2`: the annex and the step's position. */
  id: string;
  label: string;
  /** The step's part of the annex's UI schema, rules included, ready for JSON Forms. */
  uischema: UISchemaElement;
  /** The controls of the step: dot paths, with the UI elements (the control and its groups) that may hide each. */
  controls: { path: string; gates: UiNode[] }[];
  /** The controls' paths alone, one list for the step's lifetime (the form keeps its errors to these). */
  paths: readonly string[];
}

const scopePath = (scope: string) => scope.replace(/^#\/properties\//, '').split('/properties/').join('.');

function controlsOf(node: UiNode, gates: UiNode[] = []): { path: string; gates: UiNode[] }[] {
  const here = node.rule ? [...gates, node] : gates;
  if (node.type === 'Control' && node.scope) return [{ path: scopePath(node.scope), gates: here }];
  return (node.elements ?? []).flatMap((e) => controlsOf(e, here));
}

const cache = new Map<string, AnnexStep[]>();

export function annexSteps(annex: AnnexDefinition): AnnexStep[] {
  let steps = cache.get(annex.id);
  if (!steps) {
    const root = annexUiSchema(annex) as unknown as UiNode;
    const groups = root.type === 'VerticalLayout' && root.elements?.every((e) => e.type === 'Group') ? root.elements : [root];
    steps = groups.map((g, i) => {
      const controls = controlsOf(g);
      return {
        id: `${annex.id}-${i + 1}`,
        label: g.label ?? annex.title,
        uischema: { type: 'VerticalLayout', elements: [g] } as unknown as UISchemaElement,
        controls,
        paths: controls.map((c) => c.path),
      };
    });
    cache.set(annex.id, steps);
  }
  return steps;
}

// Each control's path, to the position of the first step that holds it.
const stepIndex = new Map<string, Map<string, number>>();

/** The step that shows a field (an error inside a table row belongs to the table's step). */
export function stepOf(annex: AnnexDefinition, path: string): AnnexStep | undefined {
  const steps = annexSteps(annex);
  let index = stepIndex.get(annex.id);
  if (!index) {
    index = new Map();
    for (const [i, s] of steps.entries()) for (const c of s.controls) if (!index.has(c.path)) index.set(c.path, i);
    stepIndex.set(annex.id, index);
  }
  // The path itself and each path it lies within, as controls: the earliest step holding one of them.
  let found = Infinity;
  for (let at = path.length; at > 0; at = path.lastIndexOf('.', at - 1)) found = Math.min(found, index.get(path.slice(0, at)) ?? Infinity);
  return steps[found];
}

const filled = (v: unknown): boolean =>
  v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0) && !(typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => !filled(x)));

/** Whether a control is on screen: a gated field counts only while its gates are open, as the form shows it. */
const shown = (gates: readonly UiNode[], data: unknown): boolean => gates.every((g) => isVisible(g as unknown as UISchemaElement, data, '', formAjv() as never, undefined));

/** Whether the step applies at all (a 绩效目标表 only for its 申报类别). */
export const stepShown = (step: AnnexStep, data: unknown): boolean => {
  const group = (step.uischema as unknown as UiNode).elements![0]!;
  return !group.rule || shown([group], data);
};

/**
 * Whether the step `id` is still one to open in this annex for these answers: it may since have been
 * hidden by an answer (附件4-1's 绩效目标表 of the other 申报类别), or be gone from the annex.
 */
export const stepToReopen = (annex: AnnexDefinition, id: string, data: unknown): boolean => annexSteps(annex).some((s) => s.id === id && stepShown(s, data));

export interface StepProgress {
  filled: number;
  total: number;
  errors: FieldError[];
  /** The fields on screen, and those of them filled: shared fields count once towards a whole dossier. */
  shownPaths: string[];
  filledPaths: string[];
}

export function stepProgress(annex: AnnexDefinition, step: AnnexStep, data: unknown, errors: readonly FieldError[]): StepProgress {
  const shownPaths = step.controls.filter((c) => shown(c.gates, data)).map((c) => c.path);
  const filledPaths = shownPaths.filter((p) => filled(getPath(data, p)));
  return {
    filled: filledPaths.length,
    total: shownPaths.length,
    errors: errors.filter((e) => stepOf(annex, e.path) === step),
    shownPaths,
    filledPaths,
  };
}
