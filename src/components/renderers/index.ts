/**
 * Our renderer set, registered in one place as {tester, renderer} pairs on
 * top of the vanilla renderers, which remain the fallback.
 */
import { NOT_APPLICABLE, type JsonFormsRendererRegistryEntry, type RankedTester } from '@jsonforms/core';
import { arrayControlTester, tableArrayControlTester, vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
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
  selectControlTester,
  tableControlTester,
  textControlTester,
} from './testers.ts';

/**
 * The vanilla list renderers rank object lists 3 (a tie, which the earlier
 * entry wins) and lists whose items hold any array 4 (above ours), so they
 * step aside wherever our table applies and stay for nested lists.
 */
const VANILLA_LISTS: readonly RankedTester[] = [arrayControlTester, tableArrayControlTester];
const yieldToTable =
  (tester: RankedTester): RankedTester =>
  (uischema, schema, context) =>
    tableControlTester(uischema, schema, context) > 0 ? NOT_APPLICABLE : tester(uischema, schema, context);

export const renderers: JsonFormsRendererRegistryEntry[] = [
  ...vanillaRenderers.map((entry) => (VANILLA_LISTS.includes(entry.tester) ? { ...entry, tester: yieldToTable(entry.tester) } : entry)),
  { tester: textControlTester, renderer: TextControl },
  { tester: numberControlTester, renderer: NumberControl },
  { tester: dateControlTester, renderer: DateControl },
  { tester: radioControlTester, renderer: RadioControl },
  { tester: selectControlTester, renderer: SelectControl },
  { tester: groupLayoutTester, renderer: GroupLayout },
  { tester: tableControlTester, renderer: TableRenderer },
];

export const cells = vanillaCells;
