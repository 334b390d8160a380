/**
 * Our renderer set, registered in one place as {tester, renderer} pairs on
 * top of the vanilla renderers, which remain the fallback.
 */
import { hasType, isControl, NOT_APPLICABLE, resolveSchema, type JsonFormsRendererRegistryEntry, type JsonSchema, type TesterContext, type UISchemaElement } from '@jsonforms/core';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import DateControl from './DateControl.tsx';
import GroupLayout from './GroupLayout.tsx';
import NumberControl from './NumberControl.tsx';
import RadioControl from './RadioControl.tsx';
import SelectControl from './SelectControl.tsx';
import TableRenderer from './TableRenderer.tsx';
import TextControl from './TextControl.tsx';
import {
  dateControlTester,
  groupLayoutTester,
  numberControlTester,
  radioControlTester,
  OUR_ORDER,
  quickChoice,
  selectControlTester,
  tableControlTester,
  textControlTester,
  ZJTX_RANK,
  type OurRenderer,
} from './testers.ts';

/** Ours, in the order a tie is settled (OUR_ORDER). */
const OURS: Record<OurRenderer, JsonFormsRendererRegistryEntry> = {
  text: { tester: textControlTester, renderer: TextControl },
  number: { tester: numberControlTester, renderer: NumberControl },
  date: { tester: dateControlTester, renderer: DateControl },
  radio: { tester: radioControlTester, renderer: RadioControl },
  select: { tester: selectControlTester, renderer: SelectControl },
  group: { tester: groupLayoutTester, renderer: GroupLayout },
  table: { tester: tableControlTester, renderer: TableRenderer },
};
const ORDERED = OUR_ORDER.map((name) => OURS[name]);

type Choice = { schema: unknown; root: unknown; index: number; rank: number };
const chosen = new WeakMap<object, Choice>();

/**
 * Which of ours takes an element, worked out once per element and schema. JSON Forms asks every
 * entry's tester for every element it renders; most of the vanilla testers resolve the element's
 * schema again each time, which was a tenth of the form's first render on a slow phone.
 */
function ourChoice(uischema: UISchemaElement, schema: JsonSchema, context: TesterContext): Choice {
  const root = context?.rootSchema;
  const known = uischema && typeof uischema === 'object' ? chosen.get(uischema) : undefined;
  if (known && known.schema === schema && known.root === root) return known;
  const choice: Choice = { schema, root, index: -1, rank: NOT_APPLICABLE };
  // Each core predicate resolves a control's scope in the form's schema again, seven times an
  // element here. Given the control's own schema instead they skip that (schemaMatches resolves
  // only within an object schema), with the same result; a control of an object keeps the original.
  const leaf = isControl(uischema) && hasType(schema, 'object') ? resolveSchema(schema, uischema.scope, root) : schema;
  const asked = leaf && !hasType(leaf, 'object') ? leaf : schema;
  const quick = asked === leaf ? quickChoice(uischema, leaf) : null;
  if (quick === 'none') return remember(uischema, choice);
  if (quick) return remember(uischema, Object.assign(choice, { index: OUR_ORDER.indexOf(quick), rank: ZJTX_RANK }));
  ORDERED.forEach((entry, index) => {
    const rank = entry.tester(uischema, asked, context);
    if (rank > choice.rank) Object.assign(choice, { index, rank });
  });
  return remember(uischema, choice);
}

function remember(uischema: UISchemaElement, choice: Choice): Choice {
  if (uischema && typeof uischema === 'object') chosen.set(uischema, choice);
  return choice;
}

/**
 * Where one of ours applies it renders, whatever a vanilla tester would rank (their list renderers
 * rank lists whose items hold an array 4, above ours); elsewhere, nested lists for instance, the
 * vanilla renderers remain the fallback.
 */
export const renderers: JsonFormsRendererRegistryEntry[] = [
  ...vanillaRenderers.map((entry) => ({
    ...entry,
    tester: (u: UISchemaElement, s: JsonSchema, c: TesterContext) => (ourChoice(u, s, c).rank > 0 ? NOT_APPLICABLE : entry.tester(u, s, c)),
  })),
  ...ORDERED.map((entry, i) => ({
    ...entry,
    tester: (u: UISchemaElement, s: JsonSchema, c: TesterContext) => {
      const choice = ourChoice(u, s, c);
      return choice.index === i ? choice.rank : NOT_APPLICABLE;
    },
  })),
];

export const cells = vanillaCells;
