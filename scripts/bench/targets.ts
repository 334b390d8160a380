/**
 * Which forms the benchmark renders, found from the repository's own registry rather than named
 * by hand, so the figures follow the forms. zjtx shows one step (a top-level group of the annex's
 * UI schema, src/core/annexes/steps.ts) at a time; the stock page renders the very same step's
 * UI schema with the annex's schema, so both sides render the same fields.
 */
import { annexesFor, annexesOf, getAnnex } from '../../src/core/annexes/registry.ts';
import { annexSchema } from '../../src/core/annexes/schemas.ts';
import { annexSteps } from '../../src/core/annexes/steps.ts';
import type { ApplicantKind } from '../../src/core/annexes/types.ts';
import { getPath } from '../../src/core/dossier/paths.ts';

type Node = { type?: string; scope?: string; options?: Record<string, unknown>; elements?: Node[] };
type Schema = { type?: string; title?: string; enum?: unknown; oneOf?: unknown; format?: string; properties?: Record<string, Schema> };

export interface TextTarget {
  annexNumber: string;
  stepId: string;
  stepLabel: string;
  /** Number of controls in the step. */
  controls: number;
  /** Dot path of the field typed into, e.g. `company.productName`. */
  path: string;
  title: string;
  /** Its value in the example, which each run starts from. */
  original: string;
}

const controls = (n: Node): Node[] => (n.type === 'Control' ? [n] : (n.elements ?? []).flatMap(controls));
const scopePath = (scope: string) => scope.replace(/^#\/properties\//, '').split('/properties/').join('.');
const schemaAt = (root: Schema, path: string) => path.split('.').reduce<Schema | undefined>((s, k) => s?.properties?.[k], root);

/**
 * The enterprise step with the most fields among those holding a single-line text field (free
 * text: no choices, no format, not multi-line) that the example fills; the first such field.
 * The very largest step (四、发展目标) holds only numbers and choices: no place to type letters.
 */
export function largestTextStep(example: unknown): TextTarget {
  const candidates = annexesOf('enterprise').flatMap((annex) =>
    annexSteps(annex).map((step) => {
      const schema = annexSchema(annex) as Schema;
      const field = controls(step.uischema as unknown as Node).find((c) => {
        if (!c.scope || c.options?.multi) return false;
        const s = schemaAt(schema, scopePath(c.scope));
        const value = getPath(example, scopePath(c.scope));
        return s?.type === 'string' && !s.enum && !s.oneOf && !s.format && typeof value === 'string' && value.length > 0;
      });
      return { annex, step, field, schema };
    }),
  );
  const best = candidates.filter((c) => c.field).sort((a, b) => b.step.controls.length - a.step.controls.length)[0];
  if (!best?.field?.scope) throw new Error('没有找到含文本字段的企业填写步骤');
  const path = scopePath(best.field.scope);
  return {
    annexNumber: best.annex.number,
    stepId: best.step.id,
    stepLabel: best.step.label,
    controls: best.step.controls.length,
    path,
    title: schemaAt(best.schema, path)?.title ?? path,
    original: String(getPath(example, path)),
  };
}

/** The step a first visit shows: the first step of the first annex of an empty dossier. */
export const firstStep = (kind: ApplicantKind): { stepId: string; annexNumber: string; label: string } => {
  const annex = annexesFor(kind, {})[0]!;
  const step = annexSteps(annex)[0]!;
  return { stepId: step.id, annexNumber: annex.number, label: step.label };
};

/** 附件4-3's one step: the staff table. */
export const STAFF_STEP = annexSteps(getAnnex('annex4-3'))[0]!.id;

/** The zjtx input of a dot path (renderers/Field.tsx derives ids from it). */
export const zjtxInput = (path: string) => `#field-${path.replace(/\./g, '-')}-input`;

/** The vanilla renderers' input of a dot path: the control's scope plus "-input". */
export const stockInput = (path: string) => `[id="#/properties/${path.split('.').join('/properties/')}-input"]`;
